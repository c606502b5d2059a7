// Where staff exports go: a removable drive when one is plugged in, else the
// configured export folder. Staff never browse the file system for it.
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
};

struct ExportDestination
{
    QString folder;
    QString description;  // "USB drive KINGSTON" or the folder, for the staff screen
    bool removable = false;
};

namespace ExportDestinations {
// The mounts the desktop's automounter makes for USB drives.
QStringList removableMountPrefixes();

// The first writable, ready volume mounted under one of `prefixes`, else
// `fallbackFolder`.
ExportDestination choose(const QList<MountedVolume> &volumes, const QStringList &prefixes,
                         const QString &fallbackFolder);

// The same, with the volumes mounted on this machine now.
ExportDestination chooseNow(const QString &fallbackFolder);

// "callbacks-20261125-224501.csv": a new name each second, sortable.
QString fileName(const QString &stem, const QString &extension, const QDateTime &localTime);
} // namespace ExportDestinations
