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

// A number for each distinct text, in order of first use: comparing two is comparing numbers.
int idOf(QHash<QString, int> &ids, const QString &text)
{
    auto id = ids.constFind(text);
    if (id == ids.cend())
        id = ids.insert(text, int(ids.size()));
    return id.value();
}

struct TermUses
{
    int term;
    int count;
};

// How often each term occurs in a list of term ids, by term id.
std::vector<TermUses> countedByTerm(std::vector<int> terms)
{
    std::sort(terms.begin(), terms.end());
    std::vector<TermUses> counts;
    for (const int term : terms) {
        if (!counts.empty() && counts.back().term == term)
            ++counts.back().count;
        else
            counts.push_back({term, 1});
    }
    return counts;
}

} // namespace

RelatedTopics::RelatedTopics(const std::vector<Article> &articles) : m_articles(&articles)
{
    QHash<QString, int> termIds;
    QHash<QString, int> languageIds;
    QHash<QString, int> categoryIds;
    QHash<QString, std::vector<int>> documentFrequency;  // language -> articles using it, by term id
    QHash<QString, int> articlesPerLanguage;
    std::vector<std::vector<TermUses>> termUses(articles.size());
    m_foldedTags.resize(articles.size());

    for (size_t index = 0; index < articles.size(); ++index) {
        const Article &article = articles[index];
        m_languageIds.push_back(idOf(languageIds, article.language));
        m_categoryIds.push_back(idOf(categoryIds, article.category));
        for (const QString &tag : article.tags)
            m_foldedTags[index].append(TextWords::folded(tag));
        const QString text = article.title + u'\n' + article.summary + u'\n' + article.bodyText();
        std::vector<int> terms;
        QString term;
        for (const QStringView word : TextWords::wordViews(text)) {
            if (word.size() < shortestTerm)
                continue;
            TextWords::foldInto(word, term);
            terms.push_back(idOf(termIds, term));
        }
        termUses[index] = countedByTerm(std::move(terms));
        ++articlesPerLanguage[article.language];
        std::vector<int> &frequency = documentFrequency[article.language];
        frequency.resize(size_t(termIds.size()));
        for (const TermUses &uses : termUses[index])
            ++frequency[size_t(uses.term)];
    }

    m_termVectors.resize(articles.size());
    std::vector<size_t> articlesUsing(size_t(termIds.size()), 0);
    for (size_t index = 0; index < articles.size(); ++index) {
        const QString &language = articles[index].language;
        const std::vector<int> &frequency = documentFrequency[language];
        const double total = articlesPerLanguage.value(language);
        TermVector &vector = m_termVectors[index];
        // Summed in term order, so the weights are the same on every run.
        double norm = 0.0;
        for (const TermUses &uses : termUses[index]) {
            const double inverse = std::log(total / frequency[size_t(uses.term)]);
            const double weight = (1.0 + std::log(double(uses.count))) * inverse;
            if (weight <= 0.0)
                continue;
            vector.emplace_back(uses.term, float(weight));
            norm += weight * weight;
            ++articlesUsing[size_t(uses.term)];
        }
        norm = std::sqrt(norm);
        for (auto &entry : vector)
            entry.second = float(entry.second / norm);
    }

    m_postings.resize(articlesUsing.size());
    for (size_t term = 0; term < articlesUsing.size(); ++term)
        m_postings[term].reserve(articlesUsing[term]);
    for (size_t index = 0; index < articles.size(); ++index) {
        for (const auto &[term, weight] : m_termVectors[index])
            m_postings[size_t(term)].push_back({int(index), weight});
        for (const QString &tag : std::as_const(m_foldedTags[index])) {
            std::vector<int> &tagged = m_articlesByTag[tag];
            if (tagged.empty() || tagged.back() != int(index))
                tagged.push_back(int(index));
        }
    }
}

std::vector<double> RelatedTopics::textSimilarities(int articleIndex) const
{
    // Cosine of the normalised term vectors. Each article's sum is built in
    // ascending term order, as a merge of the two vectors would: the scores,
    // and so the order of ties, stay exactly what they were.
    std::vector<double> dot(m_articles->size(), 0.0);
    for (const auto &[term, weight] : m_termVectors[size_t(articleIndex)]) {
        for (const Posting &posting : m_postings[size_t(term)])
            dot[size_t(posting.article)] += double(weight) * double(posting.weight);
    }
    return dot;
}

std::vector<double> RelatedTopics::tagOverlaps(int articleIndex) const
{
    const QStringList &subjectTags = m_foldedTags[size_t(articleIndex)];
    std::vector<double> overlap(m_articles->size(), 0.0);
    for (const QString &tag : subjectTags) {
        const auto tagged = m_articlesByTag.constFind(tag);
        if (tagged == m_articlesByTag.cend())
            continue;
        for (const int other : *tagged) {
            if (overlap[size_t(other)] == 0.0)
                overlap[size_t(other)] = tagOverlap(subjectTags, m_foldedTags[size_t(other)]);
        }
    }
    return overlap;
}

QList<int> RelatedTopics::neighbours(int articleIndex, int count, const QList<int> &exclude) const
{
    if (!m_articles || articleIndex < 0 || size_t(articleIndex) >= m_articles->size() || count <= 0)
        return {};
    const size_t subject = size_t(articleIndex);
    const std::vector<double> text = textSimilarities(articleIndex);
    const std::vector<double> tags = tagOverlaps(articleIndex);
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
        if (int(index) == articleIndex || m_languageIds[index] != m_languageIds[subject] || other.sensitive
            || exclude.contains(int(index)))
            continue;
        const double score = tagWeight * tags[index] + textWeight * text[index]
                             + (m_categoryIds[index] == m_categoryIds[subject] ? categoryWeight : 0.0);
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
