// The front desk's sign-in page.
#include "ui/desk/desksignin.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/touchbutton.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

DeskSignIn::DeskSignIn(const QString &serverAddress, QWidget *parent)
    : QWidget(parent), m_serverAddress(serverAddress), m_title(plainLabel(this)), m_where(plainLabel(this)),
      m_userLabel(plainLabel(this)), m_user(new QLineEdit(this)), m_passwordLabel(plainLabel(this)),
      m_password(new QLineEdit(this)), m_signIn(touchButton(QStringLiteral("deskSignIn"), this, true)),
      m_message(plainLabel(this))
{
    setObjectName(QStringLiteral("deskSignInPage"));
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_user->setObjectName(QStringLiteral("deskUser"));
    m_password->setObjectName(QStringLiteral("deskPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("deskSignInMessage"));
    m_message->setWordWrap(true);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_where);
    column->addLayout(form);
    column->addWidget(m_signIn);
    column->addWidget(m_message);
    column->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 2);
    layout->addStretch(1);

    const auto submit = [this] { emit signInRequested(m_user->text().trimmed(), m_password->text()); };
    connect(m_signIn, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void DeskSignIn::clear(const QString &message)
{
    m_password->clear();
    m_user->clear();
    m_message->setProperty("problem", false);
    m_message->setText(message);
    m_user->setFocus();
}

void DeskSignIn::showProblem(const QString &message)
{
    m_password->clear();
    m_message->setProperty("problem", true);
    m_message->setText(message);
    m_password->setFocus();
}

void DeskSignIn::retranslate()
{
    m_title->setText(tr("Front desk: call-back requests"));
    m_where->setText(tr("Sign in to the clinic's server, %1, with your front-desk name and password.").arg(m_serverAddress));
    m_userLabel->setText(tr("Name"));
    m_passwordLabel->setText(tr("Password"));
    m_signIn->setText(tr("Sign in"));
    m_user->setAccessibleName(tr("Name"));
    m_password->setAccessibleName(tr("Password"));
}
