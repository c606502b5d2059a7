// The thank-you page and its time-out.
#include "ui/callback/confirmationpage.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConfirmationPage::ConfirmationPage(QWidget *parent)
    : QWidget(parent), m_thanks(plainLabel(this)), m_message(plainLabel(this)), m_done(new QPushButton(this))
{
    m_thanks->setObjectName(QStringLiteral("screenTitle"));
    m_thanks->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("confirmationMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_done->setObjectName(QStringLiteral("confirmationDone"));
    m_done->setProperty("primary", true);
    m_done->setMinimumSize(280, 80);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(120, 40, 120, 40);
    layout->setSpacing(32);
    layout->addStretch();
    layout->addWidget(m_thanks);
    layout->addWidget(m_message);
    layout->addWidget(m_done, 0, Qt::AlignHCenter);
    layout->addStretch();

    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ConfirmationPage::finished);
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_timer.stop();
        emit finished();
    });
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void ConfirmationPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_done->setFocus();
    m_timer.start();
}

void ConfirmationPage::clear()
{
    m_timer.stop();
    m_message->clear();
}


void ConfirmationPage::retranslate()
{
    m_thanks->setText(tr("Thank you!"));
    m_done->setText(tr("OK"));
    m_done->setAccessibleName(tr("OK, back to the start"));
}
