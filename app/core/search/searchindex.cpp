// One connection per index, used only from the thread that built it.
#include "search/searchindex.h"

#include "logging.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int maximumWords = 8;
constexpr qsizetype maximumWordLength = 64;
const QChar markStart = QChar(0x01);
const QChar markEnd = QChar(0x02);

QString connectionNameForNewIndex()
{
    static QAtomicInt counter;
    return QStringLiteral("carekiosk-search-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Escapes text for HTML and turns FTS5's markers into <mark> elements.
QString markedHtml(const QString &marked)
{
    return marked.toHtmlEscaped()
        .replace(markStart, QStringLiteral("<mark>"))
        .replace(markEnd, QStringLiteral("</mark>"));
}

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

} // namespace

SearchIndex::SearchIndex() : m_connectionName(connectionNameForNewIndex())
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(QStringLiteral(":memory:"));
    if (!database.open())
        qCWarning(lcSearch) << "can't open the search index:" << database.lastError().text();
}

SearchIndex::~SearchIndex()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<QString> SearchIndex::rebuild(const ArticleLibrary &library)
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    if (!database.isOpen())
        return database.lastError().text();
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS article_text")))
        return sqlError(query);
    // remove_diacritics 2 folds "dolór" to "dolor"; prefix indexes keep 1–3
    // letter prefixes fast while the visitor is still typing.
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE article_text USING fts5("
                                   "slug UNINDEXED, language UNINDEXED, title, summary, tags, body, "
                                   "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')")))
        return sqlError(query);
    if (!database.transaction())
        return database.lastError().text();
    if (!query.prepare(QStringLiteral("INSERT INTO article_text (slug, language, title, summary, tags, body) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"))) {
        database.rollback();
        return sqlError(query);
    }
    for (const QString &language : library.languages()) {
        for (const Article *article : library.articles(language)) {
            query.bindValue(0, article->slug);
            query.bindValue(1, article->language);
            query.bindValue(2, article->title);
            query.bindValue(3, article->summary);
            query.bindValue(4, article->tags.join(QStringLiteral(", ")));
            query.bindValue(5, article->bodyText());
            if (!query.exec()) {
                const QString error = sqlError(query);
                database.rollback();
                return error;
            }
        }
    }
    if (!database.commit())
        return database.lastError().text();
    qCInfo(lcSearch) << "indexed" << library.size() << "articles";
    return std::nullopt;
}

QString SearchIndex::matchExpression(const QString &typed)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}\\p{Mn}]+"));
    QStringList terms;
    QRegularExpressionMatchIterator matches = wordPattern.globalMatch(typed);
    while (matches.hasNext() && terms.size() < maximumWords)
        terms.append(u'"' + matches.next().captured().left(maximumWordLength) + u'"');
    if (terms.isEmpty())
        return {};
    const bool lastWordFinished = typed.back().isSpace();
    if (!lastWordFinished)
        terms.last().append(u'*');
    return terms.join(u' ');
}

QList<SearchHit> SearchIndex::search(const QString &language, const QString &typed, int limit) const
{
    const QString expression = matchExpression(typed);
    if (expression.isEmpty())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // The tier puts title matches first, then summary or tags, then body only;
    // bm25 orders within a tier.
    query.prepare(QStringLiteral(
        "SELECT slug, highlight(article_text, 2, char(1), char(2)),"
        "       snippet(article_text, 3, char(1), char(2), '…', 16),"
        "       snippet(article_text, 5, char(1), char(2), '…', 16),"
        "       CASE WHEN rowid IN (SELECT rowid FROM article_text WHERE article_text MATCH :inTitle) THEN 0"
        "            WHEN rowid IN (SELECT rowid FROM article_text WHERE article_text MATCH :inMeta) THEN 1"
        "            ELSE 2 END AS tier"
        "  FROM article_text"
        " WHERE article_text MATCH :anywhere AND language = :language"
        " ORDER BY tier, bm25(article_text, 0, 0, 10.0, 4.0, 4.0, 1.0), slug"
        " LIMIT :limit"));
    query.bindValue(QStringLiteral(":inTitle"), QStringLiteral("{title} : (%1)").arg(expression));
    query.bindValue(QStringLiteral(":inMeta"), QStringLiteral("{title summary tags} : (%1)").arg(expression));
    query.bindValue(QStringLiteral(":anywhere"), expression);
    query.bindValue(QStringLiteral(":language"), language);
    query.bindValue(QStringLiteral(":limit"), limit);
    QList<SearchHit> hits;
    if (!query.exec()) {
        qCWarning(lcSearch) << "search failed:" << sqlError(query);
        return hits;
    }
    while (query.next()) {
        SearchHit hit;
        hit.slug = query.value(0).toString();
        hit.titleHtml = markedHtml(query.value(1).toString());
        const QString summarySnippet = query.value(2).toString();
        const QString bodySnippet = query.value(3).toString();
        hit.snippetHtml = markedHtml(bodySnippet.contains(markStart) ? bodySnippet : summarySnippet);
        hit.field = SearchHit::Field(query.value(4).toInt());
        hits.append(hit);
    }
    return hits;
}
