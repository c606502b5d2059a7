// Call-back requests to JSON objects.
#include "core/export/jsonexport.h"

#include "core/export/atomicfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QJsonValue utcValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QJsonDocument callbackJson(const QList<CallbackRequest> &requests, const ExportContext &context)
{
    QJsonArray list;
    for (const CallbackRequest &request : requests) {
        list.append(QJsonObject {
            {QStringLiteral("id"), request.id},
            {QStringLiteral("created_utc"), utcValue(request.createdUtc)},
            {QStringLiteral("first_name"), request.firstName},
            {QStringLiteral("phone_e164"), request.phoneE164},
            {QStringLiteral("office"), request.officeId},
            {QStringLiteral("office_name"), context.officeName(request.officeId)},
            {QStringLiteral("best_time"), storageName(request.bestTime)},
            {QStringLiteral("topic_slug"), request.topicSlug},
            {QStringLiteral("topic_title"), context.topicTitle(request.topicSlug)},
            {QStringLiteral("language"), request.language},
            {QStringLiteral("note"), request.note},
            {QStringLiteral("voicemail_ok"), request.voicemailOk},
            {QStringLiteral("text_ok"), request.textOk},
            {QStringLiteral("consent_version"), request.consentVersion},
            {QStringLiteral("consent_utc"), utcValue(request.consentUtc)},
            {QStringLiteral("status"), storageName(request.status)},
            {QStringLiteral("status_changed_utc"), utcValue(request.statusChangedUtc)},
        });
    }
    return QJsonDocument(QJsonObject {
        {QStringLiteral("clinic"), context.clinicName},
        {QStringLiteral("generated_utc"), utcValue(context.generatedUtc)},
        {QStringLiteral("selection"), context.selectionDescription},
        {QStringLiteral("requests"), list},
    });
}

std::optional<QString> writeCallbackJson(const QString &path, const QList<CallbackRequest> &requests,
                                         const ExportContext &context)
{
    return writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        const QByteArray json = callbackJson(requests, context).toJson(QJsonDocument::Indented);
        if (device.write(json) != json.size())
            return device.errorString();
        return std::nullopt;
    });
}
