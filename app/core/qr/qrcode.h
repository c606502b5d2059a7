// A text (a web address) encoded as a QR code, for a visitor to scan with
// their own phone: the kiosk never opens the web itself. Drawn by the QR view
// widget and, as inline SVG, in the article page.
#pragma once

#include <QString>
#include <vector>

class QrCode
{
public:
    static constexpr int quietZone = 4;  // modules of white around the code, as the standard asks

    QrCode() = default;
    // Encodes at once; an empty or unencodable text gives an invalid code.
    explicit QrCode(const QString &text);

    QString text() const { return m_text; }
    bool isValid() const { return m_modules > 0; }
    // Modules per side, without the quiet zone; 0 when invalid.
    int moduleCount() const { return m_modules; }
    bool isDark(int x, int y) const { return m_dark[size_t(y) * size_t(m_modules) + size_t(x)]; }

    // The code with its quiet zone as an <svg> element, one unit per module,
    // dark on white whatever the theme (phone cameras expect that);
    // `label` is its accessible name. Empty when invalid.
    QString toSvg(const QString &label) const;

private:
    QString m_text;
    int m_modules = 0;
    std::vector<bool> m_dark;
};
