// Cards are rebuilt on each change: lists are short (a category, a page of results).
#include "ui/cardlist.h"

#include "ui/touchcard.h"

#include <QGridLayout>
#include <QScrollBar>
#include <QScroller>

#include <utility>

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
    // The cards already there show the new entries: a new card costs more
    // than the text it shows (widgets made, styled, then destroyed again),
    // and the related panel changes at every article opened.
    while (m_cards.size() > entries.size())
        delete m_cards.takeLast();
    int index = 0;
    for (const Entry &entry : entries) {
        TouchCard *card = m_cards.value(index);
        if (card && (card->icon() != nullptr) == !entry.iconPath.isEmpty()) {
            card->setContent(entry.id, entry.title, entry.detail);
        } else {
            card = new TouchCard(entry.id, entry.title, entry.detail, m_content);
            connect(card, &TouchCard::chosen, this, &CardList::chosen);
            if (index < m_cards.size())
                delete std::exchange(m_cards[index], card);
            else
                m_cards.append(card);
            m_grid->addWidget(card, index / m_columns, index % m_columns);
            card->setVisible(true);  // now, not on the next turn of the event loop
        }
        if (!entry.iconPath.isEmpty())
            card->setIcon(entry.iconPath);
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
