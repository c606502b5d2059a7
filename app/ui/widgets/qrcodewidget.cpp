// Encoding by libqrencode (ECC level M: survives a smudged screen); drawing
// in whole pixels per module so that phone cameras read it first time.
#include "ui/widgets/qrcodewidget.h"

#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace {
constexpr int quietZone = 4;  // modules of white around the code, as the standard asks

struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    m_modules = 0;
    m_dark.clear();
    setAccessibleName(tr("QR code for %1").arg(text));
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
        if (code) {
            m_modules = code->width;
            m_dark.resize(size_t(m_modules) * size_t(m_modules));
            for (size_t index = 0; index < m_dark.size(); ++index)
                m_dark[index] = code->data[index] & 1;  // bit 0: the module is dark
        }
    }
    update();
}

QImage QrCodeWidget::toImage(int moduleSize) const
{
    if (!isValid() || moduleSize <= 0)
        return {};
    const int side = (m_modules + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintCode(painter, moduleSize, QPoint(quietZone * moduleSize, quietZone * moduleSize));
    return image;
}

void QrCodeWidget::paintCode(QPainter &painter, int moduleSize, QPoint origin) const
{
    for (int y = 0; y < m_modules; ++y) {
        for (int x = 0; x < m_modules; ++x) {
            if (isDark(x, y))
                painter.fillRect(origin.x() + x * moduleSize, origin.y() + y * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (!isValid())
        return;
    const int withQuietZone = m_modules + 2 * quietZone;
    const int moduleSize = std::max(1, std::min(width(), height()) / withQuietZone);
    const int side = withQuietZone * moduleSize;
    const QPoint corner((width() - side) / 2, (height() - side) / 2);
    QPainter painter(this);
    painter.fillRect(QRect(corner, QSize(side, side)), Qt::white);
    paintCode(painter, moduleSize, corner + QPoint(quietZone * moduleSize, quietZone * moduleSize));
}
