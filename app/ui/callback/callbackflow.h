// Sends the visitor's filled-in form to the intake and shows the outcome on
// the form: the thank-you words (with the number written as the clinic
// writes it), each problem by its field, or "please ask the front desk".
#pragma once

#include <QCoreApplication>
#include <QString>

class CallbackIntake;
class CallbackScreen;
class KioskSettings;

class CallbackFlow
{
    Q_DECLARE_TR_FUNCTIONS(CallbackFlow)

public:
    CallbackFlow(CallbackScreen &screen, const KioskSettings &settings, CallbackIntake &intake);

    // After the settings changed: the intake made from them.
    void setIntake(CallbackIntake &intake) { m_intake = &intake; }
    // The form as it stands, in the visitor's `language`. True when saved.
    bool submit(const QString &language);

private:
    CallbackScreen &m_screen;
    const KioskSettings &m_settings;
    CallbackIntake *m_intake;
};
