// Whole-file writes that never follow a symbolic link: the folder is opened
// once without following a link, the file is made in it with O_EXCL beside
// the destination, and renamed over it. A link planted at the destination
// (a prepared USB stick, another user's trick) is refused before anything
// is written; one planted while writing is replaced by the rename, never
// written through.
#include "core/export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct AtomicFileText
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)
};

// Exports hold visitors' names and phone numbers: only the kiosk's own user may read them.
constexpr mode_t ownerOnly = S_IRUSR | S_IWUSR;

// FAT and exFAT (most USB drives) and NTFS have no Unix modes: the kernel refuses any chmod there
// that the mount options don't already give, so there a refused mode can't be helped and must not
// stop the export; everywhere else it is a real failure.
bool keepsUnixModes(const QString &folder)
{
    const QByteArray type = QStorageInfo(folder).fileSystemType().toLower();
    static const QList<QByteArray> withoutModes = {"vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk"};
    return !withoutModes.contains(type);
}

QString failure(const QString &path, const QString &reason)
{
    return AtomicFileText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString systemError(int error)
{
    return qt_error_string(error);
}

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() { close(); }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool isOpen() const { return m_fd >= 0; }
    // The result of close(2), which is where some file systems report a failed write.
    int close()
    {
        const int result = m_fd >= 0 ? ::close(m_fd) : 0;
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

// Why the folder won't take an export, or nothing.
std::optional<QString> problemWithFolder(int folderFd)
{
    struct stat info {};
    if (::fstat(folderFd, &info) != 0)
        return systemError(errno);
    // Root may export anywhere it is asked to (the command line); the kiosk's
    // user writes only into folders of its own, not into one another user
    // prepared for it.
    const uid_t me = ::geteuid();
    if (me != 0 && info.st_uid != me)
        return AtomicFileText::tr("the folder belongs to another user; nothing was written");
    return std::nullopt;
}

// Why the destination can't be replaced, or nothing (it may not exist yet).
std::optional<QString> problemWithDestination(int folderFd, const QByteArray &name)
{
    struct stat info {};
    if (::fstatat(folderFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? std::nullopt : std::optional<QString>(systemError(errno));
    if (S_ISLNK(info.st_mode))
        return AtomicFileText::tr("it is a symbolic link, which exports never follow; nothing was written");
    if (!S_ISREG(info.st_mode))
        return AtomicFileText::tr("it is not a plain file; nothing was written");
    return std::nullopt;
}

// A new file beside the destination, made by this call and no one else.
int createTemporary(int folderFd, const QByteArray &name, QByteArray &temporaryName)
{
    for (int attempt = 0; attempt < 32; ++attempt) {
        temporaryName = '.' + name + '.' + QByteArray::number(QRandomGenerator::system()->generate64(), 36) + ".part";
        const int fd = ::openat(folderFd, temporaryName.constData(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, ownerOnly);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}
} // namespace

std::optional<QString> writeFileAtomically(const QString &path, const FileFiller &fill)
{
    const QFileInfo destination(path);
    const QString folderPath = destination.absolutePath();
    const QByteArray name = QFile::encodeName(destination.fileName());

    const FileDescriptor folder(::open(QFile::encodeName(folderPath).constData(),
                                       O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!folder.isOpen()) {
        return failure(path, errno == ELOOP || errno == ENOTDIR
                                 ? AtomicFileText::tr("its folder is a symbolic link or not a folder; nothing was written")
                                 : systemError(errno));
    }
    if (const std::optional<QString> problem = problemWithFolder(folder.get()))
        return failure(path, *problem);
    if (const std::optional<QString> problem = problemWithDestination(folder.get(), name))
        return failure(path, *problem);

    QByteArray temporaryName;
    FileDescriptor temporary(createTemporary(folder.get(), name, temporaryName));
    if (!temporary.isOpen())
        return failure(path, systemError(errno));
    const auto giveUp = [&](const QString &reason) {
        temporary.close();
        ::unlinkat(folder.get(), temporaryName.constData(), 0);
        return failure(path, reason);
    };

    // Set on the new file itself, whatever the umask: the destination is never
    // readable by others, not even for a moment.
    if (::fchmod(temporary.get(), ownerOnly) != 0 && keepsUnixModes(folderPath))
        return giveUp(systemError(errno));

    {
        QFile file;
        if (!file.open(temporary.get(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return giveUp(file.errorString());
        if (const std::optional<QString> fillFailure = fill(file))
            return giveUp(*fillFailure);
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return giveUp(file.errorString());
    }
    if (::fsync(temporary.get()) != 0)
        return giveUp(systemError(errno));
    if (temporary.close() != 0)
        return giveUp(systemError(errno));
    // Replaces the directory entry, whatever it is by now: a link that
    // appeared since the check is replaced, not followed.
    if (::renameat(folder.get(), temporaryName.constData(), folder.get(), name.constData()) != 0)
        return giveUp(systemError(errno));
    // The rename itself survives a power cut.
    ::fsync(folder.get());
    return std::nullopt;
}
