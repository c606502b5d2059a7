// Reading the server's call-back list. Times come back as the kiosk writes
// them (UTC, milliseconds), so a request reads the same on both sides.
#include "core/server/servercallbacks.h"

#include "core/storage/sqlvalues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString utcColumn(const char *column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(QLatin1String(column));
}

StoreFailure failureOf(const QSqlError &error, const QString &during)
{
    return StoreFailure{StoreFailure::Kind::Unavailable,
                        QStringLiteral("the server: %1 (while %2)").arg(error.text().simplified(), during)};
}
} // namespace

ServerCallbacks::ServerCallbacks(const QString &connectionName) : m_connectionName(connectionName)
{
}

StoreResult<QList<ServerCallback>> ServerCallbacks::withKiosks(const CallbackFilter &filter) const
{
    using SqlValues::utcFrom;
    const auto [where, values] = sqlWhere(filter);
    StoreResult<QList<ServerCallback>> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id::text, %1, first_name, phone_e164, office, best_time, topic_slug, language,"
                                 " note, voicemail_ok, text_ok, consent_version, %2, status, %3, kiosk"
                                 " FROM callback_requests%4 ORDER BY created_utc, id")
                      .arg(utcColumn("created_utc"), utcColumn("consent_utc"), utcColumn("status_changed_utc"), where));
    for (int index = 0; index < values.size(); ++index)
        query.bindValue(index, values[index]);
    if (!query.exec()) {
        result.failure = failureOf(query.lastError(), QStringLiteral("reading requests"));
        return result;
    }
    while (query.next()) {
        ServerCallback callback;
        CallbackRequest &request = callback.request;
        request.id = query.value(0).toString();
        request.createdUtc = utcFrom(query.value(1));
        request.firstName = query.value(2).toString();
        request.phoneE164 = query.value(3).toString();
        request.officeId = query.value(4).toString();
        request.bestTime = bestTimeFromStorageName(query.value(5).toString()).value_or(BestTimeToCall::AnyTime);
        request.topicSlug = query.value(6).toString();
        request.language = query.value(7).toString();
        request.note = query.value(8).toString();
        request.voicemailOk = query.value(9).toBool();
        request.textOk = query.value(10).toBool();
        request.consentVersion = query.value(11).toString();
        request.consentUtc = utcFrom(query.value(12));
        request.status = statusFromStorageName(query.value(13).toString()).value_or(CallbackStatus::New);
        request.statusChangedUtc = utcFrom(query.value(14));
        callback.kiosk = query.value(15).toString();
        result.value.append(callback);
    }
    return result;
}

StoreResult<QList<CallbackRequest>> ServerCallbacks::requests(const CallbackFilter &filter)
{
    const StoreResult<QList<ServerCallback>> callbacks = withKiosks(filter);
    StoreResult<QList<CallbackRequest>> result;
    result.failure = callbacks.failure;
    result.value.reserve(callbacks.value.size());
    for (const ServerCallback &callback : callbacks.value) {
        result.value.append(callback.request);
        result.value.last().kiosk = callback.kiosk;
    }
    return result;
}

StoreResult<QMap<QString, int>> ServerCallbacks::newRequestsByOffice()
{
    StoreResult<QMap<QString, int>> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT office, count(*) FROM callback_requests WHERE status = 'new' GROUP BY office"))) {
        result.failure = failureOf(query.lastError(), QStringLiteral("counting new requests"));
        return result;
    }
    while (query.next())
        result.value.insert(query.value(0).toString(), query.value(1).toInt());
    return result;
}

std::optional<StoreFailure> ServerCallbacks::setStatus(const QStringList &ids, CallbackStatus status,
                                                       const QDateTime &whenUtc)
{
    const QString during = QStringLiteral("changing the status of %1 requests").arg(ids.size());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return failureOf(db.lastError(), during);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE callback_requests SET status = ?, status_changed_utc = ? WHERE id = ?::uuid"));
    for (const QString &id : ids) {
        update.bindValue(0, storageName(status));
        update.bindValue(1, SqlValues::utcText(whenUtc));
        update.bindValue(2, id);
        if (!update.exec() || update.numRowsAffected() != 1) {
            const std::optional<StoreFailure> failure = update.lastError().isValid()
                ? failureOf(update.lastError(), during)
                : StoreFailure{StoreFailure::Kind::Rejected, QStringLiteral("no such request")};
            db.rollback();
            return failure;
        }
    }
    if (!db.commit())
        return failureOf(db.lastError(), during);
    return std::nullopt;
}

DeletionResult ServerCallbacks::remove(const QStringList &ids)
{
    const QString during = QStringLiteral("deleting requests");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return {0, failureOf(db.lastError(), during), std::nullopt};
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM callback_requests WHERE id = ?::uuid"));
    int deleted = 0;
    for (const QString &id : ids) {
        remove.bindValue(0, id);
        if (!remove.exec()) {
            const StoreFailure failure = failureOf(remove.lastError(), during);
            db.rollback();
            return {0, failure, std::nullopt};
        }
        deleted += remove.numRowsAffected();
    }
    if (!db.commit())
        return {0, failureOf(db.lastError(), during), std::nullopt};
    return {deleted, std::nullopt, std::nullopt};
}

std::optional<StoreFailure> ServerCallbacks::recordAudit(const QString &action, int rows, const QString &detail)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO audit_log (action, rows, detail) VALUES (?, ?, ?)"));
    insert.bindValue(0, action);
    insert.bindValue(1, rows);
    insert.bindValue(2, detail.isNull() ? QStringLiteral("") : detail);
    if (!insert.exec())
        return failureOf(insert.lastError(), QStringLiteral("recording %1 in the audit trail").arg(action));
    return std::nullopt;
}

StoreResult<int> ServerCallbacks::purge(int doneDays, int allDays)
{
    const QString during = QStringLiteral("applying retention on the server");
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return {0, failureOf(db.lastError(), during)};
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET LOCAL carekiosk.audit_action = 'purge'"))) {
        const StoreFailure failure = failureOf(query.lastError(), during);
        db.rollback();
        return {0, failure};
    }
    query.prepare(QStringLiteral("DELETE FROM callback_requests WHERE (status = 'done' AND status_changed_utc < now() - ?::interval)"
                                 " OR created_utc < now() - ?::interval"));
    query.bindValue(0, QStringLiteral("%1 days").arg(doneDays));
    query.bindValue(1, QStringLiteral("%1 days").arg(allDays));
    if (!query.exec()) {
        const StoreFailure failure = failureOf(query.lastError(), during);
        db.rollback();
        return {0, failure};
    }
    const int deleted = query.numRowsAffected();
    if (!db.commit())
        return {0, failureOf(db.lastError(), during)};
    return {deleted, std::nullopt};
}
