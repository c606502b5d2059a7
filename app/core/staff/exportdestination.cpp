// Choosing an export folder.
#include "core/staff/exportdestination.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>

namespace ExportDestinations {
QStringList removableMountPrefixes()
{
    return {QStringLiteral("/media/"), QStringLiteral("/run/media/")};
}

QList<ExportDestination> available(const QList<MountedVolume> &volumes, const QStringList &prefixes,
                                   const QString &fallbackFolder)
{
    QList<ExportDestination> destinations;
    for (const MountedVolume &volume : volumes) {
        const QString root = QDir::cleanPath(volume.rootPath) + u'/';
        const bool removable = std::any_of(prefixes.begin(), prefixes.end(),
                                           [&](const QString &prefix) { return root.startsWith(prefix); });
        if (!removable || !volume.ready || volume.readOnly)
            continue;
        const QString name = volume.name.isEmpty() ? QDir(volume.rootPath).dirName() : volume.name;
        // The size tells two sticks with the same label apart, and a stick from a phone.
        const QString description =
            volume.bytesTotal > 0
                ? QCoreApplication::translate("ExportDestinations", "USB drive %1 (%2)")
                      .arg(name, QLocale().formattedDataSize(volume.bytesTotal, 1, QLocale::DataSizeSIFormat))
                : QCoreApplication::translate("ExportDestinations", "USB drive %1").arg(name);
        destinations.append({volume.rootPath, description, true});
    }
    destinations.append({fallbackFolder, fallbackFolder, false});
    return destinations;
}

QList<ExportDestination> availableNow(const QString &fallbackFolder)
{
    QList<MountedVolume> volumes;
    for (const QStorageInfo &storage : QStorageInfo::mountedVolumes())
        volumes.append({storage.rootPath(), storage.name(), storage.isReadOnly(), storage.isValid() && storage.isReady(),
                        storage.bytesTotal()});
    return available(volumes, removableMountPrefixes(), fallbackFolder);
}

QString fileName(const QString &stem, const QString &extension, const QDateTime &localTime)
{
    return QStringLiteral("%1-%2.%3").arg(stem, localTime.toString(QStringLiteral("yyyyMMdd-HHmmss")), extension);
}
} // namespace ExportDestinations
