// Choosing an export folder.
#include "core/staff/exportdestination.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStorageInfo>

#include <algorithm>

namespace ExportDestinations {
QStringList removableMountPrefixes()
{
    return {QStringLiteral("/media/"), QStringLiteral("/run/media/")};
}

ExportDestination choose(const QList<MountedVolume> &volumes, const QStringList &prefixes,
                         const QString &fallbackFolder)
{
    for (const MountedVolume &volume : volumes) {
        const QString root = QDir::cleanPath(volume.rootPath) + u'/';
        const bool removable = std::any_of(prefixes.begin(), prefixes.end(),
                                           [&](const QString &prefix) { return root.startsWith(prefix); });
        if (removable && volume.ready && !volume.readOnly) {
            const QString name = volume.name.isEmpty() ? QDir(volume.rootPath).dirName() : volume.name;
            return {volume.rootPath, QCoreApplication::translate("ExportDestinations", "USB drive %1").arg(name), true};
        }
    }
    return {fallbackFolder, fallbackFolder, false};
}

ExportDestination chooseNow(const QString &fallbackFolder)
{
    QList<MountedVolume> volumes;
    for (const QStorageInfo &storage : QStorageInfo::mountedVolumes())
        volumes.append({storage.rootPath(), storage.name(), storage.isReadOnly(), storage.isValid() && storage.isReady()});
    return choose(volumes, removableMountPrefixes(), fallbackFolder);
}

QString fileName(const QString &stem, const QString &extension, const QDateTime &localTime)
{
    return QStringLiteral("%1-%2.%3").arg(stem, localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")), extension);
}
} // namespace ExportDestinations
