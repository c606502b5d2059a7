// The folder a benchmark was given on its command line, made if it doesn't
// exist yet, so that `carekiosk-bench-… 20000 /tmp/new` just works.
#pragma once

#include <QDir>
#include <QString>

#include <optional>

// argv[index] made into a folder; `fallback` when not given; nothing (with
// one line on stderr) when it can't be made.
inline std::optional<QString> benchFolder(int argc, char **argv, int index, const QString &fallback)
{
    if (argc <= index)
        return fallback;
    const QString folder = QDir(QString::fromLocal8Bit(argv[index])).absolutePath();
    if (!QDir().mkpath(folder)) {
        qCritical("can't make the folder %s", qPrintable(folder));
        return std::nullopt;
    }
    return folder;
}
