// A one-colour line icon from an SVG file, drawn in the widget's own text
// colour (set by the style sheet), so it follows the theme and high contrast
// whatever colour the file was drawn in.
#pragma once

#include <QWidget>

class QSvgRenderer;

class SvgIconView : public QWidget
{
    Q_OBJECT

public:
    explicit SvgIconView(QWidget *parent = nullptr);

    // An unreadable file shows `fallbackPath` instead.
    void setIcon(const QString &path, const QString &fallbackPath);
    bool isValid() const;

    QSize sizeHint() const override { return {56, 56}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
};
