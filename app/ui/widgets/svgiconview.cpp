// The SVG is rendered to an image, then its painted pixels take the text colour.
#include "ui/widgets/svgiconview.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

SvgIconView::SvgIconView(QWidget *parent) : QWidget(parent), m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("cardIcon"));
    setFixedSize(sizeHint());
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void SvgIconView::setIcon(const QString &path, const QString &fallbackPath)
{
    if (path.isEmpty() || !m_renderer->load(path))
        m_renderer->load(fallbackPath);
    update();
}

bool SvgIconView::isValid() const
{
    return m_renderer->isValid();
}

void SvgIconView::paintEvent(QPaintEvent *)
{
    if (!m_renderer->isValid())
        return;
    const qreal ratio = devicePixelRatioF();
    QImage image(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(size())));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size())), palette().color(QPalette::WindowText));
    }
    QPainter(this).drawImage(0, 0, image);
}
