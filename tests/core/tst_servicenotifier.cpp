// ServiceNotifier against a real notification socket: READY=1, watchdog pings
// at half the interval from the event loop (and none while it is blocked),
// RELOADING=1 and STOPPING=1, and silence when not under systemd.
#include "core/service/servicenotifier.h"
#include "support/notifylistener.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

namespace {
enum class WatchdogPid { Unset, ThisProcess, Parent, Another };

QByteArray pidFor(WatchdogPid who)
{
    switch (who) {
    case WatchdogPid::Unset:
        return {};
    case WatchdogPid::ThisProcess:
        return QByteArray::number(int(::getpid()));
    case WatchdogPid::Parent:
        return QByteArray::number(int(::getppid()));
    case WatchdogPid::Another:
        // Neither this process nor its parent; it need not exist.
        for (int pid : {0x3ffffffe, 0x3ffffffd}) {
            if (pid != int(::getpid()) && pid != int(::getppid()))
                return QByteArray::number(pid);
        }
    }
    return {};
}
} // namespace

Q_DECLARE_METATYPE(WatchdogPid)

class TestServiceNotifier : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_listener = std::make_unique<NotifyListener>(m_dir.filePath(QStringLiteral("notify-%1").arg(++m_socketNumber)));
        QVERIFY(m_listener->isListening());
        qputenv("NOTIFY_SOCKET", m_listener->path().toLocal8Bit());
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void cleanup()
    {
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        m_listener.reset();
    }

    void readyThenPingsAtHalfTheInterval_data()
    {
        QTest::addColumn<QByteArray>("watchdogUsec");
        QTest::addColumn<WatchdogPid>("watchdogPid");
        QTest::addColumn<int>("pingEveryMs");  // 0: no pings at all

        QTest::newRow("0.4 s watchdog, any process") << QByteArray("400000") << WatchdogPid::Unset << 200;
        QTest::newRow("1 s watchdog for this process") << QByteArray("1000000") << WatchdogPid::ThisProcess << 500;
        // systemd names the unit's main process: cage, whose child the kiosk is.
        QTest::newRow("watchdog for the parent, as under cage") << QByteArray("400000") << WatchdogPid::Parent << 200;
        QTest::newRow("watchdog for another process") << QByteArray("400000") << WatchdogPid::Another << 0;
        QTest::newRow("no watchdog") << QByteArray() << WatchdogPid::Unset << 0;
    }

    void readyThenPingsAtHalfTheInterval()
    {
        QFETCH(QByteArray, watchdogUsec);
        QFETCH(WatchdogPid, watchdogPid);
        QFETCH(int, pingEveryMs);
        if (!watchdogUsec.isEmpty())
            qputenv("WATCHDOG_USEC", watchdogUsec);
        if (watchdogPid != WatchdogPid::Unset)
            qputenv("WATCHDOG_PID", pidFor(watchdogPid));

        ServiceNotifier notifier;
        QVERIFY(notifier.isSupervised());
        QCOMPARE(int(notifier.pingInterval().count()), pingEveryMs);
        // Nothing before READY=1: systemd watches from there on.
        QTest::qWait(300);
        QCOMPARE(m_listener->messages().size(), 0);

        notifier.notifyReady(QStringLiteral("Showing the kiosk"));
        const qint64 readyAt = m_listener->waitFor("READY=1", 2000);
        QVERIFY2(readyAt >= 0, m_listener->transcript().constData());
        QCOMPARE(m_listener->messages().first().text, QByteArray("READY=1\nSTATUS=Showing the kiosk"));

        constexpr int windowMs = 2000;
        QTest::qWait(windowMs + 100);
        const int pings = m_listener->count("WATCHDOG=1", readyAt, readyAt + windowMs);
        if (pingEveryMs == 0) {
            QVERIFY2(pings == 0, m_listener->transcript().constData());
            QVERIFY(!notifier.isPinging());
            return;
        }
        // Counts over a window, not exact timings: a loaded machine is late.
        const int expected = windowMs / pingEveryMs;
        QVERIFY2(pings >= expected - 2 && pings <= expected + 1,
                 qPrintable(QStringLiteral("%1 pings, expected about %2\n").arg(pings).arg(expected)
                            + QString::fromUtf8(m_listener->transcript())));
        for (const NotifyListener::Message &message : m_listener->messages()) {
            if (message.has("WATCHDOG=1"))
                QVERIFY(message.arrivedMs > readyAt);
        }
    }

    void nothingWithoutTheNotifySocket()
    {
        qunsetenv("NOTIFY_SOCKET");
        qputenv("WATCHDOG_USEC", "400000");
        qputenv("WATCHDOG_PID", QByteArray::number(int(::getpid())));
        ServiceNotifier notifier;
        QVERIFY(!notifier.isSupervised());
        QCOMPARE(int(notifier.pingInterval().count()), 0);
        notifier.notifyReady(QStringLiteral("Showing the kiosk"));
        notifier.notifyReloading(QStringLiteral("Re-reading"));
        notifier.notifyReady(QStringLiteral("Showing the kiosk"));
        QVERIFY(!notifier.isPinging());
        QTest::qWait(800);
        notifier.notifyStopping(QStringLiteral("Closing"));
        QTest::qWait(100);
        QVERIFY2(m_listener->messages().isEmpty(), m_listener->transcript().constData());
    }

    void noPingsWhileTheEventLoopIsBlocked()
    {
        qputenv("WATCHDOG_USEC", "400000");
        ServiceNotifier notifier;
        notifier.notifyReady(QStringLiteral("Showing the kiosk"));
        QTest::qWait(1000);
        const qint64 blockedFrom = m_listener->elapsedMs();
        // What a frozen screen looks like from inside: the GUI thread is busy.
        QThread::msleep(1500);
        const qint64 blockedUntil = m_listener->elapsedMs();
        QTest::qWait(1000);

        const QByteArray transcript = m_listener->transcript();
        QVERIFY2(m_listener->count("WATCHDOG=1", 0, blockedFrom) >= 3, transcript.constData());
        // A ping sent just before the block may still be on its way for a moment.
        QVERIFY2(m_listener->count("WATCHDOG=1", blockedFrom + 50, blockedUntil) == 0, transcript.constData());
        QVERIFY2(m_listener->count("WATCHDOG=1", blockedUntil) >= 3, transcript.constData());
    }

    void reloadingAndStopping()
    {
        qputenv("WATCHDOG_USEC", "400000");
        ServiceNotifier notifier;
        notifier.notifyReady(QStringLiteral("Showing the kiosk"));
        notifier.notifyReloading(QStringLiteral("Re-reading the configuration"));
        notifier.notifyReady(QStringLiteral("Configuration re-read\nand applied"));
        QVERIFY(m_listener->waitFor("RELOADING=1", 2000) >= 0);
        QVERIFY(m_listener->waitFor("STATUS=Configuration re-read and applied", 2000) >= 0);
        QList<NotifyListener::Message> messages = m_listener->messages();
        QCOMPARE(messages.size(), 3);
        QVERIFY(messages[0].has("READY=1"));
        QVERIFY(messages[1].has("RELOADING=1"));
        QVERIFY(messages[1].has("STATUS=Re-reading the configuration"));
        // systemd 253 and later match a reload by its CLOCK_MONOTONIC stamp.
        QVERIFY(messages[1].text.contains("\nMONOTONIC_USEC="));
        QVERIFY(messages[2].has("READY=1"));
        QTest::qWait(500);
        QVERIFY(m_listener->count("WATCHDOG=1") >= 1);

        notifier.notifyStopping(QStringLiteral("Closing"));
        const qint64 stoppedAt = m_listener->waitFor("STOPPING=1", 2000);
        QVERIFY(stoppedAt >= 0);
        QVERIFY(!notifier.isPinging());
        QTest::qWait(700);
        QVERIFY2(m_listener->count("WATCHDOG=1", stoppedAt) == 0, m_listener->transcript().constData());
    }

private:
    QTemporaryDir m_dir;
    int m_socketNumber = 0;
    std::unique_ptr<NotifyListener> m_listener;
};

QTEST_GUILESS_MAIN(TestServiceNotifier)
#include "tst_servicenotifier.moc"
