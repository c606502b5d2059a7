// A row of large buttons of which the visitor picks one (the office, the
// best time to call): touch-sized, exclusive, and able to show no choice.
// The row wraps when its words grow (200 % text), and each button is a radio
// button to screen readers.
#pragma once

#include <QPushButton>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;

// One choice: a checkable push button that screen readers hear as a radio button.
class ChoiceButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ChoiceButton(const QString &text, QWidget *parent = nullptr);
};

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
