// Connections to the clinic's PostgreSQL server, and what their failures mean.
#include "core/server/serverconnection.h"

#include "core/server/passwordfile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace {
// libpq's quoting of a value: 'a b' with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}
} // namespace

ServerFailure ServerFailure::fromError(const QSqlError &error)
{
    const QString text = error.text().simplified();
    const QString code = error.nativeErrorCode();
    ServerFailure failure;
    failure.detail = text;
    // Not every "SSL" error: "SSL SYSCALL error: EOF detected" is a connection the server dropped.
    if (text.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("does not match host name")) || text.contains(QStringLiteral("server name"))
        || text.contains(QStringLiteral("server does not support SSL")))
        failure.kind = Kind::Untrusted;
    else if (code == QStringLiteral("28P01") || code == QStringLiteral("28000")
             || text.contains(QStringLiteral("password authentication failed"))
             || text.contains(QStringLiteral("no pg_hba.conf entry")))
        failure.kind = Kind::Refused;
    else if (code.size() == 5 && !code.startsWith(QStringLiteral("08")) && !code.startsWith(QStringLiteral("57"))
             && !code.startsWith(QStringLiteral("53")))
        // A statement the server answered and refused: a privilege (42501), a constraint (23…).
        failure.kind = Kind::Rejected;
    else
        failure.kind = Kind::Unreachable;
    return failure;
}

QString ServerFailure::kindName() const
{
    switch (kind) {
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::Untrusted:
        return QStringLiteral("untrusted");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("unreachable");
}

namespace ServerConnection {
QString connectOptions(const ServerSettings &server)
{
    QStringList options{QStringLiteral("sslmode=") + server.sslMode, QStringLiteral("connect_timeout=5"),
                        QStringLiteral("application_name=carekiosk"),
                        // A cable pulled mid-batch is noticed in about a minute, not at the OS's two hours.
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=30"),
                        QStringLiteral("keepalives_interval=10"), QStringLiteral("keepalives_count=3")};
    if (!server.caFile.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + quoted(server.caFile));
    return options.join(u';');
}

std::optional<ServerFailure> open(const ServerSettings &server, const QString &connectionName, const QString &user,
                                  const QString &password)
{
    close(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(connectionName);
            return ServerFailure{ServerFailure::Kind::Refused,
                                 QStringLiteral("Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is missing")};
        }
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(user);
        db.setPassword(password);
        db.setConnectOptions(connectOptions(server));
        if (db.open())
            return std::nullopt;
        ServerFailure failure = ServerFailure::fromError(db.lastError());
        // A failed open is never a refused statement: the role or its password.
        if (failure.kind == ServerFailure::Kind::Rejected)
            failure.kind = ServerFailure::Kind::Refused;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return failure;
    }
}

std::optional<ServerFailure> openWithPasswordFile(const ServerSettings &server, const QString &connectionName)
{
    const PasswordFile password = PasswordFile::read(server.passwordFile);
    if (password.problem)
        return ServerFailure{ServerFailure::Kind::Refused, *password.problem};
    return open(server, connectionName, server.user, password.password);
}

void close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}
} // namespace ServerConnection
