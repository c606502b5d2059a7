// Default paths, from the installed layout or the source tree.
#include "cli/commandpaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace CommandPaths {
QString defaultContentDir()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/carekiosk/content"));
    return QFileInfo(installed).isDir() ? QDir::cleanPath(installed) : QStringLiteral(CAREKIOSK_SOURCE_CONTENT_DIR);
}

QString defaultConfigFile()
{
    const QString system = QStringLiteral("/etc/carekiosk/carekiosk.conf");
    return QFileInfo::exists(system) ? system : QStringLiteral(CAREKIOSK_SOURCE_CONFIG);
}

QString defaultDataDir()
{
    // The installed kiosk keeps its data here (the service's StateDirectory),
    // so IT's `sudo carekiosk set-pin` finds the same database.
    const QString system = QStringLiteral("/var/lib/carekiosk");
    return QFileInfo(system).isDir() ? system : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataAndConfig addDataAndConfigOptions(QCommandLineParser &parser)
{
    DataAndConfig options{
        QCommandLineOption(QStringLiteral("data"),
                           QCoreApplication::translate("CommandPaths", "Folder of the kiosk's database (default: %1).")
                               .arg(defaultDataDir()),
                           QStringLiteral("DIR"), defaultDataDir()),
        QCommandLineOption(QStringLiteral("config"),
                           QCoreApplication::translate("CommandPaths", "Configuration file (default: %1).")
                               .arg(defaultConfigFile()),
                           QStringLiteral("FILE"), defaultConfigFile()),
    };
    parser.addOption(options.data);
    parser.addOption(options.config);
    return options;
}
QString helpText(const QCommandLineParser &parser, const QString &subCommand)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString usage = text.left(lineEnd);
    const qsizetype options = usage.indexOf(QStringLiteral("[options]"));
    if (options >= 0)
        text.replace(0, lineEnd, QStringLiteral("Usage: carekiosk %1 %2").arg(subCommand, usage.mid(options)));
    return text;
}
} // namespace CommandPaths
