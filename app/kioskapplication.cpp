// Start-up of the kiosk: settings, content, search index, then the window.
#include "kioskapplication.h"

#include "ui/kiosk.h"
#include "ui/kioskwindow.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

QString KioskApplication::defaultContentDir()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/carekiosk/content"));
    return QFileInfo(installed).isDir() ? QDir::cleanPath(installed) : QStringLiteral(CAREKIOSK_SOURCE_CONTENT_DIR);
}

namespace {

QString defaultConfigFile()
{
    const QString system = QStringLiteral("/etc/carekiosk/carekiosk.conf");
    return QFileInfo::exists(system) ? system : QStringLiteral(CAREKIOSK_SOURCE_CONFIG);
}

} // namespace

int KioskApplication::run(int &argc, char **argv)
{
    WebEngineSetup::beforeApplication();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    // Qt WebEngine prints its whole GL set-up at info level on every start.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QApplication::setApplicationName(QStringLiteral("carekiosk"));
    QApplication::setApplicationVersion(QStringLiteral(CAREKIOSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "KioskApplication", "CareKiosk: the waiting-room kiosk. Sub-commands: check-content (see carekiosk "
                            "check-content --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QApplication::translate("KioskApplication", "Run in a window, for development."));
    const QCommandLineOption content(QStringLiteral("content"),
                                     QApplication::translate("KioskApplication", "Articles folder (default: %1).")
                                         .arg(defaultContentDir()),
                                     QStringLiteral("DIR"), defaultContentDir());
    const QCommandLineOption data(QStringLiteral("data"),
                                  QApplication::translate("KioskApplication", "Folder for the kiosk's database."),
                                  QStringLiteral("DIR"),
                                  QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QApplication::translate("KioskApplication", "Configuration file (default: %1).")
                                        .arg(defaultConfigFile()),
                                    QStringLiteral("FILE"), defaultConfigFile());
    parser.addOptions({windowed, content, data, config});
    if (!parser.parse(QApplication::arguments())) {
        QTextStream(stderr) << "carekiosk: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "carekiosk: unknown sub-command '" << parser.positionalArguments().first()
                            << "'; see carekiosk --help\n";
        return 1;
    }
    Kiosk kiosk(parser.value(content), parser.value(config), parser.value(data));
    KioskWindow &window = kiosk.window();
    if (parser.isSet(windowed)) {
        window.resize(1280, 800);
        window.show();
    } else {
        window.setKioskMode(true);
    }
    return application.exec();
}
