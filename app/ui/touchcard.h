// A large touch card: a title and a line or two of detail (an article and its
// summary, a topic and its article count), optionally beside an icon; tapping
// it reports its id.
#pragma once

#include <QPushButton>

class QLabel;
class SvgIconView;

// A card's words: plain text, or HTML whose matched words are in <mark>
// (search results). Plain text is also much quicker to lay out.
struct CardText
{
    QString text;
    Qt::TextFormat format = Qt::PlainText;
};

class TouchCard : public QPushButton
{
    Q_OBJECT

public:
    TouchCard(const QString &id, const CardText &title, const CardText &detail, QWidget *parent = nullptr);

    // Shows another article or topic in the same card: cheaper than a new one.
    void setContent(const QString &id, const CardText &title, const CardText &detail);
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
