// The keys under the call-back form: the letter keyboard while the name or
// the note is being typed, the phone keypad while the number is, nothing
// otherwise (the rest of the form needs the room).
#pragma once

#include <QWidget>

class NumericKeypad;
class OnScreenKeyboard;
class QLineEdit;

class FormKeys : public QWidget
{
    Q_OBJECT

public:
    FormKeys(QLineEdit *firstName, QLineEdit *phone, QLineEdit *note, QWidget *parent = nullptr);

    // Shows the keys that fit the widget with the focus; true when any are shown.
    bool follow(QWidget *focused);
    void setLanguage(const QString &language);
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    NumericKeypad *keypad() const { return m_keypad; }

private:
    QLineEdit *m_firstName;
    QLineEdit *m_phone;
    QLineEdit *m_note;
    OnScreenKeyboard *m_keyboard;
    NumericKeypad *m_keypad;
};
