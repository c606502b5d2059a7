// Call-back requests to CSV rows.
#include "core/export/csvexport.h"

#include "core/callbacks/callbackwords.h"
#include "core/export/atomicfile.h"
#include "core/export/callbacktexts.h"
#include "core/export/csvwriter.h"

#include <algorithm>

namespace {
// The form a spreadsheet keeps as text (see csvexport.h). A region whose national form is digits
// only would lose its leading zero as a number; there the international form is safer.
QString phoneForSpreadsheet(CallbackTexts &texts, const QString &e164)
{
    const QString shown = texts.phone(e164);
    const bool digitsOnly = std::all_of(shown.cbegin(), shown.cend(), [](QChar c) { return c.isDigit(); });
    return digitsOnly ? e164 : shown;
}
} // namespace

QStringList callbackCsvHeader()
{
    return {
        CallbackTexts::tr("Received"),     CallbackTexts::tr("First name"), CallbackTexts::tr("Phone"),
        CallbackTexts::tr("Office"),       CallbackTexts::tr("Best time"),  CallbackTexts::tr("Topic"),
        CallbackTexts::tr("Note"),         CallbackTexts::tr("Voicemail OK"), CallbackTexts::tr("Text OK"),
        CallbackTexts::tr("Status"),       CallbackTexts::tr("Status changed"), CallbackTexts::tr("Language"),
        CallbackTexts::tr("Request id"),
    };
}

std::optional<QString> writeCallbackCsv(QIODevice &device, const QList<CallbackRequest> &requests,
                                        const ExportContext &context)
{
    CallbackTexts texts(context);
    texts.formatPhonesAhead(requests);
    CsvWriter csv(device);
    if (const auto failure = csv.writeRow(callbackCsvHeader()))
        return failure;
    for (const CallbackRequest &request : requests) {
        const QStringList row = {
            context.localTime(request.createdUtc),
            request.firstName,
            phoneForSpreadsheet(texts, request.phoneE164),
            context.officeName(request.officeId),
            CallbackWords::bestTime(request.bestTime),
            context.topicTitle(request.topicSlug),
            request.note,
            CallbackWords::yesNo(request.voicemailOk),
            CallbackWords::yesNo(request.textOk),
            CallbackWords::status(request.status),
            context.localTime(request.statusChangedUtc),
            request.language,
            request.id,
        };
        if (const auto failure = csv.writeRow(row))
            return failure;
    }
    return std::nullopt;
}

std::optional<QString> writeCallbackCsv(const QString &path, const QList<CallbackRequest> &requests,
                                        const ExportContext &context)
{
    return writeFileAtomically(path, [&](QIODevice &device) { return writeCallbackCsv(device, requests, context); });
}
