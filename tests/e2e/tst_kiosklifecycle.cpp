// The real kiosk binary in a real X server (Xvfb), driven by real X input
// (xdotool), in a process group of its own as under systemd:
// - a stop (SIGTERM to the whole group, as systemd sends it; SIGTERM to the
//   kiosk alone; SIGINT to the group, as a terminal's Ctrl+C) while an
//   article is open ends every process of the group within 3 s, with few
//   log lines about the renderer;
// - a reader whose renderer can no longer start (its zygote, the process
//   every renderer is forked from, is gone) is not hammered: the tries back
//   off, the log says it once a minute, the visitor sees a calm notice while
//   Home and the call-back form still work, and the kiosk finally exits
//   non-zero for its service manager to start it fresh.
#include "ui/theme.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

constexpr int screenWidth = 1920;
constexpr int screenHeight = 1080;
const QString clinic = QStringLiteral("Orthopedic & Wellness");

QString runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 10000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// An X server of the test's own, on the first display number without a lock.
class VirtualScreen
{
public:
    bool start()
    {
        int number = 91;
        while (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number)))
            ++number;
        m_display = QStringLiteral(":%1").arg(number);
        m_server.start(QStringLiteral("Xvfb"), {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                                                QStringLiteral("%1x%2x24").arg(screenWidth).arg(screenHeight),
                                                QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!m_server.waitForStarted(5000))
            return false;
        qputenv("DISPLAY", m_display.toUtf8());
        for (int tries = 0; tries < 50; ++tries) {
            QProcess probe;
            probe.start(QStringLiteral("xdpyinfo"), {QStringLiteral("-display"), m_display});
            if (probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    ~VirtualScreen()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

private:
    QString m_display;
    QProcess m_server;
};

// One process's line in /proc: its parent, its process group, its command line.
struct ProcessInfo
{
    pid_t pid = 0;
    pid_t parent = 0;
    pid_t group = 0;
    char state = '?';  // 'Z': ended, waiting only to be reaped by its new parent
    QByteArray commandLine;
    qint64 cpuTicks = 0;  // user + system
};

std::optional<ProcessInfo> processInfo(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // The command name is in parentheses and may hold spaces; the fields follow the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    ProcessInfo info;
    info.pid = pid;
    info.state = fields[0].isEmpty() ? '?' : fields[0].at(0);
    info.parent = pid_t(fields[1].toInt());
    info.group = pid_t(fields[2].toInt());
    info.cpuTicks = fields[11].toLongLong() + fields[12].toLongLong();
    QFile commandLine(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (commandLine.open(QIODevice::ReadOnly))
        info.commandLine = commandLine.readAll().replace('\0', ' ');
    return info;
}

QList<ProcessInfo> processesInGroup(pid_t group)
{
    QList<ProcessInfo> members;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const int pid = entry.toInt(&isNumber);
        if (!isNumber)
            continue;
        if (const std::optional<ProcessInfo> info = processInfo(pid_t(pid)); info && info->group == group)
            members.append(*info);
    }
    return members;
}

// No process of the group runs any more. An ended helper whose parent (the
// kiosk) is gone waits as a zombie until PID 1 reaps it; it runs nothing.
bool groupIsGone(pid_t group)
{
    if (::kill(-group, 0) != 0 && errno == ESRCH)
        return true;
    const QList<ProcessInfo> members = processesInGroup(group);
    return std::all_of(members.cbegin(), members.cend(), [](const ProcessInfo &member) { return member.state == 'Z'; });
}

} // namespace

class TestKioskLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_screen.start(), "Xvfb did not start");
        QDir().mkpath(QStringLiteral(CAREKIOSK_SCREENSHOT_DIR));
    }

    void cleanup()
    {
        if (m_kiosk && m_kiosk->state() != QProcess::NotRunning) {
            ::kill(-m_group, SIGKILL);
            m_kiosk->waitForFinished(10000);
        }
        if (m_group > 0)
            ::kill(-m_group, SIGKILL);  // helpers left behind by a failed test
        m_kiosk.reset();
        m_group = 0;
    }

    void stopsWithinThreeSeconds_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<bool>("wholeGroup");
        QTest::newRow("SIGTERM to the process group (systemctl stop)") << int(SIGTERM) << true;
        QTest::newRow("SIGTERM to the kiosk alone") << int(SIGTERM) << false;
        QTest::newRow("SIGINT to the process group (Ctrl+C)") << int(SIGINT) << true;
    }

    void stopsWithinThreeSeconds()
    {
        QFETCH(int, signalNumber);
        QFETCH(bool, wholeGroup);
        QVERIFY2(startKiosk(), qPrintable(log()));
        QVERIFY2(openArticle(), qPrintable(log()));
        QTest::qWait(1500);  // the article painted, the renderer busy with nothing in particular

        QElapsedTimer stopping;
        stopping.start();
        QCOMPARE(::kill(wholeGroup ? -m_group : m_group, signalNumber), 0);
        QVERIFY2(m_kiosk->waitForFinished(10000), qPrintable(log()));
        const qint64 kioskGoneMs = stopping.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(groupIsGone(m_group), 10000);
        const qint64 groupGoneMs = stopping.elapsed();
        const int rendererLines = linesMatching(QStringLiteral("renderer"));
        qInfo().noquote() << "kiosk exited after" << kioskGoneMs << "ms, every process of its group after"
                          << groupGoneMs << "ms, exit code" << m_kiosk->exitCode() << "," << rendererLines
                          << "log lines about the renderer";

        QCOMPARE(m_kiosk->exitStatus(), QProcess::NormalExit);
        QVERIFY2(m_kiosk->exitCode() == 0, qPrintable(log()));
        QVERIFY2(groupGoneMs < 3000, qPrintable(log()));
        QVERIFY2(rendererLines < 10, qPrintable(log()));
    }

    void rendererThatCannotStartBacksOffAndGivesUp()
    {
        QVERIFY2(startKiosk(), qPrintable(log()));
        QVERIFY2(openArticle(), qPrintable(log()));
        QTest::qWait(1500);
        const QString articleTitle = windowTitle();

        // Take away what every renderer is started from, then the renderer:
        // from now on no renderer can start, as when the zygote died.
        int killed = 0;
        for (const ProcessInfo &process : processesInGroup(m_group)) {
            if (process.pid != m_group && process.commandLine.contains("QtWebEngineProcess")) {
                ::kill(process.pid, SIGKILL);
                ++killed;
            }
        }
        QVERIFY2(killed >= 2, "found no zygote and renderer to end");
        QElapsedTimer sinceFailure;
        sinceFailure.start();
        const qint64 cpuAtFailure = processInfo(m_group)->cpuTicks;

        // The visitor sees the notice in the reader, not a blank page.
        QTRY_VERIFY2_WITH_TIMEOUT(readerShowsTheNotice(), qPrintable(log()), 10000);
        screenshot(QStringLiteral("lifecycle-reader-unavailable"));
        QCOMPARE(windowTitle(), articleTitle);

        // Home and the call-back form still work.
        tap(206, 46);
        QVERIFY2(waitForTitle(QStringLiteral("Home")), qPrintable(log()));
        tap(painManagementCard.x(), painManagementCard.y());
        QVERIFY2(waitForTitle(QStringLiteral("Pain management")), qPrintable(log()));
        tap(1421, 261);
        QVERIFY2(waitForTitle(articleTitle.section(QStringLiteral(" — "), 1)), qPrintable(log()));
        QTRY_VERIFY2_WITH_TIMEOUT(readerShowsTheNotice(), qPrintable(log()), 10000);
        tap(1583, 1023);
        QVERIFY2(waitForTitle(QStringLiteral("Call back")), qPrintable(log()));
        screenshot(QStringLiteral("lifecycle-callback-while-reader-down"));
        tap(206, 46);
        QVERIFY2(waitForTitle(QStringLiteral("Home")), qPrintable(log()));

        // The first minute: few tries, little CPU.
        QTest::qWait(int(qMax<qint64>(0, 60000 - sinceFailure.elapsed())));
        const int triesInFirstMinute = linesMatching(QStringLiteral("debug carekiosk.web: starting the renderer again"));
        const std::optional<ProcessInfo> afterMinute = processInfo(m_group);
        QVERIFY2(afterMinute, qPrintable(log()));
        const double cpuSeconds = double(afterMinute->cpuTicks - cpuAtFailure) / double(::sysconf(_SC_CLK_TCK));
        qInfo().noquote() << "first minute without a renderer:" << triesInFirstMinute << "tries to start one; kiosk CPU"
                          << QString::number(cpuSeconds, 'f', 2) << "s in" << sinceFailure.elapsed() / 1000 << "s";
        QVERIFY2(triesInFirstMinute >= 3 && triesInFirstMinute < 20, qPrintable(log()));

        // Then the kiosk gives up, non-zero, for the service manager.
        QVERIFY2(m_kiosk->waitForFinished(150000), qPrintable(log()));
        const qint64 exitedAfterMs = sinceFailure.elapsed();
        const int warnings = linesMatching(QStringLiteral("^(warning|critical) carekiosk\\.web:"));
        qInfo().noquote() << "kiosk exited with code" << m_kiosk->exitCode() << "after" << exitedAfterMs / 1000
                          << "s without a renderer," << linesMatching(QStringLiteral("starting the renderer again"))
                          << "tries in all," << warnings << "warning lines from the reader:\n"
                          << linesMatchingText(QStringLiteral("^(warning|critical) carekiosk\\.web:"));
        QCOMPARE(m_kiosk->exitStatus(), QProcess::NormalExit);
        QVERIFY2(m_kiosk->exitCode() != 0, qPrintable(log()));
        // Once a minute at most, plus the line that gives up.
        QVERIFY2(warnings <= int(exitedAfterMs / 60000) + 2, qPrintable(log()));
    }

private:
    bool startKiosk()
    {
        const QString data = m_dir.filePath(QStringLiteral("data-%1").arg(++m_runs));
        m_kiosk = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{type} %{category}: %{message}"));
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("carekiosk.web.debug=true\nqt.webenginecontext.info=false"));
        if (::getuid() == 0)
            environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        m_kiosk->setProcessEnvironment(environment);
        // A process group of its own, as a service's: the signals go to all of it.
        m_kiosk->setChildProcessModifier([] { ::setpgid(0, 0); });
        m_kiosk->setProcessChannelMode(QProcess::MergedChannels);
        m_kiosk->start(QStringLiteral(CAREKIOSK_BINARY),
                       {QStringLiteral("--content"), QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR), QStringLiteral("--config"),
                        QStringLiteral(CAREKIOSK_SAMPLE_CONFIG), QStringLiteral("--data"), data});
        if (!m_kiosk->waitForStarted(10000))
            return false;
        m_group = pid_t(m_kiosk->processId());
        m_log.clear();
        return waitForTitle(QStringLiteral("Welcome"), 30000);
    }

    // Home's "Pain management" card at 1920x1080: the fifth category by name, first column.
    static constexpr QPoint painManagementCard{200, 640};

    // Attract -> Home -> "Pain management" -> "How Botox can relieve pain".
    bool openArticle()
    {
        tap(screenWidth / 2, screenHeight / 2);
        if (!waitForTitle(QStringLiteral("Home")))
            return false;
        tap(painManagementCard.x(), painManagementCard.y());
        if (!waitForTitle(QStringLiteral("Pain management")))
            return false;
        tap(1421, 261);
        return waitForTitle(QStringLiteral("How Botox can relieve pain"));
    }

    void tap(int x, int y)
    {
        runProgram(QStringLiteral("xdotool"), {QStringLiteral("mousemove"), QString::number(x), QString::number(y),
                                               QStringLiteral("click"), QStringLiteral("1")});
        QTest::qWait(400);
    }

    QString windowTitle()
    {
        // The window is found again each time: Qt makes a new native window
        // when the web view first appears.
        const QStringList windows = runProgram(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                                                          QStringLiteral("--name"), clinic})
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (windows.isEmpty())
            return {};
        return runProgram(QStringLiteral("xdotool"), {QStringLiteral("getwindowname"), windows.last()});
    }

    bool waitForTitle(const QString &screen, int timeoutMs = 15000)
    {
        const QString expected = clinic + QStringLiteral(" — ") + screen;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs) {
            if (windowTitle() == expected)
                return true;
            QTest::qWait(100);
        }
        qWarning().noquote() << "expected the screen" << screen << "but the title is" << windowTitle();
        return false;
    }

    QString screenshot(const QString &name)
    {
        const QString path = QStringLiteral(CAREKIOSK_SCREENSHOT_DIR "/%1.png").arg(name);
        runProgram(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), path});
        return path;
    }

    // The notice's own colour in the reader's margins (the page there is
    // the article's background colour).
    bool readerShowsTheNotice()
    {
        const QImage shot(screenshot(QStringLiteral("lifecycle-probe")));
        if (shot.isNull())
            return false;
        const QColor notice(Theme::palette(false).value(QStringLiteral("panel")));
        const QPoint margins[] = {{30, 140}, {1200, 140}, {30, 1040}, {1200, 1040}};
        for (const QPoint &point : margins) {
            if (shot.pixelColor(point) != notice)
                return false;
        }
        return true;
    }

    QString log()
    {
        if (m_kiosk)
            m_log += QString::fromUtf8(m_kiosk->readAll());
        return m_log;
    }

    QString linesMatchingText(const QString &pattern)
    {
        const QRegularExpression expression(pattern);
        QStringList lines;
        for (const QString &line : log().split(QLatin1Char('\n'))) {
            if (expression.match(line).hasMatch())
                lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }

    int linesMatching(const QString &pattern)
    {
        const QString lines = linesMatchingText(pattern);
        return lines.isEmpty() ? 0 : int(lines.count(QLatin1Char('\n'))) + 1;
    }

    QTemporaryDir m_dir;
    VirtualScreen m_screen;
    std::unique_ptr<QProcess> m_kiosk;
    pid_t m_group = 0;
    int m_runs = 0;
    QString m_log;
};

QTEST_GUILESS_MAIN(TestKioskLifecycle)
#include "tst_kiosklifecycle.moc"
