// Whole-file writes through QSaveFile, private to the owner.
#include "core/export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace {
struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

// Exports hold visitors' names and phone numbers: only the kiosk's own user may read them.
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// FAT and exFAT (most USB drives) and NTFS have no Unix modes: the kernel refuses any chmod there
// that the mount options don't already give, so there a refused mode can't be helped and must not
// stop the export; everywhere else it is a real failure.
bool keepsUnixModes(const QString &path)
{
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const QList<QByteArray> withoutModes = {"vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk"};
    return !withoutModes.contains(type);
}

QString failure(const QString &path, const QString &reason)
{
    return AtomicFileText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}
} // namespace

std::optional<QString> writeFileAtomically(const QString &path, const FileFiller &fill)
{
    QSaveFile file(path);
    // Without this, QSaveFile would write straight into the destination when its folder refuses new
    // files, and a failure half-way would leave a partial file there.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());

    // Set on the temporary file, so the destination is never readable by others, not even for a moment.
    // QSaveFile gives a new file 0666 less the umask, and a replaced file the old file's mode.
    if (!file.setPermissions(ownerOnly)) {
        if (keepsUnixModes(path)) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return failure(path, reason);
        }
        file.unsetError();
    }

    if (const std::optional<QString> fillFailure = fill(file)) {
        file.cancelWriting();
        return failure(path, *fillFailure);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return std::nullopt;
}
