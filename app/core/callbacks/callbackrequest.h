// One visitor's "please call me back" request, as the queue stores it.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

enum class BestTimeToCall { Morning, Afternoon, AnyTime };
enum class CallbackStatus { New, Called, NoAnswer, Done };

// The words stored in the database; stable across versions and languages.
QString storageName(BestTimeToCall time);
QString storageName(CallbackStatus status);
std::optional<BestTimeToCall> bestTimeFromStorageName(const QString &name);
std::optional<CallbackStatus> statusFromStorageName(const QString &name);

struct CallbackRequest
{
    QString id;  // a UUID made by the kiosk, unique across kiosks
    QDateTime createdUtc;
    QString firstName;
    QString phoneE164;  // "+13015550142"
    QString officeId;   // the [office.<id>] of the configuration
    BestTimeToCall bestTime = BestTimeToCall::AnyTime;
    QString topicSlug;  // empty: "something else"
    QString language;   // the language the visitor was reading in
    QString note;
    bool voicemailOk = false;
    bool textOk = false;
    QString consentVersion;
    QDateTime consentUtc;
    CallbackStatus status = CallbackStatus::New;
    QDateTime statusChangedUtc;  // invalid until staff change the status
    // Read from the clinic's server: the kiosk that sent it (its role there).
    // Empty on a kiosk. Where a request is stored, not what it is: == ignores it.
    QString kiosk;

    bool operator==(const CallbackRequest &other) const;
};

// The limits the form and the database both enforce, in characters (code points).
namespace CallbackLimits {
constexpr int firstNameLength = 40;
constexpr int noteLength = 280;
constexpr int phoneLength = 16;  // E.164: "+" and at most 15 digits
constexpr int shortFieldLength = 64;  // office id, topic slug, language, consent version

// A text's length as the limits count it: an emoji is one, not the two UTF-16 units it takes.
inline qsizetype lengthOf(const QString &text)
{
    return text.toUcs4().size();
}
} // namespace CallbackLimits
