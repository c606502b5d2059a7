// A large telephone keypad for typing a phone number on a touch-screen.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

class NumericKeypad : public QWidget
{
    Q_OBJECT

public:
    explicit NumericKeypad(QWidget *parent = nullptr);

    // Keys type into this line edit (nullptr: none).
    void setTarget(QLineEdit *target);
    QLineEdit *target() const;
    void setDoneText(const QString &text);
    // The + key is for phone numbers from other countries; a PIN has none.
    void setPlusKeyVisible(bool visible);

signals:
    // The visitor pressed Done.
    void donePressed();

private:
    QPushButton *addKey(const QString &objectName, const QString &label, int row, int column, int rowSpan = 1);
    void retranslate();

    QLineEdit *m_target = nullptr;
    QPushButton *m_plus;
    QPushButton *m_backspace;
    QPushButton *m_done;
    QString m_doneText;
};
