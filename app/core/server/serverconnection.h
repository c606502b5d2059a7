// Opening a connection to the clinic's PostgreSQL server (Qt's QPSQL driver)
// as [server] says: TLS checked against the clinic's CA, the password from
// the password file or typed at the desk's sign-in.
#pragma once

#include "core/settings/kiosksettings.h"

#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlError;

struct ServerFailure
{
    enum class Kind {
        Unreachable,  // no answer, connection lost: try again later
        Untrusted,    // TLS: the certificate doesn't match the CA or the host name
        Refused,      // the role, its password or its password file
        Rejected,     // the server refused a statement (a privilege, a constraint)
    };
    Kind kind = Kind::Unreachable;
    QString detail;  // PostgreSQL's words; never a visitor's data

    static ServerFailure fromError(const QSqlError &error);
    QString kindName() const;
};

namespace ServerConnection {
// Opens `connectionName` (QPSQL) for `user` with `password`; on a failure the
// connection is removed again. Use it from the thread that opened it only.
[[nodiscard]] std::optional<ServerFailure> open(const ServerSettings &server, const QString &connectionName,
                                                const QString &user, const QString &password);
// The same with the user and password file of [server].
[[nodiscard]] std::optional<ServerFailure> openWithPasswordFile(const ServerSettings &server,
                                                                const QString &connectionName);
void close(const QString &connectionName);
// libpq's connection options for `server`, separated by ';' as QPSQL wants them.
QString connectOptions(const ServerSettings &server);
} // namespace ServerConnection
