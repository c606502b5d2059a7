// Wiring the screens to the services: views counted, settings shown again
// when they change, waiting settings applied when a visit ends, the nightly
// restart.
#include "kiosk.h"

#include "ui/inputguard.h"
#include "ui/kioskwindow.h"
#include "ui/staff/staffscreen.h"
#include "web/kioskprofile.h"

#include <QCoreApplication>

Kiosk::Kiosk(const QString &contentDir, const QString &configFile, const QString &dataDir)
    : m_services(contentDir, configFile, dataDir),
      m_profile(std::make_unique<KioskProfile>(m_services.library(), m_services.settings())),
      m_guard(std::make_unique<InputGuard>()),
      m_window(std::make_unique<KioskWindow>(m_services.library(), m_services.search(), m_services.settings(), *m_profile,
                                             m_services.intake()))
{
    m_window->addStaffScreen(new StaffScreen(m_services.staffDesk()));
    QObject::connect(m_window.get(), &KioskWindow::articleShown, &m_services, &KioskServices::recordView);
    QObject::connect(&m_services, &KioskServices::settingsApplied, m_window.get(),
                     [this] { m_window->applySettings(m_services.intake()); });
    // Queued: the window finishes its reset before settings change under it.
    QObject::connect(m_window.get(), &KioskWindow::waitingForVisitor, &m_services, &KioskServices::visitorLeft,
                     Qt::QueuedConnection);
    QObject::connect(&m_services, &KioskServices::restartDue, m_window.get(), [] { QCoreApplication::exit(0); });
}

Kiosk::~Kiosk() = default;

Kiosk::SettingsReload Kiosk::reloadSettings()
{
    return m_services.reloadSettings(!m_window->isWaitingForVisitor());
}

void Kiosk::startNightlyRestarts()
{
    m_services.startNightlyRestarts([this] { return m_window->isWaitingForVisitor(); });
}
