// Encoding by libqrencode (ECC level M: survives a smudged screen).
#include "core/qr/qrcode.h"

#include <memory>
#include <qrencode.h>

namespace {
struct QrDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QrCode::QrCode(const QString &text) : m_text(text)
{
    if (text.isEmpty())
        return;
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        return;
    m_modules = code->width;
    m_dark.resize(size_t(m_modules) * size_t(m_modules));
    for (size_t index = 0; index < m_dark.size(); ++index)
        m_dark[index] = code->data[index] & 1;  // bit 0: the module is dark
}

QString QrCode::toSvg(const QString &label) const
{
    if (!isValid())
        return {};
    // One path of unit squares: a few kilobytes, and crisp at any size. Colours
    // are attributes, not style: the page's CSP allows no inline style.
    QString path;
    for (int y = 0; y < m_modules; ++y) {
        for (int x = 0; x < m_modules; ++x) {
            if (isDark(x, y))
                path += QStringLiteral("M%1 %2h1v1h-1z").arg(x + quietZone).arg(y + quietZone);
        }
    }
    const int side = m_modules + 2 * quietZone;
    return QStringLiteral("<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"%2\">"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"%3\"/></svg>")
        .arg(side)
        .arg(label.toHtmlEscaped(), path);
}
