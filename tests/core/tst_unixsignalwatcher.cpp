// UnixSignalWatcher: SIGHUP and SIGTERM/SIGINT arrive as Qt signals in the
// event loop, a burst of one kind is one request, only one watcher can be
// installed, and the previous handlers come back when it goes.
#include "core/service/unixsignalwatcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

namespace {
int previousHandlerCalls = 0;
void countingHandler(int)
{
    ++previousHandlerCalls;
}
} // namespace

class TestUnixSignalWatcher : public QObject
{
    Q_OBJECT

private slots:
    void signalsBecomeQtSignals_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("hangUp");

        QTest::newRow("SIGHUP") << int(SIGHUP) << 1 << true;
        QTest::newRow("three SIGHUPs at once") << int(SIGHUP) << 3 << true;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 1 << false;
        QTest::newRow("SIGINT") << int(SIGINT) << 1 << false;
    }

    void signalsBecomeQtSignals()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, times);
        QFETCH(bool, hangUp);
        UnixSignalWatcher watcher;
        QCOMPARE(watcher.install(), std::nullopt);
        QSignalSpy hangUps(&watcher, &UnixSignalWatcher::hangUpReceived);
        QSignalSpy terminations(&watcher, &UnixSignalWatcher::terminationRequested);
        // Raised before the event loop runs: the handler only writes a byte.
        for (int time = 0; time < times; ++time)
            QCOMPARE(::raise(signalNumber), 0);
        QCOMPARE(hangUps.size() + terminations.size(), 0);
        QTRY_COMPARE(hangUps.size() + terminations.size(), 1);
        QTest::qWait(100);
        QCOMPARE(hangUps.size(), hangUp ? 1 : 0);
        QCOMPARE(terminations.size(), hangUp ? 0 : 1);
    }

    void oneWatcherAtATime()
    {
        UnixSignalWatcher first;
        QCOMPARE(first.install(), std::nullopt);
        UnixSignalWatcher second;
        QVERIFY(second.install().has_value());
        QSignalSpy hangUps(&first, &UnixSignalWatcher::hangUpReceived);
        QCOMPARE(::raise(SIGHUP), 0);
        QTRY_COMPARE(hangUps.size(), 1);
    }

    void previousHandlerComesBack()
    {
        struct sigaction counting{};
        counting.sa_handler = countingHandler;
        sigemptyset(&counting.sa_mask);
        struct sigaction original{};
        QCOMPARE(::sigaction(SIGHUP, &counting, &original), 0);
        {
            UnixSignalWatcher watcher;
            QCOMPARE(watcher.install(), std::nullopt);
            QCOMPARE(::raise(SIGHUP), 0);
            QCOMPARE(previousHandlerCalls, 0);
        }
        QCOMPARE(::raise(SIGHUP), 0);
        QCOMPARE(previousHandlerCalls, 1);
        ::sigaction(SIGHUP, &original, nullptr);
    }
};

QTEST_GUILESS_MAIN(TestUnixSignalWatcher)
#include "tst_unixsignalwatcher.moc"
