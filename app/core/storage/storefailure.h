// Why the call-back database refused a read or a write, sorted into the few
// cases staff can act on. Details never hold a visitor's data.
#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

struct StoreFailure
{
    enum class Kind {
        DiskFull,     // no space left on the device
        ReadOnly,     // the file or its folder can't be written
        Locked,       // another program holds the database past the busy time-out
        Damaged,      // the file is not a sound SQLite database
        Rejected,     // a value broke a limit or a constraint
        Unavailable,  // the database could not be opened or set up
        Other,
    };

    Kind kind = Kind::Other;
    QString detail;  // technical, for the log and the staff screen

    // "disk full: database or disk is full (while saving a request)"
    QString toString() const;

    // Sorts the error `db` reported last, using SQLite's own codes and the
    // operating system's errno behind an I/O error.
    [[nodiscard]] static StoreFailure fromSqlError(const QSqlDatabase &db, const QSqlError &error,
                                                   const QString &during);
    // Sorts a failed system call by its errno: "can't create DIR: Read-only file system".
    [[nodiscard]] static StoreFailure fromSystemError(const QString &what, int systemErrno);
};

QString kindName(StoreFailure::Kind kind);
