// Computed neighbours of an article: shared tags, same category and similar
// words (TF-IDF cosine), within one language.
#pragma once

#include "core/content/article.h"

#include <QHash>
#include <QList>
#include <utility>
#include <vector>

class RelatedTopics
{
public:
    RelatedTopics() = default;
    // `articles` must outlive this object and keep its order.
    explicit RelatedTopics(const std::vector<Article> &articles);

    // Indexes into `articles` of the best neighbours of `articleIndex`, best
    // first, ties by slug; never the article itself, never one in `exclude`,
    // only articles that share something with it, never a sensitive one.
    QList<int> neighbours(int articleIndex, int count, const QList<int> &exclude = {}) const;

    // How many articles the word statistics cover: every one, from construction on.
    int articleCount() const { return int(m_termVectors.size()); }

private:
    using TermVector = std::vector<std::pair<int, float>>;  // (term id, weight), by term id
    struct Posting
    {
        int article;
        float weight;
    };

    std::vector<double> textSimilarities(int articleIndex) const;
    std::vector<double> tagOverlaps(int articleIndex) const;

    const std::vector<Article> *m_articles = nullptr;
    std::vector<TermVector> m_termVectors;
    // The other way round, by term id: the articles using it, by index. Only
    // articles that share a word are visited, not every article of the library.
    std::vector<std::vector<Posting>> m_postings;
    std::vector<QStringList> m_foldedTags;
    std::vector<int> m_languageIds;  // by article: equal numbers, equal languages
    std::vector<int> m_categoryIds;
    QHash<QString, std::vector<int>> m_articlesByTag;  // folded tag -> article indexes, ascending
};
