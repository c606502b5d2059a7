// Anonymous usage: how many times each article was opened, per day. Nothing
// about who opened it.
#pragma once

#include "core/storage/kioskdatabase.h"

#include <QDate>

struct ArticleViewCount
{
    QDate day;  // empty in totals
    QString slug;
    QString language;
    int views = 0;
};

class ArticleViews
{
public:
    explicit ArticleViews(KioskDatabase &database);

    [[nodiscard]] std::optional<StoreFailure> record(const QString &slug, const QString &language, const QDate &day);
    // Totals per article over [from, to], most read first, at most `limit`.
    [[nodiscard]] StoreResult<QList<ArticleViewCount>> mostRead(const QDate &from, const QDate &to, int limit);
    // Every day's count in [from, to], by day then article.
    [[nodiscard]] StoreResult<QList<ArticleViewCount>> perDay(const QDate &from, const QDate &to);

private:
    KioskDatabase &m_database;
};
