// sd_notify(3) messages and the watchdog pings, from the GUI thread.
#include "core/service/servicenotifier.h"

#include "core/logging.h"

#include <systemd/sd-daemon.h>

#include <unistd.h>

#include <cstdint>
#include <ctime>


namespace {

// One notification field: its value must stay on one line.
QByteArray field(const char *name, const QString &value)
{
    QString oneLine = value;
    oneLine.replace(u'\n', u' ');
    return QByteArray(name) + '=' + oneLine.toUtf8();
}

// systemd 253 and later want RELOADING=1 stamped with CLOCK_MONOTONIC, to
// tell this reload from an older one; earlier versions ignore the field.
QByteArray monotonicNow()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    const std::uint64_t microseconds = std::uint64_t(now.tv_sec) * 1000000u + std::uint64_t(now.tv_nsec) / 1000u;
    return QByteArrayLiteral("MONOTONIC_USEC=") + QByteArray::number(quint64(microseconds));
}

// The unit's WatchdogSec=, or zero. sd_watchdog_enabled() only answers the
// process named in WATCHDOG_PID, which systemd sets to the unit's main
// process. The kiosk runs under cage, so the main process is the compositor
// and the kiosk is its child; cage itself never pings. The kiosk takes the
// watchdog over from its parent, and only from its parent: any other process
// is someone else's business.
std::chrono::microseconds watchdogTimeout()
{
    std::uint64_t microseconds = 0;
    if (sd_watchdog_enabled(0, &microseconds) > 0)
        return std::chrono::microseconds(microseconds);
    if (qEnvironmentVariableIsEmpty("WATCHDOG_USEC"))
        return std::chrono::microseconds(0);
    bool ok = false;
    const int watchedPid = qEnvironmentVariableIntValue("WATCHDOG_PID", &ok);
    if (ok && watchedPid == int(::getppid())) {
        qputenv("WATCHDOG_PID", QByteArray::number(int(::getpid())));
        if (sd_watchdog_enabled(0, &microseconds) > 0) {
            qCInfo(lcService) << "pinging the watchdog for the compositor that started the kiosk, pid" << watchedPid;
            return std::chrono::microseconds(microseconds);
        }
    }
    qCInfo(lcService).noquote() << QStringLiteral("the watchdog is set for another process (pid %1); the kiosk does not ping it")
                                       .arg(qEnvironmentVariable("WATCHDOG_PID"));
    return std::chrono::microseconds(0);
}

} // namespace

ServiceNotifier::ServiceNotifier(QObject *parent) : QObject(parent)
{
    m_supervised = !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
    if (!m_supervised)
        return;
    m_pingInterval = std::chrono::duration_cast<std::chrono::milliseconds>(watchdogTimeout()) / 2;
    if (m_pingInterval.count() > 0) {
        m_pingTimer.setInterval(m_pingInterval);
        connect(&m_pingTimer, &QTimer::timeout, this, [this] { send(QByteArrayLiteral("WATCHDOG=1")); });
    }
}

void ServiceNotifier::notifyReady(const QString &status)
{
    if (!m_supervised)
        return;
    send(QByteArrayLiteral("READY=1\n") + field("STATUS", status));
    if (m_pingInterval.count() > 0 && !m_pingTimer.isActive())
        m_pingTimer.start();
}

void ServiceNotifier::notifyReloading(const QString &status)
{
    if (!m_supervised)
        return;
    send(QByteArrayLiteral("RELOADING=1\n") + field("STATUS", status) + '\n' + monotonicNow());
}

void ServiceNotifier::notifyStopping(const QString &status)
{
    if (!m_supervised)
        return;
    m_pingTimer.stop();
    send(QByteArrayLiteral("STOPPING=1\n") + field("STATUS", status));
}

void ServiceNotifier::send(const QByteArray &state)
{
    const int result = sd_notify(0, state.constData());
    // A dead socket would fail every ping; once in the log is enough, and
    // systemd will act on the silence anyway.
    if (result < 0 && !m_sendFailureLogged) {
        qCWarning(lcService).noquote() << "systemd could not be told" << state.split('\n').first()
                                       << "-" << qt_error_string(-result);
        m_sendFailureLogged = true;
    }
}
