// A scrolling column (or grid) of article cards; shared by the topic list,
// the related panel and search results.
#pragma once

#include "ui/touchcard.h"

#include <QScrollArea>

class QGridLayout;

class CardList : public QScrollArea
{
    Q_OBJECT

public:
    explicit CardList(int columns, QWidget *parent = nullptr);

    struct Entry
    {
        QString id;  // what chosen() reports: an article slug, a category
        CardText title;
        CardText detail;
        QString iconPath;  // an SVG file or resource; empty: no icon
    };

    void setEntries(const QList<Entry> &entries);
    QList<TouchCard *> cards() const { return m_cards; }
    void scrollToTop();

signals:
    void chosen(const QString &id);

private:
    int m_columns;
    QWidget *m_content;
    QGridLayout *m_grid;
    QList<TouchCard *> m_cards;
};
