// The rules of the call-back form, one check per field. Nothing here logs: every value is the visitor's.
#include "core/callbacks/callbackvalidator.h"

#include "core/callbacks/consent.h"

#include <QUuid>

#include <algorithm>

namespace {

// A field's value after its check: the normalised text, or the message to show instead.
struct Checked
{
    QString value;
    std::optional<QString> problem;
};

Checked accepted(const QString &value)
{
    return {value, std::nullopt};
}

Checked refused(const QString &message)
{
    return {QString(), message};
}

// Invisible marks that reorder the text around them: a name could show as one thing on the
// staff screen and be stored as another ("Trojan Source").
bool isBidiFormatting(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

enum class LineFeeds { Refused, Allowed };

// Control characters (Cc: NUL, TAB, CR, LF…), bidi formatting characters, and half a surrogate
// pair, which no keyboard makes. Zero-width joiners and variation selectors are not among them,
// so emoji sequences stay whole.
bool hasHiddenCharacter(QStringView text, LineFeeds lineFeeds)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (text[i].isSurrogate()) {
            return true;
        }
        if (codePoint == U'\n' && lineFeeds == LineFeeds::Allowed)
            continue;
        if (QChar::category(codePoint) == QChar::Other_Control || isBidiFormatting(codePoint))
            return true;
    }
    return false;
}

bool hasLetter(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](uint codePoint) { return QChar::isLetter(char32_t(codePoint)); });
}

Checked checkFirstName(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return refused(CallbackValidator::tr("Please type your first name."));
    // On the text as typed: simplified() would turn an inner tab into a space and hide it.
    if (hasHiddenCharacter(typed, LineFeeds::Refused))
        return refused(CallbackValidator::tr("There is a hidden character in your first name. Please type it again."));
    // NFC: "ễ" typed as e + two accents is stored, counted and searched as the one letter it is.
    const QString name = typed.normalized(QString::NormalizationForm_C).simplified();
    if (!hasLetter(name))
        return refused(CallbackValidator::tr("Please type your first name using letters."));
    if (CallbackLimits::lengthOf(name) > CallbackLimits::firstNameLength)
        return refused(CallbackValidator::tr("Your first name is too long. Please use %n characters or fewer.",
                                             nullptr, CallbackLimits::firstNameLength));
    return accepted(name);
}

Checked checkOffice(const QString &chosen, const QStringList &officeIds)
{
    const QString id = chosen.trimmed();
    // A clinic with a single site may configure no offices at all; then there is nothing to choose.
    if (officeIds.isEmpty() && id.isEmpty())
        return accepted(id);
    if (!officeIds.contains(id))
        return refused(CallbackValidator::tr("Please choose an office."));
    return accepted(id);
}

Checked checkTopic(const QString &chosen, const QStringList &topicSlugs)
{
    const QString slug = chosen.trimmed();
    if (!slug.isEmpty() && !topicSlugs.contains(slug))
        return refused(CallbackValidator::tr("Please choose a topic from the list."));
    return accepted(slug);
}

Checked checkNote(const QString &typed)
{
    QString note = typed;
    note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    note.replace(u'\r', u'\n');
    if (hasHiddenCharacter(note, LineFeeds::Allowed))
        return refused(CallbackValidator::tr("There is a hidden character in your note. Please type it again."));
    note = note.trimmed().normalized(QString::NormalizationForm_C);
    if (CallbackLimits::lengthOf(note) > CallbackLimits::noteLength)
        return refused(CallbackValidator::tr("Your note is too long. Please use %n characters or fewer.", nullptr,
                                             CallbackLimits::noteLength));
    return accepted(note);
}

// The kiosk sets the language, not the visitor, so a bad one is no reason to refuse the
// request: it is stored empty instead.
QString cleanLanguage(const QString &given)
{
    const QString language = given.trimmed();
    if (hasHiddenCharacter(language, LineFeeds::Refused)
        || CallbackLimits::lengthOf(language) > CallbackLimits::shortFieldLength)
        return QString();
    return language;
}

} // namespace

CallbackValidator::CallbackValidator(const QStringList &officeIds, const QStringList &topicSlugs,
                                     const QString &phoneRegion, const QString &consentVersion)
    : m_officeIds(officeIds), m_topicSlugs(topicSlugs), m_phoneParser(phoneRegion), m_consentVersion(consentVersion)
{
}

QString CallbackValidator::message(PhoneProblem problem)
{
    switch (problem) {
    case PhoneProblem::None:
        return QString();
    case PhoneProblem::Empty:
        return tr("Please type your phone number.");
    case PhoneProblem::NotDigits:
        return tr("Please use only numbers in your phone number.");
    case PhoneProblem::TooShort:
        return tr("That phone number looks too short. Please check it and include the area code.");
    case PhoneProblem::TooLong:
        return tr("That phone number looks too long. Please check it.");
    case PhoneProblem::InvalidCountryCode:
        return tr("The country code after the + doesn't look right. Please check it.");
    case PhoneProblem::NotANumber:
        return tr("That doesn't look like a phone number we can call. Please check it.");
    }
    return tr("That doesn't look like a phone number we can call. Please check it.");
}

CallbackValidation CallbackValidator::validate(const CallbackDraft &draft, const QDateTime &nowUtc) const
{
    CallbackValidation result;
    const auto keep = [&result](CallbackField field, const Checked &checked) {
        if (checked.problem)
            result.problems.append({field, *checked.problem});
        return checked.value;
    };

    const QString firstName = keep(CallbackField::FirstName, checkFirstName(draft.firstName));
    const PhoneParse phone = m_phoneParser.parse(draft.phone);
    if (!phone.e164)
        result.problems.append({CallbackField::Phone, message(phone.problem)});
    const QString officeId = keep(CallbackField::Office, checkOffice(draft.officeId, m_officeIds));
    const QString topicSlug = keep(CallbackField::Topic, checkTopic(draft.topicSlug, m_topicSlugs));
    const QString note = keep(CallbackField::Note, checkNote(draft.note));
    if (!draft.consentGiven)
        result.problems.append(
            {CallbackField::Consent, tr("Please tick the box to say we may store your request.")});
    if (!result.problems.isEmpty())
        return result;

    const QDateTime now = nowUtc.toUTC();
    CallbackRequest request;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.createdUtc = now;
    request.firstName = firstName;
    request.phoneE164 = *phone.e164;
    request.officeId = officeId;
    request.bestTime = draft.bestTime;
    request.topicSlug = topicSlug;
    request.language = cleanLanguage(draft.language);
    request.note = note;
    request.voicemailOk = draft.voicemailOk;
    request.textOk = draft.textOk;
    // The wording and the translation of it the visitor read.
    request.consentVersion = Consent::inLanguage(m_consentVersion, request.language);
    request.consentUtc = now;
    request.status = CallbackStatus::New;
    result.request = request;
    return result;
}
