// What the kiosk runs on, with no screen: the settings, the articles and
// their search index, the database (call-back queue, staff desk, usage
// counts), retention once a day, the nightly restart's timing and the
// settings re-read on SIGHUP. The composition root puts the screens on top;
// tests use this without Qt WebEngine.
#pragma once

#include "core/callbacks/callbackintake.h"
#include "core/callbacks/callbackstore.h"
#include "core/content/articlelibrary.h"
#include "core/search/searchindex.h"
#include "core/server/requestforwarder.h"
#include "core/service/quiethourrestart.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/staffdesk.h"
#include "core/storage/kioskdatabase.h"
#include "core/usage/articleviews.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class KioskServices : public QObject
{
    Q_OBJECT

public:
    // Problems with the content, the search index or the database are logged
    // for staff; the kiosk starts with whatever could be loaded.
    KioskServices(const QString &contentDir, const QString &configFile, const QString &dataDir);
    ~KioskServices() override;

    const KioskSettings &settings() const { return m_settings; }
    const ArticleLibrary &library() const { return m_library; }
    const SearchIndex &search() const { return m_search; }
    // Replaced when the settings change (settingsApplied()).
    CallbackIntake &intake() const { return *m_intake; }
    StaffDesk &staffDesk() { return m_staffDesk; }
    CallbackStore &store() { return m_store; }

    // An article was put on screen for a visitor: one more anonymous view.
    void recordView(const QString &slug, const QString &language);

    enum class SettingsReload {
        Applied,         // in use now
        AfterThisVisit,  // read; applied when the visitor or staff are done (visitorLeft())
        FileUnusable,    // missing or unreadable: the settings in use stay
    };
    // Reads the configuration file again (SIGHUP). With a visitor mid-visit
    // the new settings wait: they would change the form under their hands.
    // One log line says what happened, with the warnings.
    [[nodiscard]] SettingsReload reloadSettings(bool visitorPresent);
    // Nobody is using the kiosk any more: waiting settings are applied, and
    // a nightly restart that came due meanwhile happens.
    void visitorLeft();

    // From now on, restartDue() once a day at the first moment after
    // [kiosk] restart_at when `nobodyUsingIt` says so. Only for a kiosk that
    // something starts again: systemd's Restart=always.
    void startNightlyRestarts(std::function<bool()> nobodyUsingIt);

    // Deletes what the retention policy says is old (also daily by itself).
    void applyRetention();

    // Sends requests to the clinic's server when [server] is configured;
    // null when it isn't.
    RequestForwarder *forwarder() const { return m_forwarder.get(); }

signals:
    // New settings are in use (and intake() is a new one); the old intake
    // is deleted after this returns.
    void settingsApplied();
    // Time for the nightly restart: nobody is using the kiosk.
    void restartDue();

private:
    void applySettings(const KioskSettings &settings);
    std::unique_ptr<CallbackIntake> makeIntake();
    void restartIfDue();
    void followServerSettings();

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
    std::function<bool()> m_nobodyUsingIt;
    QString m_dataDir;
    std::unique_ptr<RequestForwarder> m_forwarder;
};
