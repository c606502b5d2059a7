// Where the kiosk and every sub-command find their content, configuration
// and data unless told otherwise, and the --data/--config options they share.
#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace CommandPaths {
// The installed articles next to the binary, else the source tree's (development).
QString defaultContentDir();
// /etc/carekiosk/carekiosk.conf when it exists, else the sample in the source tree.
QString defaultConfigFile();
// /var/lib/carekiosk when it exists (the installed kiosk), else the user's data folder.
QString defaultDataDir();

struct DataAndConfig
{
    QCommandLineOption data;
    QCommandLineOption config;
};

// Adds --data DIR and --config FILE to `parser`, with the defaults above.
DataAndConfig addDataAndConfigOptions(QCommandLineParser &parser);

// The parser's help, its usage line naming the sub-command: "Usage: carekiosk purge [options]".
QString helpText(const QCommandLineParser &parser, const QString &subCommand);
} // namespace CommandPaths
