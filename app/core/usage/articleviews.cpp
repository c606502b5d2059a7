// Article view counts in the kiosk database.
#include "core/usage/articleviews.h"

#include <QSqlQuery>

ArticleViews::ArticleViews(KioskDatabase &database) : m_database(database)
{
}

std::optional<StoreFailure> ArticleViews::record(const QString &slug, const QString &language, const QDate &day)
{
    return m_database
        .run(QStringLiteral("INSERT INTO article_views (day, slug, language, views) VALUES (?, ?, ?, 1)"
                            " ON CONFLICT (day, slug, language) DO UPDATE SET views = views + 1"),
             {day.toString(Qt::ISODate), slug, language}, QStringLiteral("counting an article view"))
        .failure;
}

StoreResult<QList<ArticleViewCount>> ArticleViews::mostRead(const QDate &from, const QDate &to, int limit)
{
    StoreResult<QList<ArticleViewCount>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT slug, language, sum(views) AS total FROM article_views WHERE day BETWEEN ? AND ?"
                       " GROUP BY slug, language ORDER BY total DESC, slug LIMIT ?"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate), limit}, QStringLiteral("reading article views"),
        [&](const QSqlQuery &row) {
            result.value.append({QDate(), row.value(0).toString(), row.value(1).toString(), row.value(2).toInt()});
        });
    return result;
}

StoreResult<QList<ArticleViewCount>> ArticleViews::perDay(const QDate &from, const QDate &to)
{
    StoreResult<QList<ArticleViewCount>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT day, slug, language, views FROM article_views WHERE day BETWEEN ? AND ?"
                       " ORDER BY day, slug, language"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, QStringLiteral("reading article views"),
        [&](const QSqlQuery &row) {
            result.value.append({QDate::fromString(row.value(0).toString(), Qt::ISODate), row.value(1).toString(),
                                 row.value(2).toString(), row.value(3).toInt()});
        });
    return result;
}
