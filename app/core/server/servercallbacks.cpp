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

StoreResult<QList<ServerCallback>> ServerCallbacks::requests(const CallbackFilter &filter) const
{
    using SqlValues::utcFrom;
    QStringList conditions;
    QVariantList values;
    if (filter.status) {
        conditions.append(QStringLiteral("status = ?"));
        values.append(storageName(*filter.status));
    }
    if (!filter.officeId.isEmpty()) {
        conditions.append(QStringLiteral("office = ?"));
        values.append(filter.officeId);
    }
    if (filter.fromUtc.isValid()) {
        conditions.append(QStringLiteral("created_utc >= ?"));
        values.append(SqlValues::utcText(filter.fromUtc));
    }
    if (filter.untilUtc.isValid()) {
        conditions.append(QStringLiteral("created_utc < ?"));
        values.append(SqlValues::utcText(filter.untilUtc));
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
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
