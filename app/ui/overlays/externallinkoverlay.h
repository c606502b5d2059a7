// A link that would leave the kiosk, offered the only safe way: as a QR code
// for the visitor's own phone, with the offices' phone numbers beside it.
#pragma once

#include "ui/overlays/overlay.h"

#include <QUrl>

class QLabel;
class QrCodeWidget;
struct Office;

class ExternalLinkOverlay : public Overlay
{
    Q_OBJECT

public:
    explicit ExternalLinkOverlay(QWidget *window);

    void show(const QUrl &url, const QList<Office> &offices);
    QrCodeWidget *code() const { return m_code; }

private:
    QrCodeWidget *m_code;
    QLabel *m_phones;
};
