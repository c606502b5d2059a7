// Topic list screen.
#include "ui/topic/topicscreen.h"

#include "ui/widgets/plainlabel.h"

#include <QLabel>
#include <QVBoxLayout>

TopicScreen::TopicScreen(QWidget *parent) : QWidget(parent), m_title(plainLabel(this)), m_cards(new CardList(2, this))
{
    m_title->setObjectName(QStringLiteral("screenTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(m_title);
    layout->addWidget(m_cards, 1);
    connect(m_cards, &CardList::chosen, this, &TopicScreen::articleChosen);
}

void TopicScreen::setTopic(const QString &category, const QList<CardList::Entry> &articles)
{
    m_topic = category;
    m_title->setText(category);
    m_cards->setEntries(articles);
}
