// Start-up of the kiosk: settings, content, search index, then the window;
// and its life as a systemd service: readiness, watchdog, SIGHUP, SIGTERM.
#include "kioskapplication.h"

#include "cli/commandpaths.h"
#include "core/logging.h"
#include "core/service/servicenotifier.h"
#include "core/service/unixsignalwatcher.h"
#include "kiosk.h"
#include "ui/article/articlescreen.h"
#include "ui/kioskwindow.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>
#include <QWindow>

#include <functional>
#include <optional>
#include <utility>

namespace {

// Runs an action once, when the window is first on screen: "ready" for
// systemd means a visitor can see the kiosk, not just that it was built.
class FirstExposure : public QObject
{
public:
    FirstExposure(QWindow *window, std::function<void()> action) : QObject(window), m_action(std::move(action))
    {
        if (window->isExposed())
            runOnce();
        else
            window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            runOnce();
        }
        return false;
    }

private:
    void runOnce()
    {
        if (m_action)
            std::exchange(m_action, nullptr)();
    }

    std::function<void()> m_action;
};

// Qt aborts with a core dump when the display it needs is missing; the
// kiosk says so in one line instead. Only for the platforms that need one.
std::optional<QString> missingDisplay()
{
    const QString platforms = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool hasX = !qEnvironmentVariableIsEmpty("DISPLAY");
    // A Wayland client falls back to the socket "wayland-0".
    const bool hasWayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")
            && QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/wayland-0")));
    const QStringList wanted = platforms.isEmpty() ? QStringList{QStringLiteral("xcb")} : platforms.split(QLatin1Char(';'));
    for (const QString &platform : wanted) {
        const QString name = platform.section(QLatin1Char(':'), 0, 0);
        if ((name == QLatin1String("xcb") && hasX) || (name == QLatin1String("wayland") && hasWayland)
            || (name != QLatin1String("xcb") && name != QLatin1String("wayland")))
            return std::nullopt;
    }
    return QStringLiteral("carekiosk: no display to show the kiosk on (DISPLAY and WAYLAND_DISPLAY are not set); "
                          "start it in a desktop session, under cage, or under xvfb-run for a test");
}

bool asksOnlyForHelpOrVersion(int argc, char **argv)
{
    for (int index = 1; index < argc; ++index) {
        const QByteArray argument(argv[index]);
        if (argument == "--help" || argument == "-h" || argument == "--help-all" || argument == "--version"
            || argument == "-v")
            return true;
    }
    return false;
}

QString readyStatus(Kiosk::SettingsReload reload)
{
    switch (reload) {
    case Kiosk::SettingsReload::Applied:
        return QStringLiteral("Showing the kiosk; configuration re-read and applied");
    case Kiosk::SettingsReload::AfterThisVisit:
        return QStringLiteral("Showing the kiosk; configuration re-read, applied when the current visitor is done");
    case Kiosk::SettingsReload::FileUnusable:
        return QStringLiteral("Showing the kiosk; configuration file unusable, the settings in use stay");
    }
    return {};
}

} // namespace

int KioskApplication::run(int &argc, char **argv)
{
    if (const std::optional<QString> problem = missingDisplay()) {
        if (!asksOnlyForHelpOrVersion(argc, argv)) {
            QTextStream(stderr) << *problem << '\n';
            return 1;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");  // printing the help needs no screen
    }
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
        "  purge                 apply the retention policy now\n"
        "  desk                  the staff screen as a window on the front-desk PC, on the clinic's server"));
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
    // Both before the kiosk is built, which takes seconds: a SIGTERM then is
    // answered as soon as the event loop runs, a SIGHUP re-reads the file.
    ServiceNotifier service;
    UnixSignalWatcher unixSignals;
    if (const std::optional<QString> error = unixSignals.install())
        qCWarning(lcService).noquote() << "SIGHUP and SIGTERM are not handled:" << *error;

    Kiosk kiosk(parser.value(content), parser.value(paths.config), parser.value(paths.data));
    KioskWindow &window = kiosk.window();
    if (parser.isSet(windowed)) {
        window.resize(1280, 800);
        window.show();
    } else {
        window.setKioskMode(true);
    }

    const auto ready = [&service] { service.notifyReady(QStringLiteral("Showing the kiosk")); };
    if (QWindow *handle = window.windowHandle())
        new FirstExposure(handle, ready);
    else
        ready();
    QObject::connect(&unixSignals, &UnixSignalWatcher::hangUpReceived, &application, [&service, &kiosk] {
        service.notifyReloading(QStringLiteral("Re-reading the configuration"));
        service.notifyReady(readyStatus(kiosk.reloadSettings()));
    });
    // exit(), not quit(): Qt 6 turns quit() into a close request to every
    // window, which the locked-down kiosk window refuses.
    QObject::connect(&unixSignals, &UnixSignalWatcher::terminationRequested, &application,
                     [] { QCoreApplication::exit(0); });
    QObject::connect(kiosk.window().articleScreen(), &ArticleScreen::readerGaveUp, &application, [] {
        QCoreApplication::exit(KioskApplication::readerFailedExitCode);
    });
    QObject::connect(&application, &QCoreApplication::aboutToQuit, &service,
                     [&service] { service.notifyStopping(QStringLiteral("Closing")); });
    // Without a service manager nothing would start the kiosk again.
    if (service.isSupervised())
        kiosk.startNightlyRestarts();
    return application.exec();
}
