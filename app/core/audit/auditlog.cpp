// Audit rows in the kiosk database.
#include "core/audit/auditlog.h"

#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

AuditLog::AuditLog(KioskDatabase &database) : m_database(database)
{
}

std::optional<StoreFailure> AuditLog::record(const QString &action, int rows, const QString &detail)
{
    return m_database
        .run(QStringLiteral("INSERT INTO audit_log (created_utc, action, rows, detail) VALUES (?, ?, ?, ?)"),
             {SqlValues::utcText(QDateTime::currentDateTimeUtc()), SqlValues::text(action), rows, SqlValues::text(detail)},
             QStringLiteral("recording an audit entry"))
        .failure;
}

StoreResult<QList<AuditEntry>> AuditLog::entries()
{
    StoreResult<QList<AuditEntry>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT created_utc, action, rows, detail FROM audit_log ORDER BY row DESC"), {},
        QStringLiteral("reading the audit trail"), [&](const QSqlQuery &row) {
            result.value.append({SqlValues::utcFrom(row.value(0)), row.value(1).toString(), row.value(2).toInt(),
                                 row.value(3).toString()});
        });
    return result;
}
