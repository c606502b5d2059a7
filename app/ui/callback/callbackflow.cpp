// The call-back form's submission and its three outcomes.
#include "ui/callback/callbackflow.h"

#include "core/callbacks/callbackintake.h"
#include "core/callbacks/phonenumber.h"
#include "core/settings/kiosksettings.h"
#include "ui/callback/callbackscreen.h"

CallbackFlow::CallbackFlow(CallbackScreen &screen, const KioskSettings &settings, CallbackIntake &intake)
    : m_screen(screen), m_settings(settings), m_intake(&intake)
{
}

bool CallbackFlow::submit(const QString &language)
{
    CallbackDraft draft = m_screen.draft();
    draft.language = language;
    const IntakeOutcome outcome = m_intake->submit(draft);
    switch (outcome.result) {
    case IntakeOutcome::Result::Saved: {
        const QString phone = PhoneNumberParser(m_settings.phoneRegion()).formatNational(outcome.request->phoneE164);
        const QString message = !m_settings.callbackConfirmation().isEmpty()
            ? m_settings.callbackConfirmation()
            : tr("The front desk will call you at %1, usually within one business day.").arg(phone);
        m_screen.showConfirmation(message);
        return true;
    }
    case IntakeOutcome::Result::NeedsCorrection:
        m_screen.showProblems(outcome.problems);
        return false;
    case IntakeOutcome::Result::NotSaved:
        m_screen.showNotSaved();
        return false;
    }
    return false;
}
