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

private:
    using TermVector = std::vector<std::pair<int, float>>;  // (term id, weight), by term id

    double similarity(int first, int second) const;

    const std::vector<Article> *m_articles = nullptr;
    std::vector<TermVector> m_termVectors;
    std::vector<QStringList> m_foldedTags;
};
