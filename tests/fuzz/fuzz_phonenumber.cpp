// The phone number a visitor types, read into E.164 with libphonenumber. A
// number accepted once is stored; reading it again must give it back unchanged.
#include "core/callbacks/phonenumber.h"

#include "core/callbacks/callbackrequest.h"

#include "fuzzcheck.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first line picks the kiosk's region; the rest is what the visitor typed.
    const QString text = Fuzz::textOf(data, size);
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString region = lineEnd < 0 ? QStringLiteral("US") : text.left(std::min<qsizetype>(lineEnd, 3));
    const QString typed = lineEnd < 0 ? text : text.mid(lineEnd + 1);

    const PhoneNumberParser parser(region);
    const PhoneParse parsed = parser.parse(typed);
    Fuzz::check(parsed.e164.has_value() == (parsed.problem == PhoneProblem::None),
                "a number is given exactly when there is no problem");
    if (!parsed.e164)
        return 0;
    const QString e164 = *parsed.e164;
    static const QRegularExpression e164Pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    Fuzz::check(e164Pattern.match(e164).hasMatch() && e164.size() <= CallbackLimits::phoneLength,
                "an accepted number is E.164", e164);

    const PhoneParse again = parser.parse(e164);
    Fuzz::check(again.e164 == e164, "reading the stored number again gives it back", e164);
    const QString shown = parser.formatNational(e164);
    const PhoneParse fromShown = parser.parse(shown);
    Fuzz::check(fromShown.e164 == e164, "the number as shown to staff reads back as the stored one",
                e164 + QStringLiteral(" shown as ") + shown);
    for (const char *otherRegion : {"US", "MX", "GB"}) {
        const PhoneParse elsewhere = PhoneNumberParser(QString::fromLatin1(otherRegion)).parse(e164);
        Fuzz::check(elsewhere.e164 == e164, "a number with its + means the same in every region", e164);
    }
    return 0;
}
