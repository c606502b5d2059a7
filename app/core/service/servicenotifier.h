// Tells systemd how the kiosk is doing: ready, reloading, stopping, and the
// watchdog pings that prove the event loop is still turning.
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <chrono>

// Shared by the pieces that keep the kiosk running unattended.

class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    // Looks at the environment systemd sets for a Type=notify unit
    // (NOTIFY_SOCKET, WATCHDOG_USEC, WATCHDOG_PID). Without NOTIFY_SOCKET
    // every call below does nothing, and nothing is logged.
    explicit ServiceNotifier(QObject *parent = nullptr);

    bool isSupervised() const { return m_supervised; }
    // How often the watchdog is pinged: half the unit's WatchdogSec=, so one
    // late ping is not yet fatal; zero when there is no watchdog.
    std::chrono::milliseconds pingInterval() const { return m_pingInterval; }
    bool isPinging() const { return m_pingTimer.isActive(); }

    // Start-up is over and the kiosk is on screen. The first call also starts
    // the watchdog pings: systemd only watches from READY=1 on. `status` is
    // what `systemctl status` shows.
    void notifyReady(const QString &status);
    // The configuration is being read again; notifyReady() says it's done.
    void notifyReloading(const QString &status);
    // A clean exit has begun; the pings stop.
    void notifyStopping(const QString &status);

private:
    void send(const QByteArray &state);

    bool m_supervised = false;
    std::chrono::milliseconds m_pingInterval{0};
    // Lives in the GUI thread on purpose: a frozen or stopped event loop
    // stops pinging, and systemd restarts the kiosk.
    QTimer m_pingTimer;
    bool m_sendFailureLogged = false;
};
