// Start-up of the kiosk: settings, content, search index, then the window.
#include "kioskapplication.h"

#include "cli/commandpaths.h"
#include "ui/kiosk.h"
#include "ui/kioskwindow.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

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
        "KioskApplication",
        "CareKiosk: the waiting-room kiosk. Without a sub-command it starts the kiosk full-screen.\n"
        "Sub-commands (each has --help):\n"
        "  check-content [DIR]   validate the articles and print their reading grades\n"
        "  export                write the call-back list as CSV, PDF or JSON\n"
        "  set-pin               set the staff PIN, read from standard input\n"
        "  purge                 apply the retention policy now"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QApplication::translate("KioskApplication", "Run in a window, for development."));
    const QString contentDir = CommandPaths::defaultContentDir();
    const QCommandLineOption content(QStringLiteral("content"),
                                     QApplication::translate("KioskApplication", "Articles folder (default: %1).")
                                         .arg(contentDir),
                                     QStringLiteral("DIR"), contentDir);
    parser.addOptions({windowed, content});
    const CommandPaths::DataAndConfig paths = CommandPaths::addDataAndConfigOptions(parser);
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
    Kiosk kiosk(parser.value(content), parser.value(paths.config), parser.value(paths.data));
    KioskWindow &window = kiosk.window();
    if (parser.isSet(windowed)) {
        window.resize(1280, 800);
        window.show();
    } else {
        window.setKioskMode(true);
    }
    return application.exec();
}
