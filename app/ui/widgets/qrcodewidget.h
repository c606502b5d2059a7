// Shows a text (an address) as a QR code to scan with one's own phone.
#pragma once

#include "core/qr/qrcode.h"

#include <QImage>
#include <QWidget>

class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Encodes at once; an empty or unencodable text shows nothing.
    void setText(const QString &text);
    QString text() const { return m_code.text(); }
    bool isValid() const { return m_code.isValid(); }
    // Modules per side, without the quiet zone; 0 when invalid.
    int moduleCount() const { return m_code.moduleCount(); }
    // The code with its quiet zone, `moduleSize` pixels per module.
    QImage toImage(int moduleSize) const;

    QSize sizeHint() const override { return {280, 280}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintCode(QPainter &painter, int moduleSize, QPoint origin) const;

    QrCode m_code;
};
