// The call-back list as CSV, for spreadsheets.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/export/exportcontext.h"

#include <QList>
#include <QStringList>

#include <optional>

class QIODevice;

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
//
// Returns nothing when it wrote everything, or a sentence for staff saying what failed; the variant
// taking a path writes through writeFileAtomically (owner-only, all or nothing), and its error names
// the path.
QStringList callbackCsvHeader();
[[nodiscard]] std::optional<QString> writeCallbackCsv(QIODevice &device, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context);
[[nodiscard]] std::optional<QString> writeCallbackCsv(const QString &path, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context);
