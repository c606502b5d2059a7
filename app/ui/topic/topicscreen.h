// The articles of one category, as large touch cards.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class QLabel;

class TopicScreen : public QWidget
{
    Q_OBJECT

public:
    explicit TopicScreen(QWidget *parent = nullptr);

    void setTopic(const QString &category, const QList<CardList::Entry> &articles);
    QString topic() const { return m_topic; }
    CardList *cardList() const { return m_cards; }

signals:
    void articleChosen(const QString &slug);

private:
    QString m_topic;
    QLabel *m_title;
    CardList *m_cards;
};
