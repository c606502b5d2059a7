// `carekiosk desk`: the staff screen as an ordinary window on the front-desk
// PC, on the clinic's server. The same StaffScreen as the kiosk's, with a
// sign-in to the server instead of the PIN pad; it locks itself after
// [staff] idle_timeout_seconds and signs out of the server.
#pragma once

#include <QTimer>
#include <QWidget>

class DeskSession;
class DeskSignIn;
class IdleWatcher;
class KioskSettings;
class StaffDesk;
class StaffScreen;

class DeskWindow : public QWidget
{
    Q_OBJECT

public:
    // The list is read again this often as well, should a notification be lost.
    static constexpr int pollSeconds = 5;

    DeskWindow(StaffDesk &desk, DeskSession &session, const KioskSettings &settings, QWidget *parent = nullptr);
    ~DeskWindow() override;

    StaffScreen *staffScreen() const { return m_screen; }
    DeskSignIn *signInPage() const { return m_signIn; }
    // Signs out of the server and shows the sign-in again.
    void lock();

private:
    void trySignIn(const QString &user, const QString &password);

    StaffDesk &m_desk;
    DeskSession &m_session;
    DeskSignIn *m_signIn;
    StaffScreen *m_screen;
    IdleWatcher *m_idle;
    QTimer m_poll;
};
