// The call-back list as pages: a PDF file, or a printer's paper.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/export/exportcontext.h"

#include <QList>
#include <QPageSize>

#include <optional>

class QPagedPaintDevice;

// The paper the clinic's printer most likely holds: Letter in the countries that use it, else A4.
QPageSize defaultPageSize(const QString &phoneRegion);

// The printable list: on every page a header (clinic, "Call-back requests", selection, when it was
// made, "page N of M"), then one row per request (received, first name, phone, office, best time,
// topic, status) with its note on up to three smaller lines below. Rows never split across pages.
// Needs a QGuiApplication (the offscreen platform will do) for the fonts.
// Returns nothing when it wrote everything, or a sentence for staff saying what failed, naming the
// path; it writes through writeFileAtomically (owner-only, all or nothing).
[[nodiscard]] std::optional<QString> writeCallbackPdf(const QString &path, const QList<CallbackRequest> &requests,
                                                      const ExportContext &context, const QPageSize &pageSize);
// The same list painted on a device set up by the caller (a QPrinter, a QPdfWriter), in its page
// layout; the painting is begun and ended here. A failure comes back as a phrase to follow
// "Could not print: ".
[[nodiscard]] std::optional<QString> paintCallbackList(QPagedPaintDevice &device, const QList<CallbackRequest> &requests,
                                                       const ExportContext &context);
