// A large touch card: a title and a line or two of detail (an article and its
// summary, a topic and its article count), optionally beside an icon; tapping
// it reports its id.
#pragma once

#include <QPushButton>

class QLabel;
class SvgIconView;

class TouchCard : public QPushButton
{
    Q_OBJECT

public:
    // `titleHtml`/`detailHtml` may hold <mark> highlights (search results).
    TouchCard(const QString &id, const QString &titleHtml, const QString &detailHtml, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    // Shows the SVG at `path` (a category icon) before the text; the generic
    // icon when it can't be read.
    void setIcon(const QString &path);
    SvgIconView *icon() const { return m_icon; }
    static QString genericIconPath();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void chosen(const QString &id);

private:
    QString m_id;
    QLabel *m_title;
    QLabel *m_detail;
    SvgIconView *m_icon = nullptr;
};
