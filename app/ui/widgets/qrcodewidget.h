// Shows a text (an address) as a QR code to scan with one's own phone.
#pragma once

#include <QImage>
#include <QWidget>
#include <vector>

class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    // Encodes at once; an empty or unencodable text shows nothing.
    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isValid() const { return m_modules > 0; }
    // Modules per side, without the quiet zone; 0 when invalid.
    int moduleCount() const { return m_modules; }
    // The code with its quiet zone, `moduleSize` pixels per module.
    QImage toImage(int moduleSize) const;

    QSize sizeHint() const override { return {280, 280}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool isDark(int x, int y) const { return m_dark[size_t(y) * size_t(m_modules) + size_t(x)]; }
    void paintCode(QPainter &painter, int moduleSize, QPoint origin) const;

    QString m_text;
    int m_modules = 0;
    std::vector<bool> m_dark;
};
