// The call-back list as JSON, exact, for other programs.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/export/exportcontext.h"

#include <QJsonDocument>
#include <QList>

#include <optional>

// JSON, UTF-8: {"clinic", "generated_utc", "selection", "requests": [{"id", "created_utc", "first_name",
// "phone_e164", "office", "office_name", "best_time", "topic_slug", "topic_title", "language", "note",
// "voicemail_ok", "text_ok", "consent_version", "consent_utc", "status", "status_changed_utc"}]}.
// Values are exact: times in ISO 8601 UTC with milliseconds ("2026-11-25T14:03:07.250Z", null when
// not set), best_time and status as their storage names ("afternoon", "no_answer"), phones in E.164.
// writeCallbackJson returns nothing when it wrote everything, or a sentence for staff saying what
// failed, naming the path; it writes through writeFileAtomically (owner-only, all or nothing).
QJsonDocument callbackJson(const QList<CallbackRequest> &requests, const ExportContext &context);
[[nodiscard]] std::optional<QString> writeCallbackJson(const QString &path, const QList<CallbackRequest> &requests,
                                                       const ExportContext &context);
