// The visitor's call-back form, every field as typed. A request that passes is
// what staff see and call: clean text within the limits, and checking it again
// changes nothing.
#include "core/callbacks/callbackvalidator.h"

#include "fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

QString field(FuzzedDataProvider &input, size_t maximum)
{
    return QString::fromStdString(input.ConsumeRandomLengthString(maximum));
}

bool hasControlCharacter(const QString &text, bool lineFeedAllowed)
{
    for (const uint codePoint : text.toUcs4()) {
        if (codePoint == '\n' && lineFeedAllowed)
            continue;
        if (QChar::category(char32_t(codePoint)) == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QStringList offices = {QStringLiteral("waldorf"), QStringLiteral("la-plata")};
    static const QStringList topics = {QStringLiteral("knee-pain"), QStringLiteral("migraine")};
    static const CallbackValidator validator(offices, topics, QStringLiteral("US"), QStringLiteral("1/90d"));
    static const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);

    FuzzedDataProvider input(data, size);
    CallbackDraft draft;
    draft.firstName = field(input, 80);
    draft.phone = field(input, 40);
    draft.officeId = input.ConsumeBool() ? offices.at(input.ConsumeIntegralInRange(0, 1)) : field(input, 20);
    draft.topicSlug = input.ConsumeBool() ? topics.at(input.ConsumeIntegralInRange(0, 1)) : field(input, 20);
    draft.language = field(input, 10);
    draft.consentGiven = input.ConsumeBool();
    draft.voicemailOk = input.ConsumeBool();
    draft.textOk = input.ConsumeBool();
    draft.note = QString::fromStdString(input.ConsumeRemainingBytesAsString());

    const CallbackValidation result = validator.validate(draft, now);
    Fuzz::check(result.request.has_value() == result.problems.isEmpty(),
                "a request is made exactly when no field has a problem");
    for (qsizetype i = 1; i < result.problems.size(); ++i) {
        Fuzz::check(int(result.problems.at(i - 1).field) < int(result.problems.at(i).field),
                    "at most one problem per field, in the form's order");
    }
    for (const FieldProblem &problem : result.problems)
        Fuzz::check(!problem.message.isEmpty(), "every problem says what to fix");
    if (!result.request)
        return 0;

    const CallbackRequest &request = *result.request;
    Fuzz::check(!request.firstName.isEmpty() && CallbackLimits::lengthOf(request.firstName) <= CallbackLimits::firstNameLength
                    && !hasControlCharacter(request.firstName, false),
                "a first name is one clean line within its limit", request.firstName);
    Fuzz::check(CallbackLimits::lengthOf(request.note) <= CallbackLimits::noteLength
                    && !hasControlCharacter(request.note, true),
                "a note is clean text within its limit", request.note);
    Fuzz::check(request.firstName == request.firstName.normalized(QString::NormalizationForm_C)
                    && request.note == request.note.normalized(QString::NormalizationForm_C),
                "names and notes are stored in NFC");
    Fuzz::check(offices.contains(request.officeId), "the office is one the form offers", request.officeId);
    Fuzz::check(request.topicSlug.isEmpty() || topics.contains(request.topicSlug), "the topic is one the form offers",
                request.topicSlug);
    Fuzz::check(CallbackLimits::lengthOf(request.language) <= CallbackLimits::shortFieldLength
                    && CallbackLimits::lengthOf(request.consentVersion) <= CallbackLimits::shortFieldLength,
                "the language and consent version fit their column");

    CallbackDraft again = draft;
    again.firstName = request.firstName;
    again.phone = request.phoneE164;
    again.note = request.note;
    const CallbackValidation second = validator.validate(again, now);
    Fuzz::check(second.request && second.request->firstName == request.firstName
                    && second.request->phoneE164 == request.phoneE164 && second.request->note == request.note,
                "a request's own values pass the form again unchanged", request.firstName + u'|' + request.note);
    return 0;
}
