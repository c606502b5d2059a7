// From the visitor's filled-in form to a request safely on disk: validation,
// then a durable save. What went wrong is logged for staff without the
// visitor's data.
#pragma once

#include "core/callbacks/callbackvalidator.h"
#include "core/storage/storefailure.h"

class ArticleLibrary;
class CallbackStore;
class KioskSettings;

struct IntakeOutcome
{
    enum class Result { Saved, NeedsCorrection, NotSaved };
    Result result = Result::NotSaved;
    std::optional<CallbackRequest> request;  // when Saved
    QList<FieldProblem> problems;            // when NeedsCorrection
    std::optional<StoreFailure> failure;     // when NotSaved
};

class CallbackIntake
{
public:
    CallbackIntake(CallbackValidator validator, CallbackStore &store);

    // The form's rules for this clinic: its offices, every article's slug as
    // a topic, its phone region and the consent wording's version.
    static CallbackValidator validatorFor(const KioskSettings &settings, const ArticleLibrary &library);

    [[nodiscard]] IntakeOutcome submit(const CallbackDraft &draft);
    const CallbackValidator &validator() const { return m_validator; }

private:
    CallbackValidator m_validator;
    CallbackStore &m_store;
};
