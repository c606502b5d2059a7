// Which keys for which field.
#include "ui/callback/formkeys.h"

#include "ui/widgets/numerickeypad.h"
#include "ui/widgets/onscreenkeyboard.h"

#include <QHBoxLayout>
#include <QLineEdit>

FormKeys::FormKeys(QLineEdit *firstName, QLineEdit *phone, QLineEdit *note, QWidget *parent)
    : QWidget(parent),
      m_firstName(firstName),
      m_phone(phone),
      m_note(note),
      m_keyboard(new OnScreenKeyboard(this)),
      m_keypad(new NumericKeypad(this))
{
    setObjectName(QStringLiteral("keyArea"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keyboard, 1);
    layout->addStretch();
    layout->addWidget(m_keypad);
    layout->addStretch();
    hide();
}

bool FormKeys::follow(QWidget *focused)
{
    const bool letters = focused == m_firstName || focused == m_note;
    const bool digits = focused == m_phone;
    m_keyboard->setTarget(letters ? static_cast<QLineEdit *>(focused) : nullptr);
    m_keypad->setTarget(digits ? m_phone : nullptr);
    m_keyboard->setVisible(letters);
    m_keypad->setVisible(digits);
    if (focused == m_firstName)
        m_keyboard->setEnterText(tr("Next"));
    else if (focused == m_note)
        m_keyboard->setEnterText(tr("Done"));
    m_keyboard->setCapitalizeWords(focused == m_firstName);
    setVisible(letters || digits);
    return letters || digits;
}

void FormKeys::setLanguage(const QString &language)
{
    m_keyboard->setLayoutLanguage(language);
}
