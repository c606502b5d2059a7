// A folder of the fuzzer's own in memory (/dev/shm when there is one), for the
// parsers that read a file by its name.
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace Fuzz {

inline const QTemporaryDir &scratchFolder()
{
    static const QTemporaryDir folder(QDir(QStringLiteral("/dev/shm")).exists()
                                          ? QStringLiteral("/dev/shm/carekiosk-fuzz-XXXXXX")
                                          : QDir::tempPath() + QStringLiteral("/carekiosk-fuzz-XXXXXX"));
    return folder;
}

inline QString scratchPath(const QString &name)
{
    return scratchFolder().filePath(name);
}

// Replaces the file `name` in the scratch folder with `bytes`; its path.
inline QString writeScratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}

} // namespace Fuzz
