// Private folders and files.
#include "core/storage/privatepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

std::optional<StoreFailure> makePrivateDirectory(const QString &path)
{
    if (QFileInfo(path).isDir())
        return std::nullopt;
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return StoreFailure{StoreFailure::Kind::Unavailable, QStringLiteral("can't create %1").arg(parent)};
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
        return StoreFailure::fromSystemError(QStringLiteral("can't create %1").arg(path), errno);
    return std::nullopt;
}

// SQLite gives the -wal and -shm files the mode of the database file, so a
// file created 0600 keeps all three private from the moment they exist.
std::optional<StoreFailure> makePrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        // Made by root (IT running a sub-command) in the kiosk user's folder:
        // the file goes to that user, or the kiosk could not open it. SQLite
        // does the same for the -wal and -shm files when it runs as root.
        struct stat folder = {};
        if (::geteuid() == 0 && ::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &folder) == 0
            && folder.st_uid != 0 && ::fchown(fd, folder.st_uid, folder.st_gid) != 0) {
            const int error = errno;
            ::close(fd);
            return StoreFailure::fromSystemError(QStringLiteral("can't give %1 to the kiosk user").arg(path), error);
        }
        ::close(fd);
        return std::nullopt;
    }
    if (errno == EEXIST)
        return std::nullopt;
    return StoreFailure::fromSystemError(QStringLiteral("can't create %1").arg(path), errno);
}

