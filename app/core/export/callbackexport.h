// The staff exports of call-back requests: CSV for spreadsheets, JSON for other programs, a printable list (PDF).
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/export/exportcontext.h"

#include <QJsonDocument>
#include <QList>
#include <QPageSize>
#include <QStringList>

#include <optional>

class QIODevice;
class QPagedPaintDevice;

// Every export below returns nothing when it wrote everything, or a sentence for staff saying what
// failed; the variants taking a path write through writeFileAtomically (owner-only, all or nothing),
// and their error names the path.

// CSV, one row per request, in the clinic's words and local time (ExportContext::displayZone):
// Received, First name, Phone, Office, Best time, Topic, Note, Voicemail OK, Text OK, Status,
// Status changed, Language, Request id.
//
// The phone column is written so spreadsheets keep it as text: a number of the kiosk's own region
// (ExportContext::phoneRegion) in national form, "(301) 555-0142", which no spreadsheet reads as a
// number; any other in international form, "+44 20 7946 0018", which starts with "+" and so gets the
// CSV writer's apostrophe like every cell that could start a formula. Raw E.164 ("+13015550142") is
// never written: Excel would take "+442079460018" for the number 442079460018, drop the "+" and show
// 4.42079E+11. The exact E.164 is in the JSON export.
QStringList callbackCsvHeader();
[[nodiscard]] std::optional<QString> writeCallbackCsv(QIODevice &device, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context);
[[nodiscard]] std::optional<QString> writeCallbackCsv(const QString &path, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context);

// JSON, UTF-8: {"clinic", "generated_utc", "selection", "requests": [{"id", "created_utc", "first_name",
// "phone_e164", "office", "office_name", "best_time", "topic_slug", "topic_title", "language", "note",
// "voicemail_ok", "text_ok", "consent_version", "consent_utc", "status", "status_changed_utc"}]}.
// Values are exact: times in ISO 8601 UTC with milliseconds ("2026-11-25T14:03:07.250Z", null when
// not set), best_time and status as their storage names ("afternoon", "no_answer"), phones in E.164.
QJsonDocument callbackJson(const QList<CallbackRequest> &requests, const ExportContext &context);
[[nodiscard]] std::optional<QString> writeCallbackJson(const QString &path, const QList<CallbackRequest> &requests,
                                                       const ExportContext &context);

// The paper the clinic's printer most likely holds: Letter in the countries that use it, else A4.
QPageSize defaultPageSize(const QString &phoneRegion);

// The printable list: on every page a header (clinic, "Call-back requests", selection, when it was
// made, "page N of M"), then one row per request (received, first name, phone, office, best time,
// topic, status) with its note on up to three smaller lines below. Rows never split across pages.
// Needs a QGuiApplication (the offscreen platform will do) for the fonts.
[[nodiscard]] std::optional<QString> writeCallbackPdf(const QString &path, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context, const QPageSize &pageSize);
// The same list painted on a device set up by the caller (a QPrinter, a QPdfWriter), in its page
// layout; the painting is begun and ended here. A failure comes back as a phrase to follow
// "Could not print: ".
[[nodiscard]] std::optional<QString> paintCallbackList(QPagedPaintDevice &device, const QList<CallbackRequest> &requests,
                                                       const ExportContext &context);
