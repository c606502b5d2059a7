// Start-up of the front desk's window: the configuration's [server], the
// articles (for topic titles), a local database for the staff screen's own
// needs, then the window.
#include "deskapplication.h"

#include "cli/commandpaths.h"
#include "core/content/articlelibrary.h"
#include "core/logging.h"
#include "core/server/desksession.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/staffdesk.h"
#include "core/storage/kioskdatabase.h"
#include "ui/desk/deskwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int DeskApplication::run(int &argc, char **argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("carekiosk"));
    QApplication::setApplicationVersion(QStringLiteral(CAREKIOSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "DeskApplication",
        "The staff screen as a window on the front-desk PC: every kiosk's call-back requests, read from the "
        "clinic's server ([server] in the configuration). Staff sign in with their front-desk name and password."));
    parser.addHelpOption();
    const QString contentDir = CommandPaths::defaultContentDir();
    const QCommandLineOption content(QStringLiteral("content"),
                                     QApplication::translate("DeskApplication", "Articles folder, for topic titles (default: %1).")
                                         .arg(contentDir),
                                     QStringLiteral("DIR"), contentDir);
    parser.addOption(content);
    const CommandPaths::DataAndConfig paths = CommandPaths::addDataAndConfigOptions(parser);
    QStringList arguments = QApplication::arguments();
    arguments.removeAt(1);  // "desk"
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "carekiosk desk: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << CommandPaths::helpText(parser, QStringLiteral("desk"));
        return 0;
    }
    const KioskSettings settings = KioskSettings::load(parser.value(paths.config));
    for (const QString &warning : settings.warnings())
        qCWarning(lcSettings).noquote() << warning;
    if (!settings.server()) {
        const bool warned = settings.warnings().join(u'\n').contains(QStringLiteral("[server]"));
        QTextStream(stderr) << "carekiosk desk: " << parser.value(paths.config)
                            << (warned ? " has no usable [server] section; see the warnings above\n"
                                       : " has no [server] section: the desk needs the clinic's server (host, ca_file)\n");
        return 1;
    }
    const ArticleLibrary library = ArticleLibrary::load(parser.value(content));
    KioskDatabase database(parser.value(paths.data));
    if (const std::optional<StoreFailure> failure = database.open())
        qCWarning(lcStaff).noquote() << "the desk's own database can't be used (usage figures, notices):"
                                     << failure->toString();
    StaffDesk desk(database, settings, library);
    DeskSession session(*settings.server());
    DeskWindow window(desk, session, settings);
    window.setStyleSheet(Theme::styleSheet(Theme::smallestTextPercent, false));
    window.resize(1280, 800);
    window.show();
    return application.exec();
}
