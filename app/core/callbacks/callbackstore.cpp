// Call-back requests on the kiosk database.
#include "core/callbacks/callbackstore.h"

#include "core/audit/auditlog.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

using SqlValues::text;
using SqlValues::utcText;
using SqlValues::utcFrom;

namespace {
const QString requestColumns = QStringLiteral(
    "id, created_utc, first_name, phone_e164, office, best_time, topic_slug, language, note, voicemail_ok, text_ok,"
    " consent_version, consent_utc, status, status_changed_utc");

// The limits again in C++, counted in code points: SQLite's length() stops
// at a NUL, so the schema's CHECKs alone would let a long text through.
[[nodiscard]] std::optional<QString> brokenLimit(const CallbackRequest &request)
{
    const struct
    {
        const QString &value;
        int limit;
        const char *name;
    } fields[] = {
        {request.firstName, CallbackLimits::firstNameLength, "first name"},
        {request.phoneE164, CallbackLimits::phoneLength, "phone number"},
        {request.note, CallbackLimits::noteLength, "note"},
        {request.officeId, CallbackLimits::shortFieldLength, "office"},
        {request.topicSlug, CallbackLimits::shortFieldLength, "topic"},
        {request.language, CallbackLimits::shortFieldLength, "language"},
        {request.consentVersion, CallbackLimits::shortFieldLength, "consent version"},
    };
    for (const auto &field : fields) {
        if (CallbackLimits::lengthOf(field.value) > field.limit)
            return QStringLiteral("the %1 is longer than %2 characters").arg(QLatin1String(field.name)).arg(field.limit);
    }
    return std::nullopt;
}

CallbackRequest requestFrom(const QSqlQuery &query)
{
    CallbackRequest request;
    request.id = query.value(0).toString();
    request.createdUtc = utcFrom(query.value(1));
    request.firstName = query.value(2).toString();
    request.phoneE164 = query.value(3).toString();
    request.officeId = query.value(4).toString();
    request.bestTime = bestTimeFromStorageName(query.value(5).toString()).value_or(BestTimeToCall::AnyTime);
    request.topicSlug = query.value(6).toString();
    request.language = query.value(7).toString();
    request.note = query.value(8).toString();
    request.voicemailOk = query.value(9).toInt() != 0;
    request.textOk = query.value(10).toInt() != 0;
    request.consentVersion = query.value(11).toString();
    request.consentUtc = utcFrom(query.value(12));
    request.status = statusFromStorageName(query.value(13).toString()).value_or(CallbackStatus::New);
    request.statusChangedUtc = utcFrom(query.value(14));
    return request;
}
} // namespace

CallbackStore::CallbackStore(KioskDatabase &database) : m_database(database)
{
}

std::optional<StoreFailure> CallbackStore::save(const CallbackRequest &request)
{
    if (const std::optional<QString> limit = brokenLimit(request))
        return StoreFailure{StoreFailure::Kind::Rejected, *limit};
    return m_database.write(QStringLiteral("saving a request"), [&]() -> std::optional<StoreFailure> {
        // A retried save of the same request finds its id taken and adds nothing.
        return m_database
            .run(QStringLiteral("INSERT INTO callback_requests (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (id) DO NOTHING")
                     .arg(requestColumns),
                 {text(request.id), text(utcText(request.createdUtc)), text(request.firstName),
                  text(request.phoneE164), text(request.officeId), text(storageName(request.bestTime)),
                  text(request.topicSlug), text(request.language), text(request.note), int(request.voicemailOk),
                  int(request.textOk), text(request.consentVersion), text(utcText(request.consentUtc)),
                  text(storageName(request.status)), SqlValues::optionalUtc(request.statusChangedUtc)},
                 QStringLiteral("saving a request"))
            .failure;
    });
}

StoreResult<QList<CallbackRequest>> CallbackStore::requests(const CallbackFilter &filter)
{
    const auto [where, values] = sqlWhere(filter);
    StoreResult<QList<CallbackRequest>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT %1 FROM callback_requests%2 ORDER BY row").arg(requestColumns, where), values,
        QStringLiteral("reading requests"), [&](const QSqlQuery &row) { result.value.append(requestFrom(row)); });
    return result;
}

StoreResult<QMap<QString, int>> CallbackStore::newRequestsByOffice()
{
    StoreResult<QMap<QString, int>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT office, count(*) FROM callback_requests WHERE status = 'new' GROUP BY office"), {},
        QStringLiteral("counting new requests"),
        [&](const QSqlQuery &row) { result.value.insert(row.value(0).toString(), row.value(1).toInt()); });
    return result;
}

std::optional<StoreFailure> CallbackStore::setStatus(const QString &id, CallbackStatus status, const QDateTime &whenUtc)
{
    return setStatus(QStringList{id}, status, whenUtc);
}

std::optional<StoreFailure> CallbackStore::setStatus(const QStringList &ids, CallbackStatus status, const QDateTime &whenUtc)
{
    const QString during = ids.size() == 1 ? QStringLiteral("changing a request's status")
                                           : QStringLiteral("changing the status of %1 requests").arg(ids.size());
    return m_database.write(during, [&]() -> std::optional<StoreFailure> {
        for (const QString &id : ids) {
            const StoreResult<int> changed = m_database.run(
                QStringLiteral("UPDATE callback_requests SET status = ?, status_changed_utc = ? WHERE id = ?"),
                {storageName(status), utcText(whenUtc), text(id)}, during);
            if (changed.failure)
                return changed.failure;
            if (changed.value != 1)
                return StoreFailure{StoreFailure::Kind::Rejected, QStringLiteral("no such request")};
        }
        return std::nullopt;
    });
}

DeletionResult CallbackStore::remove(const QStringList &ids)
{
    return m_database.deleteForGood(QStringLiteral("deleting requests"), [&]() -> StoreResult<int> {
        StoreResult<int> deleted;
        for (const QString &id : ids) {
            const StoreResult<int> removed = m_database.run(QStringLiteral("DELETE FROM callback_requests WHERE id = ?"),
                                                            {text(id)}, QStringLiteral("deleting requests"));
            if (removed.failure)
                return {0, removed.failure};
            deleted.value += removed.value;
        }
        deleted.failure = AuditLog(m_database).record(QStringLiteral("delete"), deleted.value);
        return deleted;
    });
}

std::optional<StoreFailure> CallbackStore::recordAudit(const QString &action, int rows, const QString &detail)
{
    return AuditLog(m_database).record(action, rows, detail);
}

DeletionResult CallbackStore::purge(int doneDays, int allDays, const QDateTime &nowUtc)
{
    return m_database.deleteForGood(QStringLiteral("applying retention"), [&]() -> StoreResult<int> {
        StoreResult<int> removed = m_database.run(
            QStringLiteral("DELETE FROM callback_requests WHERE (status = 'done' AND status_changed_utc < ?)"
                           " OR created_utc < ?"),
            {utcText(nowUtc.addDays(-doneDays)), utcText(nowUtc.addDays(-allDays))},
            QStringLiteral("applying retention"));
        if (removed.failure)
            return removed;
        removed.failure = AuditLog(m_database)
                              .record(QStringLiteral("purge"), removed.value,
                                      QStringLiteral("done after %1 days, all after %2 days").arg(doneDays).arg(allDays));
        return removed;
    });
}

ForwardedPurge CallbackStore::purgeForwarded(int doneDays, int allDays, const QDateTime &nowUtc)
{
    ForwardedPurge result;
    result.deletion = m_database.deleteForGood(QStringLiteral("applying retention"), [&]() -> StoreResult<int> {
        const QString allBefore = utcText(nowUtc.addDays(-allDays));
        StoreResult<int> never;
        never.failure = m_database.forEachRow(
            QStringLiteral("SELECT count(*) FROM callback_requests WHERE created_utc < ? AND forwarded_utc IS NULL"),
            {allBefore}, QStringLiteral("applying retention"),
            [&](const QSqlQuery &row) { result.neverForwarded = row.value(0).toInt(); });
        if (never.failure)
            return never;
        StoreResult<int> removed = m_database.run(
            QStringLiteral("DELETE FROM callback_requests WHERE (status = 'done' AND status_changed_utc < ?"
                           " AND forwarded_utc IS NOT NULL AND status_forwarded_utc IS status_changed_utc)"
                           " OR created_utc < ?"),
            {utcText(nowUtc.addDays(-doneDays)), allBefore}, QStringLiteral("applying retention"));
        if (removed.failure)
            return removed;
        removed.failure =
            AuditLog(m_database)
                .record(QStringLiteral("purge"), removed.value,
                        QStringLiteral("done after %1 days once forwarded, all after %2 days; %3 never forwarded")
                            .arg(doneDays)
                            .arg(allDays)
                            .arg(result.neverForwarded));
        return removed;
    });
    if (!result.deletion.committed())
        result.neverForwarded = 0;
    return result;
}

StoreResult<QList<CallbackRequest>> CallbackStore::unforwarded(int limit)
{
    StoreResult<QList<CallbackRequest>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT %1 FROM callback_requests WHERE forwarded_utc IS NULL ORDER BY row LIMIT ?")
            .arg(requestColumns),
        {limit}, QStringLiteral("reading the requests to forward"),
        [&](const QSqlQuery &row) { result.value.append(requestFrom(row)); });
    return result;
}

StoreResult<QList<StatusChange>> CallbackStore::unforwardedStatusChanges(int limit)
{
    StoreResult<QList<StatusChange>> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT id, status, status_changed_utc FROM callback_requests"
                       " WHERE forwarded_utc IS NOT NULL AND status_changed_utc IS NOT NULL"
                       " AND status_forwarded_utc IS NOT status_changed_utc ORDER BY row LIMIT ?"),
        {limit}, QStringLiteral("reading the status changes to forward"), [&](const QSqlQuery &row) {
            result.value.append({row.value(0).toString(),
                                 statusFromStorageName(row.value(1).toString()).value_or(CallbackStatus::New),
                                 utcFrom(row.value(2))});
        });
    return result;
}

StoreResult<int> CallbackStore::unforwardedCount()
{
    StoreResult<int> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT count(*) FROM callback_requests WHERE forwarded_utc IS NULL"), {},
        QStringLiteral("counting the requests to forward"), [&](const QSqlQuery &row) { result.value = row.value(0).toInt(); });
    return result;
}

std::optional<StoreFailure> CallbackStore::markForwarded(const QList<CallbackRequest> &sent, const QDateTime &nowUtc)
{
    const QString during = QStringLiteral("marking requests forwarded");
    return m_database.write(during, [&]() -> std::optional<StoreFailure> {
        for (const CallbackRequest &request : sent) {
            // A request deleted meanwhile (by staff) changes nothing: it is on the server all the same.
            const StoreResult<int> marked = m_database.run(
                QStringLiteral("UPDATE callback_requests SET forwarded_utc = ?, status_forwarded_utc = ? WHERE id = ?"),
                {utcText(nowUtc), SqlValues::optionalUtc(request.statusChangedUtc), text(request.id)}, during);
            if (marked.failure)
                return marked.failure;
        }
        return std::nullopt;
    });
}

std::optional<StoreFailure> CallbackStore::markStatusForwarded(const QList<StatusChange> &sent)
{
    const QString during = QStringLiteral("marking status changes forwarded");
    return m_database.write(during, [&]() -> std::optional<StoreFailure> {
        for (const StatusChange &change : sent) {
            const StoreResult<int> marked =
                m_database.run(QStringLiteral("UPDATE callback_requests SET status_forwarded_utc = ? WHERE id = ?"),
                               {utcText(change.changedUtc), text(change.id)}, during);
            if (marked.failure)
                return marked.failure;
        }
        return std::nullopt;
    });
}
