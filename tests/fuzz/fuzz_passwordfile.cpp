// The password file of the kiosk's server role: any content, and the kinds of
// file a wrong setting could name (a link, a folder, a pipe, open permissions).
// The kiosk must answer with a password or one line for IT, and never hang.
#include "core/server/passwordfile.h"

#include "fuzzcheck.h"
#include "fuzzfiles.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace {

enum class FileKind { Regular, Link, Folder, Pipe, Missing, kMaxValue = Missing };

// The file as the fuzzer wants it at `path`.
void makeFile(const QString &path, FileKind kind, mode_t mode, const QByteArray &content)
{
    const QByteArray name = QFile::encodeName(path);
    switch (kind) {
    case FileKind::Regular:
    case FileKind::Link: {
        const QString target = kind == FileKind::Link ? path + QStringLiteral(".target") : path;
        Fuzz::writeScratchFile(QFileInfo(target).fileName(), content);
        ::chmod(QFile::encodeName(target).constData(), mode);
        if (kind == FileKind::Link)
            ::symlink(QFile::encodeName(target).constData(), name.constData());
        break;
    }
    case FileKind::Folder:
        ::mkdir(name.constData(), mode | 0700);
        break;
    case FileKind::Pipe:
        ::mkfifo(name.constData(), mode);
        break;
    case FileKind::Missing:
        break;
    }
}

void removeFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    ::unlink(name.constData());
    ::rmdir(name.constData());
    ::unlink(QFile::encodeName(path + QStringLiteral(".target")).constData());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const FileKind kind = input.ConsumeEnum<FileKind>();
    const QString path = Fuzz::scratchPath(QStringLiteral("password"));
    removeFile(path);
    const mode_t mode = input.ConsumeBool() ? 0600 : (input.ConsumeIntegral<uint16_t>() & 0777);
    const QByteArray content = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());
    makeFile(path, kind, mode, content);

    const PasswordFile password = PasswordFile::read(path);
    Fuzz::check(password.problem.has_value() == password.password.isEmpty(),
                "a password file gives a password or a problem, never both");
    Fuzz::check(!password.password.contains(u'\n') && !password.password.contains(u'\r'),
                "a password has no line break", password.password);
    if (kind != FileKind::Regular || (mode & 077) != 0)
        Fuzz::check(password.problem.has_value(), "only a regular file its owner alone can read is used");
    if (!password.problem) {
        const qsizetype lineEnd = content.indexOf('\n');
        const QByteArray firstLine = lineEnd < 0 ? content : content.left(lineEnd);
        Fuzz::check(password.password == QString::fromUtf8(firstLine).remove(u'\r'),
                    "the password is the whole first line", password.password);
    }
    removeFile(path);
    return 0;
}
