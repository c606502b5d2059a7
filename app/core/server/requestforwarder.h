// Forwards the kiosk's call-back requests, and the status changes made on its
// own staff screen, to the clinic's PostgreSQL server. The local SQLite queue
// stays the durable outbox: a visitor's save never waits for the network.
// All the work is on a thread of its own, with its own SQLite and PostgreSQL
// connections; the GUI thread only starts and stops it.
#pragma once

#include "core/server/serverconnection.h"
#include "core/settings/kiosksettings.h"

#include <QObject>
#include <QThread>

class ForwardingWorker;

class RequestForwarder : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Starting,
        Connected,    // the server is reachable; the queue drains
        Unreachable,  // retried with a growing wait, up to [server] max_retry_seconds
        Untrusted,    // TLS: the server's certificate isn't the clinic's; nothing is sent
        Refused,      // the role, its password or its password file; nothing is sent
        Rejected,     // the server refused a batch (a privilege or a constraint)
    };
    Q_ENUM(State)

    // Requests per transaction on the server.
    static constexpr int batchSize = 500;

    RequestForwarder(const QString &dataDir, const ServerSettings &server, QObject *parent = nullptr);
    ~RequestForwarder() override;

    void start();
    // Waits for the batch in flight, if any, to end, then stops.
    void stop();
    // Something new to send: try now rather than at the next poll (no effect
    // while waiting out a failure).
    void wake();
    const ServerSettings &server() const { return m_server; }

signals:
    // Each change of state once (the log has one line for each as well).
    void stateChanged(RequestForwarder::State state, const QString &detail);
    // A batch is on the server and marked forwarded on the kiosk.
    void forwarded(int requests, int statusChanges);

private:
    QString m_dataDir;
    ServerSettings m_server;
    QThread m_thread;
    ForwardingWorker *m_worker = nullptr;
};
