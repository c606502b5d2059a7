// Where staff exports can go: each USB drive plugged in now (by its label and
// size) and the configured export folder. Staff pick one from this list when
// there is more than one; nothing is written to a drive nobody chose, and
// staff never browse the file system.
#pragma once

#include <QList>
#include <QDateTime>
#include <QString>

struct MountedVolume
{
    QString rootPath;
    QString name;
    bool readOnly = false;
    bool ready = true;
    qint64 bytesTotal = 0;
};

struct ExportDestination
{
    QString folder;
    QString description;  // "USB drive KINGSTON (16 GB)" or the folder, for the staff screen
    bool removable = false;
};

namespace ExportDestinations {
// The mounts the desktop's automounter makes for USB drives.
QStringList removableMountPrefixes();

// Every writable, ready volume mounted under one of `prefixes`, in the
// order given, then `fallbackFolder`.
QList<ExportDestination> available(const QList<MountedVolume> &volumes, const QStringList &prefixes,
                                   const QString &fallbackFolder);

// The same, with the volumes mounted on this machine now.
QList<ExportDestination> availableNow(const QString &fallbackFolder);

// "callbacks-20261125-224501.csv": a new name each second, sortable.
QString fileName(const QString &stem, const QString &extension, const QDateTime &localTime);
} // namespace ExportDestinations
