// Checks the visitor's call-back form and turns it into a CallbackRequest, or says what to fix, field by field.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/callbacks/phonenumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the visitor entered, exactly as typed or chosen.
struct CallbackDraft
{
    QString firstName;
    QString phone;
    QString officeId;
    QString topicSlug;  // empty: "something else"
    QString language;   // set by the kiosk: the language the visitor was reading in
    QString note;
    BestTimeToCall bestTime = BestTimeToCall::AnyTime;
    bool voicemailOk = false;
    bool textOk = false;
    bool consentGiven = false;
};

// In the order the form shows them; problems come back in this order.
enum class CallbackField { FirstName, Phone, Office, Topic, Note, Consent };

struct FieldProblem
{
    CallbackField field;
    QString message;  // for the visitor: short, plain, translated
};

struct CallbackValidation
{
    std::optional<CallbackRequest> request;  // set only when `problems` is empty
    QList<FieldProblem> problems;            // at most one per field
};

class CallbackValidator
{
    Q_DECLARE_TR_FUNCTIONS(CallbackValidator)

public:
    // `officeIds` and `topicSlugs` are the choices the form offers; `phoneRegion` the ISO 3166
    // country of numbers typed without "+"; `consentVersion` the wording the visitor agreed to.
    CallbackValidator(const QStringList &officeIds, const QStringList &topicSlugs, const QString &phoneRegion,
                      const QString &consentVersion);

    // `nowUtc` becomes the time of the request and of the consent. Each valid call makes a new id.
    [[nodiscard]] CallbackValidation validate(const CallbackDraft &draft, const QDateTime &nowUtc) const;

    // The visitor-facing message for a phone problem; empty for PhoneProblem::None.
    static QString message(PhoneProblem problem);

private:
    QStringList m_officeIds;
    QStringList m_topicSlugs;
    PhoneNumberParser m_phoneParser;
    QString m_consentVersion;
};
