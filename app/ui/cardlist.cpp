// Cards are rebuilt on each change: lists are short (a category, a page of results).
#include "ui/cardlist.h"

#include "ui/touchcard.h"

#include <QGridLayout>
#include <QScrollBar>
#include <QScroller>

CardList::CardList(int columns, QWidget *parent)
    : QScrollArea(parent), m_columns(columns), m_content(new QWidget(this)), m_grid(new QGridLayout(m_content))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setSpacing(18);
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setAlignment(Qt::AlignTop);
    setWidget(m_content);
    // Drag to scroll with a finger, as on a phone. (A mouse gesture would
    // swallow quick taps; touch screens send touch events.)
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
}

void CardList::setEntries(const QList<Entry> &entries)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    int index = 0;
    for (const Entry &entry : entries) {
        auto *card = new TouchCard(entry.id, entry.titleHtml, entry.detailHtml, m_content);
        if (!entry.iconPath.isEmpty())
            card->setIcon(entry.iconPath);
        connect(card, &TouchCard::chosen, this, &CardList::chosen);
        m_grid->addWidget(card, index / m_columns, index % m_columns);
        card->setVisible(true);  // now, not on the next turn of the event loop
        m_cards.append(card);
        ++index;
    }
    for (int column = 0; column < m_columns; ++column)
        m_grid->setColumnStretch(column, 1);
    // Spare height goes below the last row, not into the cards.
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    m_grid->setRowStretch((index + m_columns - 1) / m_columns, 1);
    scrollToTop();
}

void CardList::scrollToTop()
{
    verticalScrollBar()->setValue(0);
}
