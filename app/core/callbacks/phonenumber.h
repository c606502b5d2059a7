// Reads the phone number a visitor typed into E.164, and shows a stored number back, using libphonenumber.
#pragma once

#include <QString>

#include <optional>

// Why a typed phone number can't be used; the form shows one message per case.
enum class PhoneProblem {
    None,
    Empty,               // no digit at all: blank, or only spaces and signs
    NotDigits,           // a letter or a sign other than space + - ( ) .
    TooShort,            // too few digits, or no area code
    TooLong,             // too many digits
    InvalidCountryCode,  // "+999 …": no country has that code
    NotANumber,          // of a possible length, but no region uses such a number
};

struct PhoneParse
{
    std::optional<QString> e164;  // "+13015550142"; set exactly when problem is None
    PhoneProblem problem = PhoneProblem::None;
};

class PhoneNumberParser
{
public:
    // `defaultRegion` is an ISO 3166 code ("US"): the country of numbers typed without "+".
    explicit PhoneNumberParser(const QString &defaultRegion);

    QString region() const { return m_region; }

    [[nodiscard]] PhoneParse parse(const QString &typed) const;

    // "(301) 555-0142" for a number of the kiosk's own region, "+44 20 7946 0018" for
    // any other. Returns `e164` unchanged if it isn't a number libphonenumber can read.
    QString formatNational(const QString &e164) const;

private:
    QString m_region;
};
