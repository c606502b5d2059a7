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

namespace {

constexpr int maximumWords = 8;
constexpr qsizetype maximumWordLength = 64;
// Ranking reads the length of every title a search matches, a few
// microseconds each. One- and two-letter prefixes and the commonest words
// match thousands of titles in a large library; there are few such searches,
// so rebuild() ranks those matching more than this once, in advance.
constexpr int manyTitles = 200;
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

struct SearchIndex::Statements
{
    explicit Statements(const QSqlDatabase &database) : inTitles(database), inArticles(database), marked(database)
    {
        for (QSqlQuery *query : {&inTitles, &inArticles, &marked})
            query->setForwardOnly(true);
    }

    std::optional<QString> prepare()
    {
        const bool prepared =
            inTitles.prepare(QStringLiteral("SELECT rowid FROM title_text WHERE title_text MATCH :match"
                                            " AND language = :language ORDER BY rank LIMIT :limit"))
            && inArticles.prepare(QStringLiteral("SELECT rowid FROM article_text WHERE article_text MATCH :match"
                                                 " AND language = :language ORDER BY rank LIMIT :limit"))
            && marked.prepare(QStringLiteral("SELECT slug, highlight(article_text, 2, char(1), char(2)),"
                                             "       snippet(article_text, 3, char(1), char(2), '…', 16),"
                                             "       snippet(article_text, 5, char(1), char(2), '…', 16)"
                                             "  FROM article_text WHERE article_text MATCH :match AND rowid = :rowid"));
        if (prepared)
            return std::nullopt;
        return sqlError(inTitles) + sqlError(inArticles) + sqlError(marked);
    }

    QSqlQuery inTitles;
    QSqlQuery inArticles;
    QSqlQuery marked;
};

namespace {

// The rowids a ranked query finds, best first; nothing if it failed.
std::optional<QList<qint64>> rowids(QSqlQuery &ranked, const QString &match, const QString &language, int limit)
{
    ranked.bindValue(QStringLiteral(":match"), match);
    ranked.bindValue(QStringLiteral(":language"), language);
    ranked.bindValue(QStringLiteral(":limit"), limit);
    if (!ranked.exec()) {
        qCWarning(lcSearch) << "search failed:" << sqlError(ranked);
        return std::nullopt;
    }
    QList<qint64> result;
    while (ranked.next())
        result.append(ranked.value(0).toLongLong());
    ranked.finish();
    return result;
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
    m_statements.reset();  // before the connection they run on goes
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::optional<QString> SearchIndex::rebuild(const ArticleLibrary &library)
{
    m_statements.reset();
    m_commonTitleRows.clear();
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
        // The words of the titles, for the searches worth ranking in advance.
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.title_terms USING fts5vocab(main, title_text, row)"),
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
    auto prepared = std::make_unique<Statements>(database);
    if (const std::optional<QString> error = prepared->prepare())
        return error;
    m_statements = std::move(prepared);
    if (const std::optional<QString> error = rankCommonSearches(library.languages()))
        return error;
    qCInfo(lcSearch) << "indexed" << library.size() << "articles";
    return std::nullopt;
}

std::optional<QString> SearchIndex::rankCommonSearches(const QStringList &languages)
{
    QSqlQuery terms(QSqlDatabase::database(m_connectionName, false));
    terms.setForwardOnly(true);
    if (!terms.exec(QStringLiteral("SELECT term, doc FROM temp.title_terms")))
        return sqlError(terms);
    // Titles per whole word and per prefix (a title with two words of one
    // prefix counts twice: near enough to pick the searches worth ranking).
    QHash<QString, int> titlesByWord;
    QHash<QString, int> titlesByPrefix;
    while (terms.next()) {
        const QString term = terms.value(0).toString();
        const int titles = terms.value(1).toInt();
        titlesByWord[term] += titles;
        for (qsizetype length = 1; length <= term.size(); ++length)
            titlesByPrefix[term.left(length)] += titles;
    }
    terms.finish();
    QStringList expressions;
    for (auto word = titlesByWord.cbegin(); word != titlesByWord.cend(); ++word) {
        if (word.value() >= manyTitles)
            expressions.append(matchExpression(word.key() + u' '));
    }
    for (auto prefix = titlesByPrefix.cbegin(); prefix != titlesByPrefix.cend(); ++prefix) {
        if (prefix.value() >= manyTitles)
            expressions.append(matchExpression(prefix.key()));
    }
    expressions.removeAll(QString());
    for (const QString &language : languages) {
        for (const QString &expression : std::as_const(expressions)) {
            const std::optional<QList<qint64>> rows = rowids(m_statements->inTitles, expression, language, defaultLimit);
            if (!rows)
                return sqlError(m_statements->inTitles);
            m_commonTitleRows.insert({language, expression}, *rows);
        }
    }
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

std::optional<QList<qint64>> SearchIndex::titleRows(const QString &language, const QString &expression, int limit) const
{
    if (limit == defaultLimit) {
        const auto ranked = m_commonTitleRows.constFind({language, expression});
        if (ranked != m_commonTitleRows.cend())
            return *ranked;
    }
    return rowids(m_statements->inTitles, expression, language, limit);
}

QList<SearchIndex::RankedRow> SearchIndex::rankedRows(const QString &language, const QString &expression,
                                                      int limit) const
{
    // Tiers, tightest first: every word in the title; in title, summary or
    // tags; anywhere. A tier that fills the page spares the looser ones, which
    // is what keeps one-letter prefixes fast: ranking every body that has a
    // word starting with "k" is the expensive part.
    QList<RankedRow> found;
    for (const SearchHit::Field field : {SearchHit::Field::Title, SearchHit::Field::SummaryOrTags, SearchHit::Field::Body}) {
        // Rows of the tighter tiers come back again; ask for enough to skip them.
        const int wanted = limit + int(found.size());
        const std::optional<QList<qint64>> tier =
            field == SearchHit::Field::Title ? titleRows(language, expression, wanted)
            : field == SearchHit::Field::SummaryOrTags
                ? rowids(m_statements->inArticles, QStringLiteral("{title summary tags} : (%1)").arg(expression), language,
                         wanted)
                : rowids(m_statements->inArticles, expression, language, wanted);
        if (!tier)
            return {};
        for (const qint64 rowid : *tier) {
            if (found.size() >= limit)
                break;
            const bool seen = std::any_of(found.cbegin(), found.cend(), [rowid](const RankedRow &row) { return row.first == rowid; });
            if (!seen)
                found.append({rowid, field});
        }
        if (found.size() >= limit)
            break;
    }
    return found;
}

std::optional<SearchHit> SearchIndex::markedHit(const RankedRow &row, const QString &expression) const
{
    QSqlQuery &marked = m_statements->marked;
    marked.bindValue(QStringLiteral(":match"), expression);
    marked.bindValue(QStringLiteral(":rowid"), row.first);
    if (!marked.exec() || !marked.next()) {
        qCWarning(lcSearch) << "search highlight failed:" << sqlError(marked);
        return std::nullopt;
    }
    SearchHit hit;
    hit.slug = marked.value(0).toString();
    hit.field = row.second;
    hit.titleHtml = markedHtml(marked.value(1).toString());
    const QString summarySnippet = marked.value(2).toString();
    const QString bodySnippet = marked.value(3).toString();
    hit.snippetHtml = markedHtml(bodySnippet.contains(markStart) ? bodySnippet : summarySnippet);
    marked.finish();
    return hit;
}

QList<SearchHit> SearchIndex::search(const QString &language, const QString &typed, int limit) const
{
    const QString expression = matchExpression(typed);
    if (expression.isEmpty() || limit <= 0 || !m_statements)
        return {};
    // Highlights only for the rows shown, not for every row that was ranked.
    QList<SearchHit> hits;
    for (const RankedRow &row : rankedRows(language, expression, limit)) {
        if (std::optional<SearchHit> hit = markedHit(row, expression))
            hits.append(std::move(*hit));
    }
    return hits;
}
