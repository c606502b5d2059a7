// One connection per index, used only from the thread that built it.
#include "core/search/searchindex.h"

#include "core/logging.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <tuple>

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
    // Paragraphs and list items are separate lines in the index; in a one-line
    // snippet a middle dot keeps them apart.
    return QString(marked).replace(u'\n', QStringLiteral(" · ")).toHtmlEscaped()
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
    // remove_diacritics 2 folds "dolór" to "dolor"; prefix indexes keep 1–3
    // letter prefixes fast while the visitor is still typing. Titles have a
    // small table of their own: ranking title hits there doesn't read the
    // position lists of every body.
    const QString options = QStringLiteral("tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'");
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS article_text"),
        QStringLiteral("DROP TABLE IF EXISTS title_text"),
        QStringLiteral("CREATE VIRTUAL TABLE article_text USING fts5("
                       "slug UNINDEXED, language UNINDEXED, title, summary, tags, body, %1)").arg(options),
        QStringLiteral("CREATE VIRTUAL TABLE title_text USING fts5(language UNINDEXED, title, %1)").arg(options),
        // Title matters most, then summary and tags. Declared as the tables'
        // rank so that "ORDER BY rank LIMIT n" lets FTS5 sort internally.
        QStringLiteral("INSERT INTO article_text (article_text, rank) VALUES ('rank', 'bm25(0, 0, 10.0, 4.0, 4.0, 1.0)')"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return sqlError(query);
    }
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery titleQuery(database);
    if (!query.prepare(QStringLiteral("INSERT INTO article_text (slug, language, title, summary, tags, body) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"))
        || !titleQuery.prepare(QStringLiteral("INSERT INTO title_text (rowid, language, title) "
                                              "VALUES (last_insert_rowid(), ?, ?)"))) {
        const QString error = sqlError(query) + sqlError(titleQuery);
        database.rollback();
        return error;
    }
    for (const QString &language : library.languages()) {
        for (const Article *article : library.articles(language)) {
            query.bindValue(0, article->slug);
            query.bindValue(1, article->language);
            query.bindValue(2, article->title);
            query.bindValue(3, article->summary);
            query.bindValue(4, article->tags.join(QStringLiteral(", ")));
            query.bindValue(5, article->bodyText());
            titleQuery.bindValue(0, article->language);
            titleQuery.bindValue(1, article->title);
            if (!query.exec() || !titleQuery.exec()) {
                const QString error = sqlError(query) + sqlError(titleQuery);
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
    while (matches.hasNext() && terms.size() < maximumWords) {
        QString word = matches.next().captured().left(maximumWordLength);
        // Never half a character: one outside the BMP is two UTF-16 units.
        if (word.back().isHighSurrogate())
            word.chop(1);
        terms.append(u'"' + word + u'"');
    }
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
    if (expression.isEmpty() || limit <= 0)
        return {};
    const QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);

    // Tiers, tightest first: every word in the title; in title, summary or
    // tags; anywhere. A tier that fills the page spares the looser ones, which
    // is what keeps one-letter prefixes fast: ranking every body that has a
    // word starting with "k" is the expensive part.
    const QString inTitles = QStringLiteral(
        "SELECT rowid FROM title_text WHERE title_text MATCH :match AND language = :language"
        " ORDER BY rank LIMIT :limit");
    const QString inArticles = QStringLiteral(
        "SELECT rowid FROM article_text WHERE article_text MATCH :match AND language = :language"
        " ORDER BY rank LIMIT :limit");
    const std::tuple<SearchHit::Field, QString, QString> tiers[] = {
        {SearchHit::Field::Title, inTitles, expression},
        {SearchHit::Field::SummaryOrTags, inArticles, QStringLiteral("{title summary tags} : (%1)").arg(expression)},
        {SearchHit::Field::Body, inArticles, expression},
    };
    QList<std::pair<qint64, SearchHit::Field>> found;
    for (const auto &[field, sql, match] : tiers) {
        QSqlQuery ranked(database);
        ranked.setForwardOnly(true);
        ranked.prepare(sql);
        ranked.bindValue(QStringLiteral(":match"), match);
        ranked.bindValue(QStringLiteral(":language"), language);
        // Rows of the tighter tiers come back again; ask for enough to skip them.
        ranked.bindValue(QStringLiteral(":limit"), limit + int(found.size()));
        if (!ranked.exec()) {
            qCWarning(lcSearch) << "search failed:" << sqlError(ranked);
            return {};
        }
        while (ranked.next() && found.size() < limit) {
            const qint64 rowid = ranked.value(0).toLongLong();
            const bool seen = std::any_of(found.cbegin(), found.cend(), [rowid](const auto &hit) { return hit.first == rowid; });
            if (!seen)
                found.append({rowid, field});
        }
        if (found.size() >= limit)
            break;
    }

    // Highlights only for the rows shown, not for every row that was ranked.
    QSqlQuery marked(database);
    marked.setForwardOnly(true);
    marked.prepare(QStringLiteral("SELECT slug, highlight(article_text, 2, char(1), char(2)),"
                                  "       snippet(article_text, 3, char(1), char(2), '…', 16),"
                                  "       snippet(article_text, 5, char(1), char(2), '…', 16)"
                                  "  FROM article_text WHERE article_text MATCH :match AND rowid = :rowid"));
    QList<SearchHit> hits;
    for (const auto &[rowid, field] : std::as_const(found)) {
        marked.bindValue(QStringLiteral(":match"), expression);
        marked.bindValue(QStringLiteral(":rowid"), rowid);
        if (!marked.exec() || !marked.next()) {
            qCWarning(lcSearch) << "search highlight failed:" << sqlError(marked);
            continue;
        }
        SearchHit hit;
        hit.slug = marked.value(0).toString();
        hit.field = field;
        hit.titleHtml = markedHtml(marked.value(1).toString());
        const QString summarySnippet = marked.value(2).toString();
        const QString bodySnippet = marked.value(3).toString();
        hit.snippetHtml = markedHtml(bodySnippet.contains(markStart) ? bodySnippet : summarySnippet);
        hits.append(hit);
    }
    return hits;
}
