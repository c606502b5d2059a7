// Signing the front desk in to the server, and listening for changes.
#include "core/server/desksession.h"

#include "core/logging.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

DeskSession::DeskSession(const ServerSettings &server, QObject *parent)
    : QObject(parent), m_server(server),
      m_connectionName(QStringLiteral("carekiosk.desk.%1").arg(quintptr(this), 0, 16))
{
}

DeskSession::~DeskSession()
{
    signOut();
}

std::optional<ServerFailure> DeskSession::signIn(const QString &user, const QString &password)
{
    signOut();
    if (std::optional<ServerFailure> failure = ServerConnection::open(m_server, m_connectionName, user, password)) {
        qCWarning(lcSecurity).noquote() << "front desk sign-in to" << m_server.address() << "as" << user
                                        << "failed:" << failure->kindName() << QStringLiteral("(%1)").arg(failure->detail);
        return failure;
    }
    // A kiosk's role connects too; only a front-desk role can read names.
    std::optional<ServerFailure> cannotRead;
    {
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        if (!probe.exec(QStringLiteral("SELECT first_name FROM callback_requests LIMIT 0"))) {
            cannotRead = ServerFailure::fromError(probe.lastError());
            cannotRead->kind = ServerFailure::Kind::Refused;
        }
    }
    if (cannotRead) {
        ServerConnection::close(m_connectionName);
        qCWarning(lcSecurity).noquote() << "front desk sign-in to" << m_server.address() << "as" << user
                                        << "refused: the role can't read the list";
        return cannotRead;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.driver()->subscribeToNotification(channel()))
        qCWarning(lcServer).noquote() << "the desk won't hear of new requests at once (LISTEN failed:"
                                      << db.driver()->lastError().text() << "); the list is read every few seconds";
    connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == channel())
            emit listChanged();
    });
    m_callbacks = std::make_unique<ServerCallbacks>(m_connectionName);
    qCInfo(lcSecurity).noquote() << "the front desk signed in to" << m_server.address() << "as" << user;
    return std::nullopt;
}

void DeskSession::signOut()
{
    if (!m_callbacks)
        return;
    m_callbacks.reset();
    ServerConnection::close(m_connectionName);
    qCInfo(lcSecurity) << "the front desk signed out";
}
