// Everything the kiosk runs on, built in order: settings, articles, search
// index, the database (call-back queue, staff desk, usage counts, retention),
// browser profile, input guard and the window. It also re-reads the settings
// when asked and closes itself for the nightly restart.
#pragma once

#include "callbacks/callbackintake.h"
#include "callbacks/callbackstore.h"
#include "content/articlelibrary.h"
#include "search/searchindex.h"
#include "service/quiethourrestart.h"
#include "settings/kiosksettings.h"
#include "staff/staffdesk.h"
#include "usage/articleviews.h"

#include <QTimer>

#include <memory>
#include <optional>

class InputGuard;
class KioskProfile;
class KioskWindow;

class Kiosk
{
public:
    // Needs a QApplication, made after KioskScheme::registerScheme().
    Kiosk(const QString &contentDir, const QString &configFile, const QString &dataDir);
    ~Kiosk();

    KioskWindow &window() const { return *m_window; }
    const ArticleLibrary &library() const { return m_library; }
    const KioskSettings &settings() const { return m_settings; }

    enum class SettingsReload {
        Applied,         // on screen now
        AfterThisVisit,  // read; put on screen when the visitor or staff are done
        FileUnusable,    // missing or unreadable: the settings in use stay
    };
    // Reads the configuration file again (SIGHUP). A visitor mid-visit keeps
    // what they see (a half-filled form, the consent they read) until they
    // are done. One line in the log says what happened, with the warnings.
    SettingsReload reloadSettings();

    // From now on the kiosk closes (exit code 0) once a day, at the first
    // moment after [kiosk] restart_at when nobody is using it. Only for a
    // kiosk that something starts again: systemd's Restart=always.
    void startNightlyRestarts();

private:
    void applyRetention();
    void applySettings(const KioskSettings &settings);
    std::unique_ptr<CallbackIntake> makeIntake();
    void onWaitingForVisitor();
    void restartIfDue();

    QString m_configFile;
    KioskSettings m_settings;
    std::optional<KioskSettings> m_pendingSettings;
    ArticleLibrary m_library;
    SearchIndex m_search;
    KioskDatabase m_database;
    CallbackStore m_store;
    std::unique_ptr<CallbackIntake> m_intake;
    ArticleViews m_views;
    StaffDesk m_staffDesk;
    QTimer m_retentionTimer;
    QuietHourRestart m_quietHourRestart;
    QTimer m_restartCheckTimer;
    std::unique_ptr<KioskProfile> m_profile;
    std::unique_ptr<InputGuard> m_guard;
    std::unique_ptr<KioskWindow> m_window;
};
