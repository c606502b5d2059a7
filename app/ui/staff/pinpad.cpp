// The PIN never appears on screen and is cleared after every try.
#include "ui/staff/pinpad.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/numerickeypad.h"
#include "ui/widgets/plainlabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PinPad::PinPad(QWidget *parent)
    : QWidget(parent),
      m_title(plainLabel(this)),
      m_field(new QLineEdit(this)),
      m_message(plainLabel(this)),
      m_keypad(new NumericKeypad(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("pinPad"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    LanguageWatch::setWords(m_title, this, {QT_TR_NOOP("Staff sign-in")});
    m_title->setAlignment(Qt::AlignCenter);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setProperty("formField", true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(12);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_field->setFixedWidth(420);
    LanguageWatch::setWords(m_field, this, {nullptr, QT_TR_NOOP("Staff PIN"), QT_TR_NOOP("PIN")});
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_keypad->setTarget(m_field);
    m_keypad->setPlusKeyVisible(false);
    m_cancel->setObjectName(QStringLiteral("pinCancel"));
    m_cancel->setMinimumSize(200, 64);
    LanguageWatch::setWords(m_cancel, this, {QT_TR_NOOP("Cancel")});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(20);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_field, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(m_keypad, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();

    connect(m_keypad, &NumericKeypad::donePressed, this, [this] {
        const QString pin = m_field->text();
        m_field->clear();
        if (!pin.isEmpty())
            emit pinEntered(pin);
    });
    connect(m_field, &QLineEdit::returnPressed, m_keypad, &NumericKeypad::donePressed);
    connect(m_cancel, &QPushButton::clicked, this, &PinPad::cancelled);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &PinPad::tick);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void PinPad::clear()
{
    m_countdown.stop();
    m_secondsLeft = 0;
    m_field->clear();
    m_field->setEnabled(true);
    m_keypad->setEnabled(true);
    m_message->clear();
    m_field->setFocus();
}

void PinPad::showMessage(const QString &message)
{
    m_message->setText(message);
}

void PinPad::showLockedOut(int lockedSeconds)
{
    m_secondsLeft = lockedSeconds;
    m_field->clear();
    m_field->setEnabled(false);
    m_keypad->setEnabled(false);
    m_countdown.start();
    tick();
}

void PinPad::showNoPinSet()
{
    m_field->setEnabled(false);
    m_keypad->setEnabled(false);
    m_message->setText(tr("No staff PIN has been set on this kiosk yet. IT can set one on this computer with:\n"
                          "sudo carekiosk set-pin"));
}

void PinPad::tick()
{
    if (m_secondsLeft <= 0) {
        clear();
        m_message->setText(tr("You can try again now."));
        return;
    }
    m_message->setText(tr("Too many wrong PINs. Please wait %1:%2 before trying again.")
                           .arg(m_secondsLeft / 60)
                           .arg(m_secondsLeft % 60, 2, 10, QLatin1Char('0')));
    --m_secondsLeft;
}


void PinPad::retranslate()
{
    m_keypad->setDoneText(tr("Sign in"));
}
