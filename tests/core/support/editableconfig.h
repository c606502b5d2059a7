// A fresh copy of the shipped sample configuration that a test may edit,
// readable and writable by its owner only, as IT's real file would be.
#pragma once

#include <QFile>
#include <QTemporaryDir>

// The copy's path, or an empty string when it could not be made.
inline QString editableSampleConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("carekiosk.conf"));
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG), path)
        || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}
