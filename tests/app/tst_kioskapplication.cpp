// The real kiosk as systemd runs it: READY=1 once on screen, watchdog pings
// that stop while the process is frozen (SIGSTOP) and come back after
// SIGCONT, a configuration re-read on SIGHUP, and a clean exit on SIGTERM.
// The test process plays systemd and cage: it owns the notification socket,
// and WATCHDOG_PID names it, the kiosk's parent.
#include "support/editableconfig.h"
#include "support/notifylistener.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {
constexpr int watchdogMs = 2000;  // so a ping every second
constexpr int windowMs = 3000;

QString perSecond(int pings, qint64 milliseconds)
{
    return QString::number(pings * 1000.0 / double(milliseconds), 'f', 2);
}
} // namespace

class TestKioskApplication : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_folders = std::make_unique<KioskFolders>();
        QVERIFY(m_folders->isReady());
        m_listener = std::make_unique<NotifyListener>(m_folders->dir.filePath(QStringLiteral("notify")));
        QVERIFY(m_listener->isListening());
        m_stderr.clear();
    }

    void cleanup()
    {
        if (m_kiosk && m_kiosk->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_kiosk->processId()), SIGCONT);
            m_kiosk->kill();
            m_kiosk->waitForFinished(10000);
        }
        m_kiosk.reset();
        m_listener.reset();
    }

    void watchdogPingsStopWhileFrozen()
    {
        const qint64 readyAt = startKiosk();
        QVERIFY2(readyAt >= 0, qPrintable(failureReport()));

        // From half a ping after READY=1, so the window holds whole periods.
        const qint64 runningFrom = readyAt + watchdogMs / 4;
        QTest::qWait(int(runningFrom - readyAt) + windowMs + 200);
        const int running = m_listener->count("WATCHDOG=1", runningFrom, runningFrom + windowMs);
        QVERIFY2(running >= 2 && running <= 4, qPrintable(failureReport()));

        // What systemd sees of a frozen screen: no pings, so it restarts the unit.
        const qint64 stoppedAt = m_listener->elapsedMs();
        QCOMPARE(::kill(pid_t(m_kiosk->processId()), SIGSTOP), 0);
        QTest::qWait(windowMs);
        const qint64 continuedAt = m_listener->elapsedMs();
        QCOMPARE(::kill(pid_t(m_kiosk->processId()), SIGCONT), 0);
        const int frozen = m_listener->count("WATCHDOG=1", stoppedAt + 100, continuedAt);
        QVERIFY2(frozen == 0, qPrintable(failureReport()));

        QTest::qWait(windowMs + 200);
        const int resumed = m_listener->count("WATCHDOG=1", continuedAt, continuedAt + windowMs);
        QVERIFY2(resumed >= 2, qPrintable(failureReport()));
        qInfo().noquote() << "watchdog pings per second: running" << perSecond(running, windowMs) << "- stopped"
                          << perSecond(frozen, continuedAt - stoppedAt - 100) << "- continued"
                          << perSecond(resumed, windowMs);

        terminateCleanly();
    }

    void hangUpReReadsTheConfiguration()
    {
        const qint64 readyAt = startKiosk();
        QVERIFY2(readyAt >= 0, qPrintable(failureReport()));

        QFile file(m_folders->config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        // [kiosk] idle_timeout_seconds is the only 90 (staff have 120).
        QCOMPARE(text.count("\nname=Orthopedic & Wellness\n"), 1);
        QCOMPARE(text.count("\nidle_timeout_seconds=90\n"), 1);
        text.replace("\nname=Orthopedic & Wellness\n", "\nname=Lakeside Clinic\n");
        text.replace("\nidle_timeout_seconds=90\n", "\nidle_timeout_seconds=45\nrestart_at=soon\n");
        const int restartLine = int(text.left(text.indexOf("restart_at=soon")).count('\n')) + 1;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();

        const qint64 hangUpAt = m_listener->elapsedMs();
        QCOMPARE(::kill(pid_t(m_kiosk->processId()), SIGHUP), 0);
        const qint64 reloadingAt = m_listener->waitFor("RELOADING=1", 10000, hangUpAt);
        QVERIFY2(reloadingAt >= 0, qPrintable(failureReport()));
        const qint64 readyAgainAt = m_listener->waitFor("READY=1", 10000, reloadingAt);
        QVERIFY2(readyAgainAt >= 0, qPrintable(failureReport()));
        QVERIFY2(m_listener->count("STATUS=Showing the kiosk; configuration re-read and applied", reloadingAt) == 1,
                 qPrintable(failureReport()));

        // One line for the re-read, with the warning pointing at the new line.
        const QString reloadLine = QStringLiteral("configuration re-read from %1 and applied; 1 warning: %1:%2: "
                                                  "[kiosk] restart_at must be a time of day")
                                       .arg(m_folders->config)
                                       .arg(restartLine);
        QTRY_VERIFY2_WITH_TIMEOUT(readStderr().contains(reloadLine), qPrintable(failureReport()), 5000);
        QCOMPARE(m_stderr.count(QStringLiteral("configuration re-read")), 1);
        // The kiosk keeps pinging after a re-read.
        QTest::qWait(1500);
        QVERIFY2(m_listener->count("WATCHDOG=1", readyAgainAt) >= 1, qPrintable(failureReport()));

        terminateCleanly();
    }

private:
    // Starts the kiosk as the unit does; when READY=1 came, or -1.
    qint64 startKiosk()
    {
        m_kiosk = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("NOTIFY_SOCKET"), m_listener->path());
        environment.insert(QStringLiteral("WATCHDOG_USEC"), QString::number(watchdogMs * 1000));
        // systemd names the unit's main process (cage); the kiosk is its child.
        environment.insert(QStringLiteral("WATCHDOG_PID"), QString::number(::getpid()));
        m_kiosk->setProcessEnvironment(environment);
        m_kiosk->start(QStringLiteral(CAREKIOSK_BINARY),
                       {QStringLiteral("--windowed"), QStringLiteral("--content"), QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR),
                        QStringLiteral("--config"), m_folders->config, QStringLiteral("--data"), m_folders->data.path()});
        if (!m_kiosk->waitForStarted(10000))
            return -1;
        const qint64 readyAt = m_listener->waitFor("READY=1", 20000);
        if (readyAt >= 0 && m_listener->messages().first().text != "READY=1\nSTATUS=Showing the kiosk")
            return -1;
        return readyAt;
    }

    void terminateCleanly()
    {
        const qint64 terminatedAt = m_listener->elapsedMs();
        QCOMPARE(::kill(pid_t(m_kiosk->processId()), SIGTERM), 0);
        QVERIFY2(m_kiosk->waitForFinished(15000), qPrintable(failureReport()));
        QCOMPARE(m_kiosk->exitStatus(), QProcess::NormalExit);
        QVERIFY2(m_kiosk->exitCode() == 0, qPrintable(failureReport()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_listener->count("STOPPING=1", terminatedAt) == 1, qPrintable(failureReport()), 2000);
    }

    QString readStderr()
    {
        if (m_kiosk)
            m_stderr += QString::fromUtf8(m_kiosk->readAllStandardError());
        return m_stderr;
    }

    QString failureReport()
    {
        return QStringLiteral("notifications:\n%1\nkiosk stderr:\n%2")
            .arg(QString::fromUtf8(m_listener->transcript()), readStderr());
    }

    std::unique_ptr<KioskFolders> m_folders;
    std::unique_ptr<NotifyListener> m_listener;
    std::unique_ptr<QProcess> m_kiosk;
    QString m_stderr;
};

QTEST_GUILESS_MAIN(TestKioskApplication)
#include "tst_kioskapplication.moc"
