// The composition root: the kiosk's services (core/kiosk), the reader's
// browser profile, the input guard, and the window with its staff screen,
// wired together. Built once by KioskApplication, after the URL scheme is
// registered (WebEngineSetup::beforeApplication()).
#pragma once

#include "core/kiosk/kioskservices.h"

#include <memory>

class InputGuard;
class KioskProfile;
class KioskWindow;

class Kiosk
{
public:
    Kiosk(const QString &contentDir, const QString &configFile, const QString &dataDir);
    ~Kiosk();

    KioskWindow &window() const { return *m_window; }
    KioskServices &services() { return m_services; }
    const ArticleLibrary &library() const { return m_services.library(); }

    using SettingsReload = KioskServices::SettingsReload;
    // SIGHUP: re-reads the configuration; a visitor mid-visit keeps what they
    // see (a half-filled form, the consent they read) until they are done.
    [[nodiscard]] SettingsReload reloadSettings();

    // The kiosk closes (exit code 0) once a day at the quiet hour, when
    // nobody is using it, for systemd to start it fresh.
    void startNightlyRestarts();

private:
    KioskServices m_services;
    std::unique_ptr<KioskProfile> m_profile;
    std::unique_ptr<InputGuard> m_guard;
    std::unique_ptr<KioskWindow> m_window;
};
