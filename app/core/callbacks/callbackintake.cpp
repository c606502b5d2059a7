// Submitting a call-back form.
#include "core/callbacks/callbackintake.h"

#include "core/callbacks/callbackstore.h"
#include "core/callbacks/consent.h"
#include "core/content/articlelibrary.h"
#include "core/logging.h"
#include "core/settings/kiosksettings.h"

CallbackIntake::CallbackIntake(CallbackValidator validator, CallbackStore &store)
    : m_validator(std::move(validator)), m_store(store)
{
}

CallbackValidator CallbackIntake::validatorFor(const KioskSettings &settings, const ArticleLibrary &library)
{
    QStringList officeIds;
    for (const Office &office : settings.offices())
        officeIds.append(office.id);
    QStringList slugs;
    for (const QString &language : library.languages()) {
        for (const Article *article : library.articles(language))
            slugs.append(article->slug);
    }
    slugs.removeDuplicates();
    return CallbackValidator(officeIds, slugs, settings.phoneRegion(), Consent::version(settings.retentionDays()));
}

IntakeOutcome CallbackIntake::submit(const CallbackDraft &draft)
{
    IntakeOutcome outcome;
    CallbackValidation validation = m_validator.validate(draft, QDateTime::currentDateTimeUtc());
    if (!validation.request) {
        outcome.result = IntakeOutcome::Result::NeedsCorrection;
        outcome.problems = validation.problems;
        qCInfo(lcCallbacks) << "a call-back form was sent back for" << validation.problems.size() << "correction(s)";
        return outcome;
    }
    if (std::optional<StoreFailure> failure = m_store.save(*validation.request)) {
        outcome.result = IntakeOutcome::Result::NotSaved;
        outcome.failure = failure;
        qCCritical(lcCallbacks).noquote() << "a visitor's call-back request was NOT saved and they were asked to"
                                             " see the front desk:" << failure->toString();
        return outcome;
    }
    outcome.result = IntakeOutcome::Result::Saved;
    outcome.request = validation.request;
    qCInfo(lcCallbacks) << "a call-back request was saved";
    return outcome;
}
