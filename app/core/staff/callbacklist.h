// Where the staff desk's call-back list lives: the kiosk's own database
// (CallbackStore) or, on the front-desk PC, the clinic's server
// (ServerCallbacks). The staff screen and its exports work on either.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/storage/kioskdatabase.h"
#include "core/storage/sqlvalues.h"

#include <QMap>
#include <QStringList>
#include <QVariantList>

// Which requests a list or an export shows; empty parts match everything.
struct CallbackFilter
{
    std::optional<CallbackStatus> status;
    QString officeId;
    QDateTime fromUtc;   // created at or after
    QDateTime untilUtc;  // created before
};

// The filter as SQL: " WHERE …" (or nothing) and its values in order. The
// same text serves the kiosk's SQLite file and the clinic's PostgreSQL server.
struct FilterClause
{
    QString where;
    QVariantList values;
};

inline FilterClause sqlWhere(const CallbackFilter &filter)
{
    QStringList conditions;
    FilterClause clause;
    if (filter.status) {
        conditions.append(QStringLiteral("status = ?"));
        clause.values.append(storageName(*filter.status));
    }
    if (!filter.officeId.isEmpty()) {
        conditions.append(QStringLiteral("office = ?"));
        clause.values.append(filter.officeId);
    }
    if (filter.fromUtc.isValid()) {
        conditions.append(QStringLiteral("created_utc >= ?"));
        clause.values.append(SqlValues::utcText(filter.fromUtc));
    }
    if (filter.untilUtc.isValid()) {
        conditions.append(QStringLiteral("created_utc < ?"));
        clause.values.append(SqlValues::utcText(filter.untilUtc));
    }
    if (!conditions.isEmpty())
        clause.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return clause;
}

class CallbackList
{
public:
    virtual ~CallbackList() = default;

    // Oldest first.
    [[nodiscard]] virtual StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter) = 0;
    // New requests per office id.
    [[nodiscard]] virtual StoreResult<QMap<QString, int>> newRequestsByOffice() = 0;
    // Every request of `ids` or none.
    [[nodiscard]] virtual std::optional<StoreFailure> setStatus(const QStringList &ids, CallbackStatus status,
                                                                const QDateTime &whenUtc) = 0;
    // Deleted for good, and audited.
    [[nodiscard]] virtual DeletionResult remove(const QStringList &ids) = 0;
    // An export or a print, in the audit trail of the list's own database.
    [[nodiscard]] virtual std::optional<StoreFailure> recordAudit(const QString &action, int rows,
                                                                  const QString &detail) = 0;
};
