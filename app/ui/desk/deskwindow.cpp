// The front desk's window: sign-in, the shared staff screen, the idle lock.
#include "ui/desk/deskwindow.h"

#include "core/server/desksession.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/staffdesk.h"
#include "ui/desk/desksignin.h"
#include "ui/idlewatcher.h"
#include "ui/staff/staffscreen.h"

#include <QVBoxLayout>

DeskWindow::DeskWindow(StaffDesk &desk, DeskSession &session, const KioskSettings &settings, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_session(session),
      m_signIn(new DeskSignIn(settings.server() ? settings.server()->address() : QString(), this)),
      m_screen(new StaffScreen(desk, m_signIn, this)), m_idle(new IdleWatcher(this))
{
    setObjectName(QStringLiteral("deskWindow"));
    setWindowTitle(tr("CareKiosk front desk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen);

    m_idle->setTimeout(settings.staffIdleSeconds() * 1000);
    m_idle->setEnabled(false);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        lock();
        m_signIn->clear(tr("Locked after %1 seconds without use. Sign in again.").arg(m_idle->timeout() / 1000));
    });
    connect(m_signIn, &DeskSignIn::signInRequested, this, &DeskWindow::trySignIn);
    // Lock on the screen itself: it has signed the desk out; the server too.
    connect(m_screen, &StaffScreen::locked, this, &DeskWindow::lock);
    connect(m_screen, &StaffScreen::quitRequested, this, &QWidget::close);
    connect(&m_session, &DeskSession::listChanged, m_screen, &StaffScreen::refresh);
    m_poll.setInterval(pollSeconds * 1000);
    connect(&m_poll, &QTimer::timeout, m_screen, &StaffScreen::refresh);
    m_signIn->clear();
}

DeskWindow::~DeskWindow()
{
    m_desk.useServerList(nullptr);
}

void DeskWindow::trySignIn(const QString &user, const QString &password)
{
    if (user.isEmpty()) {
        m_signIn->showProblem(tr("Type your front-desk name."));
        return;
    }
    if (const std::optional<ServerFailure> failure = m_session.signIn(user, password)) {
        switch (failure->kind) {
        case ServerFailure::Kind::Refused:
        case ServerFailure::Kind::Rejected:
            m_signIn->showProblem(tr("That name and password were not accepted by the server."));
            break;
        case ServerFailure::Kind::Untrusted:
            m_signIn->showProblem(tr("The server's certificate is not the clinic's; not signed in. Please tell IT."));
            break;
        case ServerFailure::Kind::Unreachable:
            m_signIn->showProblem(tr("The server can't be reached. Check the network, or tell IT."));
            break;
        }
        return;
    }
    m_signIn->clear();  // the password leaves the field at once
    m_desk.useServerList(m_session.callbacks());
    m_screen->showList();
    m_idle->setEnabled(true);
    m_poll.start();
}

void DeskWindow::lock()
{
    m_poll.stop();
    m_idle->setEnabled(false);
    m_screen->lock();
    m_desk.useServerList(nullptr);
    m_session.signOut();
    m_signIn->clear();
}
