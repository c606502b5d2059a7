// The front desk's connection to the clinic's server (`carekiosk desk`):
// signed in with a front-desk role's name and password as typed, the
// server's call-back list, and word from the server (LISTEN/NOTIFY) the
// moment any kiosk's request arrives or the list changes.
#pragma once

#include "core/server/servercallbacks.h"
#include "core/server/serverconnection.h"

#include <QObject>

#include <memory>

class DeskSession : public QObject
{
    Q_OBJECT

public:
    static QString channel() { return QStringLiteral("carekiosk_requests"); }

    explicit DeskSession(const ServerSettings &server, QObject *parent = nullptr);
    ~DeskSession() override;

    // Connects (TLS as [server] says) and checks that the role may read the
    // list: a kiosk's role can't sign in here.
    [[nodiscard]] std::optional<ServerFailure> signIn(const QString &user, const QString &password);
    void signOut();
    bool isSignedIn() const { return m_callbacks != nullptr; }
    // The server's list; null when signed out.
    ServerCallbacks *callbacks() const { return m_callbacks.get(); }

signals:
    // A request arrived, or the list changed, on the server.
    void listChanged();

private:
    ServerSettings m_server;
    QString m_connectionName;
    std::unique_ptr<ServerCallbacks> m_callbacks;
};
