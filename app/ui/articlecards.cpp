// Mapping articles to cards and choices.
#include "ui/articlecards.h"

#include "core/content/articlelibrary.h"
#include "core/search/searchindex.h"
#include "ui/touchcard.h"

#include <QCoreApplication>

#include <algorithm>

QList<CardList::Entry> ArticleCards::forArticles(const QList<const Article *> &articles)
{
    QList<CardList::Entry> result;
    for (const Article *article : articles)
        result.append({article->slug, {article->title}, {article->summary}, QString()});
    return result;
}

namespace {
// The editor's icon from the content folder, or the generic one.
QString iconFor(const ArticleLibrary &library, const QString &category)
{
    return library.categoryIcon(category).value_or(TouchCard::genericIconPath());
}
} // namespace

QList<CardList::Entry> ArticleCards::forTopic(const ArticleLibrary &library, const QList<const Article *> &articles)
{
    QList<CardList::Entry> result = forArticles(articles);
    for (qsizetype index = 0; index < result.size(); ++index)
        result[index].iconPath = iconFor(library, articles.at(index)->category);
    return result;
}

QList<CardList::Entry> ArticleCards::forCategories(const ArticleLibrary &library, const QString &language)
{
    QList<CardList::Entry> categories;
    for (const QString &category : library.categories(language)) {
        const int count = int(library.inCategory(language, category).size());
        const QString articles = count == 1 ? QCoreApplication::translate("ArticleCards", "1 article")
                                            : QCoreApplication::translate("ArticleCards", "%1 articles").arg(count);
        categories.append({category, {category}, {articles}, iconFor(library, category)});
    }
    return categories;
}

QList<CardList::Entry> ArticleCards::forSearchHits(const QList<SearchHit> &hits)
{
    QList<CardList::Entry> results;
    for (const SearchHit &hit : hits)
        results.append({hit.slug, {hit.titleHtml, Qt::RichText}, {hit.snippetHtml, Qt::RichText}, QString()});
    return results;
}

QList<CallbackScreen::Choice> ArticleCards::topicChoices(const ArticleLibrary &library, const QString &language)
{
    QList<CallbackScreen::Choice> topics;
    for (const Article *article : library.articles(language))
        topics.append({article->slug, article->title});
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    return topics;
}
