// Mapping articles to cards and choices.
#include "ui/articlecards.h"

#include "core/content/articlelibrary.h"
#include "core/search/searchindex.h"

#include <QCoreApplication>

#include <algorithm>

QList<CardList::Entry> ArticleCards::forArticles(const QList<const Article *> &articles)
{
    QList<CardList::Entry> result;
    for (const Article *article : articles)
        result.append({article->slug, article->title.toHtmlEscaped(), article->summary.toHtmlEscaped()});
    return result;
}

QList<CardList::Entry> ArticleCards::forCategories(const ArticleLibrary &library, const QString &language)
{
    QList<CardList::Entry> categories;
    for (const QString &category : library.categories(language)) {
        const int count = int(library.inCategory(language, category).size());
        const QString articles = count == 1 ? QCoreApplication::translate("ArticleCards", "1 article")
                                            : QCoreApplication::translate("ArticleCards", "%1 articles").arg(count);
        categories.append({category, category.toHtmlEscaped(), articles});
    }
    return categories;
}

QList<CardList::Entry> ArticleCards::forSearchHits(const QList<SearchHit> &hits)
{
    QList<CardList::Entry> results;
    for (const SearchHit &hit : hits)
        results.append({hit.slug, hit.titleHtml, hit.snippetHtml});
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
