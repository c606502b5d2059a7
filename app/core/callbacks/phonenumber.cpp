// Phone numbers: a strict character check of our own, then libphonenumber's parsing and metadata.
#include "core/callbacks/phonenumber.h"

#include "core/callbacks/callbackrequest.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber 8.12.57 (Debian 12) takes the fictional 555-0100…555-0199 lines, such as
// 301-555-0142 and 202-555-0100, as valid US numbers, so staff can test the form with them
// without any special case here; tst_phonenumber keeps that true across library updates.
// libphonenumber's own logger is its NullLogger unless someone calls SetLogger, so the numbers
// it reads never reach a log.

namespace {

PhoneParse refused(PhoneProblem problem)
{
    return {std::nullopt, problem};
}

bool isAllowedSign(QChar c)
{
    return c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.';
}

std::optional<PhoneProblem> problemOf(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return std::nullopt;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneProblem::InvalidCountryCode;
    case PhoneNumberUtil::NOT_A_NUMBER:
        return PhoneProblem::NotANumber;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneProblem::TooLong;
    }
    return PhoneProblem::NotANumber;
}

std::optional<PhoneProblem> problemOf(PhoneNumberUtil::ValidationResult result)
{
    switch (result) {
    case PhoneNumberUtil::IS_POSSIBLE:
        return std::nullopt;
    // Seven digits without the area code: staff could not tell which area to call.
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
    case PhoneNumberUtil::TOO_SHORT:
        return PhoneProblem::TooShort;
    case PhoneNumberUtil::TOO_LONG:
        return PhoneProblem::TooLong;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneProblem::InvalidCountryCode;
    // Between the shortest and longest lengths, but a length the region never uses.
    case PhoneNumberUtil::INVALID_LENGTH:
        return PhoneProblem::NotANumber;
    }
    return PhoneProblem::NotANumber;
}

} // namespace

PhoneNumberParser::PhoneNumberParser(const QString &defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper())
{
}

PhoneParse PhoneNumberParser::parse(const QString &typed) const
{
    const QString trimmed = typed.trimmed();

    // Our own check comes first: libphonenumber would quietly read letters as keypad digits
    // (1-800-FLOWERS) and cut off anything after "ext" or "#", so a typo could still pass.
    std::string ascii;
    ascii.reserve(size_t(trimmed.size()));
    bool hasDigit = false;
    for (const QChar c : trimmed) {
        if (c.isDigit()) {
            // Any script's decimal digits (full-width, Arabic-Indic) mean the same number.
            ascii += char('0' + c.digitValue());
            hasDigit = true;
        } else if (c.category() == QChar::Separator_Space) {
            ascii += ' ';
        } else if (isAllowedSign(c)) {
            ascii += char(c.unicode());
        } else {
            return refused(PhoneProblem::NotDigits);
        }
    }
    if (!hasDigit)
        return refused(PhoneProblem::Empty);

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (const auto problem = problemOf(util.Parse(ascii, m_region.toStdString(), &number)))
        return refused(*problem);
    // E.164 has no room for an extension; dropping it would lose digits the visitor typed.
    if (number.has_extension())
        return refused(PhoneProblem::NotANumber);
    if (const auto problem = problemOf(util.IsPossibleNumberWithReason(number)))
        return refused(*problem);
    if (!util.IsValidNumber(number))
        return refused(PhoneProblem::NotANumber);

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    // Stored as libphonenumber reads its own E.164 back: it reads Mexico's old "01 1 55…" as
    // +52 1 55…, but "+52 1 55…" as +52 55…, and one caller must have one number.
    PhoneNumber readBack;
    if (util.Parse(e164, "ZZ", &readBack) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(readBack))
        util.Format(readBack, PhoneNumberUtil::E164, &e164);
    const QString result = QString::fromStdString(e164);
    // The database holds at most this many; libphonenumber's metadata should never exceed it.
    if (result.size() > CallbackLimits::phoneLength)
        return refused(PhoneProblem::TooLong);
    return {result, PhoneProblem::None};
}

QString PhoneNumberParser::formatNational(const QString &e164) const
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // "ZZ": no default region, so only a number that starts with "+" reads.
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;

    std::string numberRegion;
    util.GetRegionCodeForNumber(number, &numberRegion);
    const auto format = QString::fromStdString(numberRegion) == m_region ? PhoneNumberUtil::NATIONAL
                                                                         : PhoneNumberUtil::INTERNATIONAL;
    std::string formatted;
    util.Format(number, format, &formatted);
    // Only signs the form accepts, so that staff can type what they see: libphonenumber
    // writes some regions' numbers with a slash ("+421 2/746 900 18").
    const QString shown = QString::fromStdString(formatted).replace(u'/', u' ');
    // And a national form that reads back as the same number: for Gabon's +241 7469001
    // libphonenumber shows "07 46 90 01", which it reads as another number.
    if (format == PhoneNumberUtil::NATIONAL && parse(shown).e164 != parse(e164).e164) {
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        return QString::fromStdString(formatted).replace(u'/', u' ');
    }
    return shown;
}
