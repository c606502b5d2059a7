// Articles and search hits as the cards and choices the screens show: titles
// and summaries escaped (cards show rich text for the highlighted search
// words), categories with their article counts and icons, the form's topic
// list in alphabetical order. Only mapping: no widgets are made here.
#pragma once

#include "ui/callback/callbackscreen.h"
#include "ui/cardlist.h"

class ArticleLibrary;
struct Article;
struct SearchHit;

namespace ArticleCards {
QList<CardList::Entry> forArticles(const QList<const Article *> &articles);
// The articles of a topic, each with its category's icon.
QList<CardList::Entry> forTopic(const ArticleLibrary &library, const QList<const Article *> &articles);
QList<CardList::Entry> forCategories(const ArticleLibrary &library, const QString &language);
QList<CardList::Entry> forSearchHits(const QList<SearchHit> &hits);
QList<CallbackScreen::Choice> topicChoices(const ArticleLibrary &library, const QString &language);
}
