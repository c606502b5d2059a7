// Building the kiosk; problems with content or search are logged for staff
// and the kiosk starts with whatever could be loaded.
#include "ui/kiosk.h"

#include "ui/inputguard.h"
#include "ui/kioskwindow.h"
#include "web/kioskprofile.h"
#include "web/weblogging.h"

Kiosk::Kiosk(const QString &contentDir, const QString &configFile)
    : m_settings(KioskSettings::load(configFile)), m_library(ArticleLibrary::load(contentDir))
{
    for (const ContentProblem &problem : m_library.problems()) {
        if (problem.severity != ContentProblem::Severity::Note)
            qCWarning(lcWeb).noquote() << "content:" << problem.toString();
    }
    if (m_library.size() == 0)
        qCCritical(lcWeb) << "no articles could be loaded from" << contentDir;
    if (const std::optional<QString> error = m_search.rebuild(m_library))
        qCCritical(lcWeb) << "search is unavailable:" << *error;
    m_profile = std::make_unique<KioskProfile>(m_library);
    m_guard = std::make_unique<InputGuard>();
    m_window = std::make_unique<KioskWindow>(m_library, m_search, m_settings, *m_profile);
}

Kiosk::~Kiosk() = default;
