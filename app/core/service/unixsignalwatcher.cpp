// The self-pipe trick: the signal handler only writes the signal's number to
// a socket; a QSocketNotifier reads it in the event loop, where Qt is safe.
#include "core/service/unixsignalwatcher.h"

#include "core/logging.h"

#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>

namespace {

constexpr std::array<int, 3> watchedSignals = {SIGHUP, SIGTERM, SIGINT};

// Read by the handler, so a plain sig_atomic_t: no locks, nothing Qt.
volatile sig_atomic_t signalWriteFd = -1;
std::array<struct sigaction, watchedSignals.size()> previousActions{};

void onSignal(int number)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    // A full socket means a wake-up is already waiting to be read; this
    // signal would only repeat it.
    [[maybe_unused]] const ssize_t written = ::write(signalWriteFd, &byte, 1);
    errno = savedErrno;
}

QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject *parent) : QObject(parent) {}

UnixSignalWatcher::~UnixSignalWatcher()
{
    if (m_installed) {
        for (std::size_t index = 0; index < watchedSignals.size(); ++index)
            ::sigaction(watchedSignals[index], &previousActions[index], nullptr);
        signalWriteFd = -1;
    }
    delete m_notifier;
    if (m_readFd >= 0)
        ::close(m_readFd);
    if (m_writeFd >= 0)
        ::close(m_writeFd);
}

std::optional<QString> UnixSignalWatcher::install()
{
    if (m_installed)
        return std::nullopt;
    if (signalWriteFd != -1)
        return QStringLiteral("another signal watcher is already installed");
    int fds[2];
    // Non-blocking: the handler must never wait. Close-on-exec: Chromium's
    // helper processes have no business with it.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        return errnoText("can't create the signal socket");
    m_writeFd = fds[0];
    m_readFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalWatcher::readPendingSignals);
    signalWriteFd = m_writeFd;

    struct sigaction action{};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls resume, so nothing in Qt or Chromium sees EINTR
    // because someone asked for a reload.
    action.sa_flags = SA_RESTART;
    for (std::size_t index = 0; index < watchedSignals.size(); ++index) {
        if (::sigaction(watchedSignals[index], &action, &previousActions[index]) != 0) {
            const QString error = errnoText("can't install a signal handler");
            while (index-- > 0)
                ::sigaction(watchedSignals[index], &previousActions[index], nullptr);
            signalWriteFd = -1;
            return error;
        }
    }
    m_installed = true;
    return std::nullopt;
}

void UnixSignalWatcher::readPendingSignals()
{
    bool hangUp = false;
    bool terminate = false;
    unsigned char numbers[64];
    ssize_t count = 0;
    while ((count = ::read(m_readFd, numbers, sizeof numbers)) > 0) {
        for (ssize_t index = 0; index < count; ++index) {
            if (numbers[index] == SIGHUP)
                hangUp = true;
            else
                terminate = true;
        }
    }
    // Several signals of a kind before the loop got here are one request.
    if (hangUp) {
        qCInfo(lcService) << "SIGHUP: re-reading the configuration";
        emit hangUpReceived();
    }
    if (terminate) {
        qCInfo(lcService) << "asked to close (SIGTERM or SIGINT)";
        emit terminationRequested();
    }
}
