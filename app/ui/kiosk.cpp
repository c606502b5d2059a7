// Building the kiosk; problems with content or search are logged for staff
// and the kiosk starts with whatever could be loaded.
#include "ui/kiosk.h"

#include "callbacks/consent.h"
#include "ui/inputguard.h"
#include "ui/staff/staffscreen.h"
#include "ui/kioskwindow.h"
#include "web/kioskprofile.h"
#include "web/weblogging.h"

namespace {
QStringList allSlugs(const ArticleLibrary &library)
{
    QStringList slugs;
    for (const QString &language : library.languages()) {
        for (const Article *article : library.articles(language))
            slugs.append(article->slug);
    }
    slugs.removeDuplicates();
    return slugs;
}
} // namespace

Kiosk::Kiosk(const QString &contentDir, const QString &configFile, const QString &dataDir)
    : m_settings(KioskSettings::load(configFile)), m_library(ArticleLibrary::load(contentDir)), m_database(dataDir), m_store(m_database),
      m_views(m_database), m_staffDesk(m_database, m_settings, m_library)
{
    for (const ContentProblem &problem : m_library.problems()) {
        if (problem.severity != ContentProblem::Severity::Note)
            qCWarning(lcWeb).noquote() << "content:" << problem.toString();
    }
    if (m_library.size() == 0)
        qCCritical(lcWeb) << "no articles could be loaded from" << contentDir;
    if (const std::optional<QString> error = m_search.rebuild(m_library))
        qCCritical(lcWeb) << "search is unavailable:" << *error;
    // A queue that can't open now is retried at the first request; the
    // visitor can still read meanwhile.
    if (const std::optional<StoreFailure> failure = m_database.open())
        qCCritical(lcWeb).noquote() << "call-back requests can't be saved yet:" << failure->toString();
    QStringList officeIds;
    for (const Office &office : m_settings.offices())
        officeIds.append(office.id);
    m_intake = std::make_unique<CallbackIntake>(
        CallbackValidator(officeIds, allSlugs(m_library), m_settings.phoneRegion(),
                          Consent::version(m_settings.retentionDays())),
        m_store);
    m_profile = std::make_unique<KioskProfile>(m_library);
    m_guard = std::make_unique<InputGuard>();
    m_window = std::make_unique<KioskWindow>(m_library, m_search, m_settings, *m_profile, *m_intake);
    m_window->addStaffScreen(new StaffScreen(m_staffDesk));
    QObject::connect(m_window.get(), &KioskWindow::articleShown, m_window.get(),
                     [this](const QString &slug, const QString &language) {
                         if (auto failure = m_views.record(slug, language, QDate::currentDate()))
                             qCWarning(lcWeb).noquote() << "an article view was not counted:" << failure->toString();
                     });

    applyRetention();
    constexpr int day = 24 * 60 * 60 * 1000;
    m_retentionTimer.setInterval(day);
    QObject::connect(&m_retentionTimer, &QTimer::timeout, [this] { applyRetention(); });
    m_retentionTimer.start();
}

Kiosk::~Kiosk() = default;

void Kiosk::applyRetention()
{
    const StoreResult<int> purged = m_store.purge(m_settings.doneRetentionDays(), m_settings.retentionDays(),
                                                  QDateTime::currentDateTimeUtc());
    if (purged.failure)
        qCWarning(lcWeb).noquote() << "old call-back requests could not be deleted:" << purged.failure->toString();
    else if (purged.value > 0)
        qCInfo(lcWeb) << purged.value << "call-back requests deleted by the retention policy";
}
