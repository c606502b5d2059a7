// The QR code of an outside link and the offices to call instead.
#include "ui/overlays/externallinkoverlay.h"

#include "core/settings/kiosksettings.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/qrcodewidget.h"

#include <QLabel>

ExternalLinkOverlay::ExternalLinkOverlay(QWidget *window)
    : Overlay(window), m_code(new QrCodeWidget), m_phones(plainLabel())
{
    m_code->setMinimumSize(320, 320);
    m_phones->setAlignment(Qt::AlignCenter);
    m_phones->setWordWrap(true);
    addContent(m_code);
    addContent(m_phones);
}

void ExternalLinkOverlay::show(const QUrl &url, const QList<Office> &offices)
{
    m_code->setText(url.toString(QUrl::FullyEncoded));
    QStringList lines;
    for (const Office &office : offices)
        lines.append(QStringLiteral("%1: %2").arg(office.name, office.phone));
    if (!lines.isEmpty())
        lines.prepend(tr("Or call us:"));
    m_phones->setText(lines.join(QLatin1Char('\n')));
    setTitle(tr("Open this on your phone"));
    setMessage(tr("This link leads to a website. Point your phone's camera at the code to open it:\n%1").arg(url.host()));
    setButtonText(tr("Close"));
    open();
}
