// A scrolling column (or grid) of article cards; shared by the topic list,
// the related panel and search results.
#pragma once

#include <QScrollArea>

class ArticleCard;
class QGridLayout;

class CardList : public QScrollArea
{
    Q_OBJECT

public:
    explicit CardList(int columns, QWidget *parent = nullptr);

    struct Entry
    {
        QString slug;
        QString titleHtml;
        QString detailHtml;
    };

    void setEntries(const QList<Entry> &entries);
    QList<ArticleCard *> cards() const { return m_cards; }
    void scrollToTop();

signals:
    void articleChosen(const QString &slug);

private:
    int m_columns;
    QWidget *m_content;
    QGridLayout *m_grid;
    QList<ArticleCard *> m_cards;
};
