// Reading a role's password file, and refusing one that others could read.
#include "core/server/passwordfile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

PasswordFile PasswordFile::read(const QString &path)
{
    PasswordFile result;
    const QByteArray encoded = QFile::encodeName(path);
    // O_NOFOLLOW: a link could point anywhere; fstat then checks the file opened, not a name.
    // O_NONBLOCK: opening a named pipe would wait for a writer, and the kiosk with it; the
    // pipe is then refused as no regular file (on which the flag changes nothing).
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        result.problem = tr("%1 can't be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat status {};
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        result.problem = tr("%1 is not a regular file").arg(path);
        return result;
    }
    if (status.st_uid != ::geteuid()) {
        ::close(fd);
        result.problem = tr("%1 belongs to another user (uid %2): it must belong to the user running CareKiosk (uid %3)")
                             .arg(path)
                             .arg(status.st_uid)
                             .arg(::geteuid());
        return result;
    }
    if ((status.st_mode & 077) != 0) {
        ::close(fd);
        result.problem = tr("%1 can be read or changed by others (mode %2): make it readable by its owner only "
                            "(chmod 600); the password is not used")
                             .arg(path)
                             .arg(status.st_mode & 0777, 4, 8, QLatin1Char('0'));
        return result;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        result.problem = tr("%1 can't be read").arg(path);
        return result;
    }
    const QByteArray firstLine = file.readLine(4096);
    result.password = QString::fromUtf8(firstLine).remove(u'\n').remove(u'\r');
    if (result.password.isEmpty())
        result.problem = tr("%1 is empty: its first line must be the password").arg(path);
    return result;
}
