// Scores: tag overlap (Jaccard) weighs most, then text similarity, then category.
#include "core/content/relatedtopics.h"

#include "core/content/textwords.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace {

constexpr double tagWeight = 3.0;
constexpr double textWeight = 2.0;
constexpr double categoryWeight = 1.0;
constexpr qsizetype shortestTerm = 3;  // shorter words are mostly "the", "and", "de"…

double tagOverlap(const QStringList &first, const QStringList &second)
{
    if (first.isEmpty() || second.isEmpty())
        return 0.0;
    int shared = 0;
    for (const QString &tag : first)
        shared += second.contains(tag) ? 1 : 0;
    return double(shared) / double(first.size() + second.size() - shared);
}

} // namespace

RelatedTopics::RelatedTopics(const std::vector<Article> &articles) : m_articles(&articles)
{
    QHash<QString, int> termIds;
    QHash<QString, QHash<int, int>> documentFrequency;  // language -> term -> articles using it
    QHash<QString, int> articlesPerLanguage;
    std::vector<QHash<int, int>> termCounts(articles.size());
    m_foldedTags.resize(articles.size());

    for (size_t index = 0; index < articles.size(); ++index) {
        const Article &article = articles[index];
        for (const QString &tag : article.tags)
            m_foldedTags[index].append(TextWords::folded(tag));
        const QString text = article.title + u'\n' + article.summary + u'\n' + article.bodyText();
        for (const QString &word : TextWords::words(text)) {
            if (word.size() < shortestTerm)
                continue;
            const QString term = TextWords::folded(word);
            auto termId = termIds.constFind(term);
            if (termId == termIds.cend())
                termId = termIds.insert(term, int(termIds.size()));
            ++termCounts[index][termId.value()];
        }
        ++articlesPerLanguage[article.language];
        QHash<int, int> &frequency = documentFrequency[article.language];
        for (auto count = termCounts[index].cbegin(); count != termCounts[index].cend(); ++count)
            ++frequency[count.key()];
    }

    m_termVectors.resize(articles.size());
    for (size_t index = 0; index < articles.size(); ++index) {
        const QString &language = articles[index].language;
        const QHash<int, int> &frequency = documentFrequency[language];
        const double total = articlesPerLanguage.value(language);
        TermVector &vector = m_termVectors[index];
        double norm = 0.0;
        for (auto count = termCounts[index].cbegin(); count != termCounts[index].cend(); ++count) {
            const double inverse = std::log(total / frequency.value(count.key()));
            const double weight = (1.0 + std::log(double(count.value()))) * inverse;
            if (weight <= 0.0)
                continue;
            vector.emplace_back(count.key(), float(weight));
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (auto &entry : vector)
            entry.second = float(entry.second / norm);
        std::sort(vector.begin(), vector.end());
    }
}

double RelatedTopics::similarity(int first, int second) const
{
    const TermVector &left = m_termVectors[size_t(first)];
    const TermVector &right = m_termVectors[size_t(second)];
    double dot = 0.0;
    auto leftIt = left.cbegin();
    auto rightIt = right.cbegin();
    while (leftIt != left.cend() && rightIt != right.cend()) {
        if (leftIt->first < rightIt->first) {
            ++leftIt;
        } else if (rightIt->first < leftIt->first) {
            ++rightIt;
        } else {
            dot += double(leftIt->second) * double(rightIt->second);
            ++leftIt;
            ++rightIt;
        }
    }
    return dot;
}

QList<int> RelatedTopics::neighbours(int articleIndex, int count, const QList<int> &exclude) const
{
    if (!m_articles || articleIndex < 0 || size_t(articleIndex) >= m_articles->size() || count <= 0)
        return {};
    const Article &subject = (*m_articles)[size_t(articleIndex)];
    struct Candidate
    {
        double score;
        int index;
    };
    std::vector<Candidate> candidates;
    for (size_t index = 0; index < m_articles->size(); ++index) {
        const Article &other = (*m_articles)[index];
        // A sensitive topic (addiction treatment, …) is never suggested: a
        // visitor reading about knee pain mustn't be shown it over their shoulder.
        if (int(index) == articleIndex || other.language != subject.language || other.sensitive
            || exclude.contains(int(index)))
            continue;
        const double score = tagWeight * tagOverlap(m_foldedTags[size_t(articleIndex)], m_foldedTags[index])
                             + textWeight * similarity(articleIndex, int(index))
                             + (other.category == subject.category ? categoryWeight : 0.0);
        if (score > 0.0)
            candidates.push_back({score, int(index)});
    }
    const auto better = [this](const Candidate &left, const Candidate &right) {
        if (left.score != right.score)
            return left.score > right.score;
        return (*m_articles)[size_t(left.index)].slug < (*m_articles)[size_t(right.index)].slug;
    };
    const size_t kept = std::min(candidates.size(), size_t(count));
    std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(kept), candidates.end(), better);
    QList<int> result;
    for (size_t index = 0; index < kept; ++index)
        result.append(candidates[index].index);
    return result;
}
