// Drawing in whole pixels per module so that phone cameras read it first time.
#include "ui/widgets/qrcodewidget.h"

#include <QPainter>

namespace {
constexpr int quietZone = QrCode::quietZone;
} // namespace

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString &text)
{
    m_code = QrCode(text);
    setAccessibleName(tr("QR code for %1").arg(text));
    update();
}

QImage QrCodeWidget::toImage(int moduleSize) const
{
    if (!isValid() || moduleSize <= 0)
        return {};
    const int side = (moduleCount() + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintCode(painter, moduleSize, QPoint(quietZone * moduleSize, quietZone * moduleSize));
    return image;
}

void QrCodeWidget::paintCode(QPainter &painter, int moduleSize, QPoint origin) const
{
    for (int y = 0; y < moduleCount(); ++y) {
        for (int x = 0; x < moduleCount(); ++x) {
            if (m_code.isDark(x, y))
                painter.fillRect(origin.x() + x * moduleSize, origin.y() + y * moduleSize, moduleSize, moduleSize,
                                 Qt::black);
        }
    }
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (!isValid())
        return;
    const int withQuietZone = moduleCount() + 2 * quietZone;
    const int moduleSize = std::max(1, std::min(width(), height()) / withQuietZone);
    const int side = withQuietZone * moduleSize;
    const QPoint corner((width() - side) / 2, (height() - side) / 2);
    QPainter painter(this);
    painter.fillRect(QRect(corner, QSize(side, side)), Qt::white);
    paintCode(painter, moduleSize, corner + QPoint(quietZone * moduleSize, quietZone * moduleSize));
}
