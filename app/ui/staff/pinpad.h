// The staff sign-in: a PIN typed on a large keypad, with what went wrong in
// plain words (a wrong PIN, the wait after too many, no PIN set yet).
#pragma once

#include <QTimer>
#include <QWidget>

class NumericKeypad;
class QLabel;
class QLineEdit;
class QPushButton;

class PinPad : public QWidget
{
    Q_OBJECT

public:
    explicit PinPad(QWidget *parent = nullptr);

    void clear();
    // What to say under the field; `lockedSeconds` > 0 disables the keys and counts down.
    void showMessage(const QString &message);
    void showLockedOut(int lockedSeconds);
    void showNoPinSet();

    QLineEdit *field() const { return m_field; }
    NumericKeypad *keypad() const { return m_keypad; }
    QLabel *message() const { return m_message; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void pinEntered(const QString &pin);
    void cancelled();

private:
    void tick();
    void retranslate();

    QLabel *m_title;
    QLineEdit *m_field;
    QLabel *m_message;
    NumericKeypad *m_keypad;
    QPushButton *m_cancel;
    QTimer m_countdown;
    int m_secondsLeft = 0;
};
