// Search-as-you-type over titles, summaries, tags and bodies: an in-memory
// SQLite FTS5 index, accent-insensitive, prefix on the last word typed.
#pragma once

#include "core/content/articlelibrary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <utility>

struct SearchHit
{
    // Where the words matched; title hits always rank above the others.
    enum class Field { Title = 0, SummaryOrTags = 1, Body = 2 };

    QString slug;
    Field field = Field::Body;
    QString titleHtml;    // HTML-escaped title, matched words in <mark>
    QString snippetHtml;  // a short HTML-escaped excerpt, matched words in <mark>
};

class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Replaces the index with every article of `library`; the error, if any.
    [[nodiscard]] std::optional<QString> rebuild(const ArticleLibrary &library);

    // What the search screen shows.
    static constexpr int defaultLimit = 20;

    // Results for what the visitor has typed so far, best first.
    QList<SearchHit> search(const QString &language, const QString &typed, int limit = defaultLimit) const;

    // The FTS5 query for typed text: each word quoted, the last one a prefix
    // unless the visitor has finished it with a space. Empty when nothing to search.
    static QString matchExpression(const QString &typed);

private:
    struct Statements;
    using RankedRow = std::pair<qint64, SearchHit::Field>;

    std::optional<QList<qint64>> titleRows(const QString &language, const QString &expression, int limit) const;
    QList<RankedRow> rankedRows(const QString &language, const QString &expression, int limit) const;
    std::optional<SearchHit> markedHit(const RankedRow &row, const QString &expression) const;
    [[nodiscard]] std::optional<QString> rankCommonSearches(const QStringList &languages);

    QString m_connectionName;
    std::unique_ptr<Statements> m_statements;  // prepared once per rebuild, not once per keystroke
    // Title rows of one-word searches that match many titles, best first, by
    // (language, match expression): ranked at rebuild, as ranking them is slow.
    QHash<std::pair<QString, QString>, QList<qint64>> m_commonTitleRows;
};
