// Building the kiosk's services, and their daily life: retention, settings
// re-reads between visits, the nightly restart.
#include "core/kiosk/kioskservices.h"

#include "core/logging.h"

#include <utility>

namespace {
// The warnings of a re-read, for its one log line.
QString warningSummary(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return QStringLiteral("no warnings");
    const QString all = warnings.join(QStringLiteral("; "));
    return warnings.size() == 1 ? QStringLiteral("1 warning: %1").arg(all)
                                : QStringLiteral("%1 warnings: %2").arg(warnings.size()).arg(all);
}
} // namespace

KioskServices::KioskServices(const QString &contentDir, const QString &configFile, const QString &dataDir)
    : m_configFile(configFile), m_settings(KioskSettings::load(configFile)), m_library(ArticleLibrary::load(contentDir)),
      m_database(dataDir), m_store(m_database), m_views(m_database), m_staffDesk(m_database, m_settings, m_library),
      m_quietHourRestart(m_settings.restartAt(), QDateTime::currentDateTime()), m_dataDir(dataDir)
{
    for (const QString &warning : m_settings.warnings())
        qCWarning(lcSettings).noquote() << warning;
    for (const ContentProblem &problem : m_library.problems()) {
        if (problem.severity != ContentProblem::Severity::Note)
            qCWarning(lcContent).noquote() << problem.toString();
    }
    if (m_library.size() == 0)
        qCCritical(lcContent) << "no articles could be loaded from" << contentDir;
    for (const QString &language : m_settings.languages()) {
        if (!m_library.languages().contains(language))
            qCWarning(lcContent).noquote() << "the language" << language
                                           << "is in languages= but has no articles in" << contentDir
                                           << "; it is not offered";
    }
    if (const std::optional<QString> error = m_search.rebuild(m_library))
        qCCritical(lcSearch) << "search is unavailable:" << *error;
    // A queue that can't open now is retried at the first request; the
    // visitor can still read meanwhile.
    if (const std::optional<StoreFailure> failure = m_database.open())
        qCCritical(lcCallbacks).noquote() << "call-back requests can't be saved yet:" << failure->toString();
    m_intake = makeIntake();
    followServerSettings();

    applyRetention();
    constexpr int day = 24 * 60 * 60 * 1000;
    m_retentionTimer.setInterval(day);
    connect(&m_retentionTimer, &QTimer::timeout, this, &KioskServices::applyRetention);
    m_retentionTimer.start();
    connect(&m_restartCheckTimer, &QTimer::timeout, this, &KioskServices::restartIfDue);
}

KioskServices::~KioskServices()
{
    // Its batch in flight ends before the database below goes.
    m_forwarder.reset();
}

void KioskServices::followServerSettings()
{
    std::optional<ServerSettings> server = m_settings.server();
    if (server && !server->canForward())
        server.reset();
    if (m_forwarder && server && m_forwarder->server() == *server)
        return;
    m_forwarder.reset();
    if (!server)
        return;
    m_forwarder = std::make_unique<RequestForwarder>(m_dataDir, *server);
    m_forwarder->start();
}

std::unique_ptr<CallbackIntake> KioskServices::makeIntake()
{
    return std::make_unique<CallbackIntake>(CallbackIntake::validatorFor(m_settings, m_library), m_store);
}

void KioskServices::recordView(const QString &slug, const QString &language)
{
    if (const std::optional<StoreFailure> failure = m_views.record(slug, language, QDate::currentDate()))
        qCWarning(lcUsage).noquote() << "an article view was not counted:" << failure->toString();
}

KioskServices::SettingsReload KioskServices::reloadSettings(bool visitorPresent)
{
    KioskSettings reread = KioskSettings::load(m_configFile);
    if (!reread.isFromFile()) {
        // The defaults would drop every office: a mistake while editing must
        // not empty the form.
        qCWarning(lcSettings).noquote()
            << QStringLiteral("configuration not re-read: %1 is missing or unreadable; the settings in use stay").arg(m_configFile);
        return SettingsReload::FileUnusable;
    }
    const QString warnings = warningSummary(reread.warnings());
    if (!visitorPresent) {
        applySettings(reread);
        m_pendingSettings.reset();
        qCInfo(lcSettings).noquote() << QStringLiteral("configuration re-read from %1 and applied; %2").arg(m_configFile, warnings);
        return SettingsReload::Applied;
    }
    m_pendingSettings = std::move(reread);
    qCInfo(lcSettings).noquote()
        << QStringLiteral("configuration re-read from %1; applied when the current visitor is done; %2").arg(m_configFile, warnings);
    return SettingsReload::AfterThisVisit;
}

void KioskServices::applySettings(const KioskSettings &settings)
{
    // The screens and the staff desk hold references to m_settings: they see
    // the new values from here on. The old intake goes only after the
    // screens have the new one.
    m_settings = settings;
    std::unique_ptr<CallbackIntake> previousIntake = std::exchange(m_intake, makeIntake());
    emit settingsApplied();
    previousIntake.reset();
    m_quietHourRestart.setRestartAt(m_settings.restartAt());
    followServerSettings();
    // A shorter retention applies now, not at tomorrow's purge.
    applyRetention();
}

void KioskServices::visitorLeft()
{
    if (m_pendingSettings) {
        applySettings(*std::exchange(m_pendingSettings, std::nullopt));
        qCInfo(lcSettings).noquote() << "the re-read configuration is applied now that the visitor is done";
    }
    restartIfDue();
}

void KioskServices::startNightlyRestarts(std::function<bool()> nobodyUsingIt)
{
    m_nobodyUsingIt = std::move(nobodyUsingIt);
    if (const std::optional<QTime> at = m_settings.restartAt())
        qCInfo(lcService).noquote() << "nightly restart at" << at->toString(QStringLiteral("HH:mm"));
    else
        qCInfo(lcService) << "nightly restart is off";
    // Checked often rather than timed to the minute: the clock may be set, or
    // jump with daylight saving, while the kiosk runs.
    constexpr int checkIntervalMs = 30 * 1000;
    m_restartCheckTimer.start(checkIntervalMs);
}

void KioskServices::restartIfDue()
{
    if (!m_restartCheckTimer.isActive() || !m_nobodyUsingIt || !m_nobodyUsingIt()
        || !m_quietHourRestart.isDue(QDateTime::currentDateTime()))
        return;
    qCInfo(lcService) << "nightly restart: closing so that systemd starts the kiosk fresh";
    m_restartCheckTimer.stop();
    emit restartDue();
}

void KioskServices::applyRetention()
{
    // A checkpoint that fails after the commit is logged by the database; the rows are gone all the same.
    // With a server, a request leaves the kiosk once the server has it, or when it is too old to keep.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeletionResult purged;
    if (m_settings.server() && m_settings.server()->canForward()) {
        const ForwardedPurge forwardedPurge =
            m_store.purgeForwarded(m_settings.doneRetentionDays(), m_settings.retentionDays(), now);
        purged = forwardedPurge.deletion;
        if (forwardedPurge.neverForwarded > 0)
            qCWarning(lcServer) << forwardedPurge.neverForwarded
                                << "call-back requests older than the retention period were deleted without ever"
                                   " reaching the server";
    } else {
        purged = m_store.purge(m_settings.doneRetentionDays(), m_settings.retentionDays(), now);
    }
    if (purged.notCommitted)
        qCWarning(lcCallbacks).noquote() << "old call-back requests could not be deleted:" << purged.notCommitted->toString();
    else if (purged.rows > 0)
        qCInfo(lcCallbacks) << purged.rows << "call-back requests deleted by the retention policy";
}
