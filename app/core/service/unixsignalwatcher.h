// Turns the Unix signals systemd and IT send (SIGHUP to re-read the
// configuration, SIGTERM or SIGINT to close) into Qt signals delivered by
// the event loop.
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class QSocketNotifier;

class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    // Puts back the handlers that were there before.
    ~UnixSignalWatcher() override;

    // Installs the handlers; what went wrong otherwise. Only one watcher can
    // be installed at a time in a process.
    [[nodiscard]] std::optional<QString> install();

signals:
    void hangUpReceived();
    void terminationRequested();

private:
    void readPendingSignals();

    int m_readFd = -1;
    int m_writeFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};
