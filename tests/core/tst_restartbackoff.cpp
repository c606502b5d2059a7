// RestartBackoff and ThrottledReport: the pause before each new start of a
// failing renderer, when the count starts over, when to give up, and how
// often the log may speak of it. The clock is passed in.
#include "core/service/restartbackoff.h"

#include <QTest>

class TestRestartBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysDoubleUpToTheLongest()
    {
        RestartBackoff backoff;
        const qint64 expected[] = {250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000};
        qint64 now = 0;
        for (qint64 delay : expected) {
            const RestartBackoff::Decision decision = backoff.onFailure(now);
            QVERIFY(!decision.giveUp);
            QCOMPARE(decision.delayMs, delay);
            now += delay + 300;  // the renderer fails again shortly after each start
        }
    }

    void givesUpAfterTenFailuresInARow()
    {
        RestartBackoff backoff;
        qint64 now = 0;
        for (int failure = 1; failure < 10; ++failure) {
            const RestartBackoff::Decision decision = backoff.onFailure(now);
            QVERIFY2(!decision.giveUp, qPrintable(QString::number(failure)));
            QCOMPARE(decision.failuresInARow, failure);
            now += decision.delayMs;
        }
        const RestartBackoff::Decision last = backoff.onFailure(now);
        QVERIFY(last.giveUp);
        QCOMPARE(last.failuresInARow, 10);
        // About a minute and a half of a blank reader before that.
        QVERIFY(now > 60000 && now < 120000);
    }

    void triesInTheFirstMinuteAreFew()
    {
        RestartBackoff backoff;
        qint64 now = 0;
        int tries = 0;
        while (true) {
            const RestartBackoff::Decision decision = backoff.onFailure(now);
            if (decision.giveUp)
                break;
            now += decision.delayMs;
            if (now > 60000)
                break;
            ++tries;
        }
        QCOMPARE(tries, 7);
    }

    void aRendererThatStayedUpStartsTheCountOver_data()
    {
        QTest::addColumn<qint64>("sinceLastFailureMs");
        QTest::addColumn<int>("failuresInARow");
        QTest::addColumn<qint64>("delayMs");
        QTest::newRow("failed again soon") << qint64(5000) << 4 << qint64(2000);
        QTest::newRow("failed again just under the healthy time") << qint64(59999) << 4 << qint64(2000);
        QTest::newRow("up for the healthy time") << qint64(60000) << 1 << qint64(250);
        QTest::newRow("up for a day") << qint64(86400000) << 1 << qint64(250);
    }

    void aRendererThatStayedUpStartsTheCountOver()
    {
        QFETCH(qint64, sinceLastFailureMs);
        QFETCH(int, failuresInARow);
        QFETCH(qint64, delayMs);
        RestartBackoff backoff;
        qint64 lastFailure = 1000;
        for (int failure = 0; failure < 3; ++failure) {
            lastFailure += 100;
            QVERIFY(!backoff.onFailure(lastFailure).giveUp);
        }
        const RestartBackoff::Decision decision = backoff.onFailure(lastFailure + sinceLastFailureMs);
        QCOMPARE(decision.failuresInARow, failuresInARow);
        QCOMPARE(decision.delayMs, delayMs);
    }

    void limitsAreThoseGiven()
    {
        RestartBackoff backoff({100, 350, 4, 1000});
        QCOMPARE(backoff.onFailure(0).delayMs, 100);
        QCOMPARE(backoff.onFailure(10).delayMs, 200);
        QCOMPARE(backoff.onFailure(20).delayMs, 350);
        QVERIFY(backoff.onFailure(30).giveUp);
    }

    void reportSpeaksOnceAPeriod()
    {
        ThrottledReport report(60000);
        // The first failure at once, then silence, then a count of all since.
        QCOMPARE(report.onEvent(0), std::optional<int>(1));
        for (qint64 now = 1000; now < 60000; now += 1000)
            QCOMPARE(report.onEvent(now), std::nullopt);
        QCOMPARE(report.onEvent(60000), std::optional<int>(60));
        QCOMPARE(report.onEvent(61000), std::nullopt);
        QCOMPARE(report.onEvent(62000), std::nullopt);
        // What no line covered yet is handed to a closing line, once.
        QCOMPARE(report.takeUnreported(), 2);
        QCOMPARE(report.takeUnreported(), 0);
        QCOMPARE(report.onEvent(200000), std::optional<int>(1));
    }
};

QTEST_GUILESS_MAIN(TestRestartBackoff)
#include "tst_restartbackoff.moc"
