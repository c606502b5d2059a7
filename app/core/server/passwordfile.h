// The password of a PostgreSQL role, read from a file that only its owner,
// the user running CareKiosk, can read.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

struct PasswordFile
{
    Q_DECLARE_TR_FUNCTIONS(PasswordFile)

public:
    QString password;               // the first line, without its line break
    std::optional<QString> problem;  // one line for IT; then `password` is empty

    // Refuses a file that others could read or write (any group or other
    // permission bit), one that belongs to another user, a symbolic link and
    // an empty file: a password others can read is no longer the kiosk's.
    static PasswordFile read(const QString &path);
};
