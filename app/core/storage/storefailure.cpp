// Sorting SQLite errors into what staff can act on.
#include "core/storage/storefailure.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace {
// The connection's sqlite3 handle: QtSql's SQLite driver hands it out so the
// extended error code and errno can be read.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

StoreFailure::Kind kindOfSystemError(int systemErrno, StoreFailure::Kind otherwise)
{
    switch (systemErrno) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return StoreFailure::Kind::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM:
        return StoreFailure::Kind::ReadOnly;
    default:
        return otherwise;
    }
}
} // namespace

QString kindName(StoreFailure::Kind kind)
{
    switch (kind) {
    case StoreFailure::Kind::DiskFull: return QStringLiteral("disk full");
    case StoreFailure::Kind::ReadOnly: return QStringLiteral("read-only");
    case StoreFailure::Kind::Locked: return QStringLiteral("locked");
    case StoreFailure::Kind::Damaged: return QStringLiteral("damaged");
    case StoreFailure::Kind::Rejected: return QStringLiteral("rejected");
    case StoreFailure::Kind::Unavailable: return QStringLiteral("unavailable");
    case StoreFailure::Kind::Other: break;
    }
    return QStringLiteral("error");
}

QString StoreFailure::toString() const
{
    return kindName(kind) + QStringLiteral(": ") + detail;
}

StoreFailure StoreFailure::fromSystemError(const QString &what, int systemErrno)
{
    return {kindOfSystemError(systemErrno, Kind::Unavailable),
            QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(systemErrno)))};
}

StoreFailure StoreFailure::fromSqlError(const QSqlDatabase &db, const QSqlError &error, const QString &during)
{
    int code = error.nativeErrorCode().toInt();
    int systemErrno = 0;
    if (sqlite3 *handle = handleOf(db)) {
        if (code == 0)
            code = sqlite3_extended_errcode(handle);
        systemErrno = sqlite3_system_errno(handle);
    }
    QString text = error.text();
    if (systemErrno != 0)
        text += QStringLiteral(" (%1)").arg(QString::fromLocal8Bit(strerror(systemErrno)));
    const QString detail = QStringLiteral("%1 (while %2)").arg(text, during);

    switch (code & 0xff) {
    case SQLITE_FULL:
        return {Kind::DiskFull, detail};
    case SQLITE_READONLY:
        return {Kind::ReadOnly, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Kind::Locked, detail};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {Kind::Damaged, detail};
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return {Kind::Rejected, detail};
    case SQLITE_IOERR:
        return {kindOfSystemError(systemErrno, Kind::Other), detail};
    case SQLITE_CANTOPEN:
        return {kindOfSystemError(systemErrno, Kind::Unavailable), detail};
    default:
        return {Kind::Other, detail};
    }
}
