// Entry point: parses the command line and hands over to a sub-command or the kiosk.
#include "cli/checkcontentcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

// The installed content next to the binary, else the source tree's (development).
QString defaultContentDir()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/carekiosk/content"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
    return QStringLiteral(CAREKIOSK_SOURCE_CONTENT_DIR);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carekiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREKIOSK_VERSION));
    // Sub-commands speak through their own output, not the log.
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    if (command == u"check-content")
        return CheckContentCommand::run(arguments, defaultContentDir(), out, err);
    if (command == u"--version") {
        out << "carekiosk " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        out << QCoreApplication::translate("main", "Usage: carekiosk check-content [DIR]\n"
                                                   "       carekiosk --version\n"
                                                   "Run 'carekiosk SUB-COMMAND --help' for a sub-command's options.\n");
        return 0;
    }
    err << QCoreApplication::translate("main", "carekiosk: unknown sub-command '%1'; see carekiosk --help")
               .arg(command)
        << '\n';
    return 1;
}
