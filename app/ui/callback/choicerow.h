// A row of large buttons of which the visitor picks one (the office, the
// best time to call): touch-sized, exclusive, and able to show no choice.
#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;

class ChoiceRow : public QWidget
{
    Q_OBJECT

public:
    explicit ChoiceRow(QWidget *parent = nullptr);

    void addChoice(const QString &objectName, const QString &text = {});
    void removeChoices();
    QList<QAbstractButton *> buttons() const;
    // The index of the chosen button, or -1.
    int chosen() const;
    void choose(int index);
    void chooseNone();

private:
    QButtonGroup *m_group;
};
