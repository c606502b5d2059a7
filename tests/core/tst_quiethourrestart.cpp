// QuietHourRestart: when the nightly restart is due, by the local wall clock,
// across midnight and daylight-saving changes, after a restart, and when off.
#include "core/service/quiethourrestart.h"

#include <QTest>
#include <QTimeZone>

namespace {
// A clinic's own time zone, with its daylight-saving changes; the kiosk
// passes QDateTime::currentDateTime(), which is the same kind of local time.
const QTimeZone clinicZone("America/New_York");

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), clinicZone);
}
} // namespace

class TestQuietHourRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!clinicZone.isValid())
            QSKIP("no time zone data for America/New_York (package tzdata)");
    }

    void isDue_data()
    {
        QTest::addColumn<QString>("restartAt");  // "HH:mm" or "off"
        QTest::addColumn<QDateTime>("startedAt");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("due");

        const QDateTime mayFirstMorning = at(2024, 5, 1, 10, 0);
        QTest::newRow("same day, later on") << QStringLiteral("03:30") << mayFirstMorning << at(2024, 5, 1, 23, 59) << false;
        QTest::newRow("a minute before the hour") << QStringLiteral("03:30") << mayFirstMorning << at(2024, 5, 2, 3, 29) << false;
        QTest::newRow("at the hour") << QStringLiteral("03:30") << mayFirstMorning << at(2024, 5, 2, 3, 30) << true;
        // Still due: a visitor was there at 03:30; it restarts when they are done.
        QTest::newRow("after the hour") << QStringLiteral("03:30") << mayFirstMorning << at(2024, 5, 2, 9, 15) << true;
        QTest::newRow("days later") << QStringLiteral("03:30") << mayFirstMorning << at(2024, 5, 4, 1, 0) << true;

        QTest::newRow("across midnight, before") << QStringLiteral("00:15") << at(2024, 5, 1, 22, 0) << at(2024, 5, 2, 0, 10) << false;
        QTest::newRow("across midnight, after") << QStringLiteral("00:15") << at(2024, 5, 1, 22, 0) << at(2024, 5, 2, 0, 15) << true;
        QTest::newRow("late evening hour, same day") << QStringLiteral("23:45") << at(2024, 5, 1, 12, 0) << at(2024, 5, 1, 23, 50) << true;
        QTest::newRow("month and year end") << QStringLiteral("03:30") << at(2024, 12, 31, 8, 0) << at(2025, 1, 1, 3, 30) << true;

        // The kiosk that restarted at 03:30 today is not due again until tomorrow.
        QTest::newRow("restarted today, evening") << QStringLiteral("03:30") << at(2024, 5, 2, 3, 31) << at(2024, 5, 2, 23, 59) << false;
        QTest::newRow("restarted today, next night") << QStringLiteral("03:30") << at(2024, 5, 2, 3, 31) << at(2024, 5, 3, 3, 30) << true;
        // Started less than an hour before the hour (a power cut at 3 a.m.): fresh enough.
        QTest::newRow("started just before the hour") << QStringLiteral("03:30") << at(2024, 5, 2, 3, 0) << at(2024, 5, 2, 4, 0) << false;
        QTest::newRow("started just before, next night") << QStringLiteral("03:30") << at(2024, 5, 2, 3, 0) << at(2024, 5, 3, 3, 30) << true;
        QTest::newRow("started an hour before the hour") << QStringLiteral("03:30") << at(2024, 5, 2, 2, 30) << at(2024, 5, 2, 3, 30) << true;

        QTest::newRow("off") << QStringLiteral("off") << mayFirstMorning << at(2024, 5, 9, 3, 30) << false;

        // Clocks go forward at 02:00 on 10 March 2024: 02:30 never happens that
        // night, and the restart comes at the first moment after it.
        QTest::newRow("spring forward, before the gap") << QStringLiteral("02:30") << at(2024, 3, 9, 10, 0) << at(2024, 3, 10, 1, 59) << false;
        QTest::newRow("spring forward, after the gap") << QStringLiteral("02:30") << at(2024, 3, 9, 10, 0) << at(2024, 3, 10, 3, 0) << true;
        // Clocks go back at 02:00 on 3 November 2024: 01:30 happens twice, and
        // the restart happens once, at the first.
        // Qt reads an ambiguous 01:30 as the second one; the first is an hour after 00:30.
        const QDateTime firstHalfPastOne = at(2024, 11, 3, 0, 30).addSecs(60 * 60);
        QTest::newRow("fall back, first 01:30") << QStringLiteral("01:30") << at(2024, 11, 2, 10, 0) << firstHalfPastOne << true;
        QTest::newRow("fall back, restarted, second 01:35")
            << QStringLiteral("01:30") << firstHalfPastOne.addSecs(60) << firstHalfPastOne.addSecs(60 * 60 + 5 * 60) << false;
    }

    void isDue()
    {
        QFETCH(QString, restartAt);
        QFETCH(QDateTime, startedAt);
        QFETCH(QDateTime, now);
        QFETCH(bool, due);
        QVERIFY(startedAt.isValid());
        QVERIFY(now.isValid());
        const std::optional<QTime> time = restartAt == QLatin1String("off")
            ? std::nullopt
            : std::optional<QTime>(QTime::fromString(restartAt, QStringLiteral("HH:mm")));
        const QuietHourRestart restart(time, startedAt);
        QCOMPARE(restart.isDue(now), due);
    }

    void followsARereadConfiguration()
    {
        QuietHourRestart restart(QTime(3, 30), at(2024, 5, 1, 10, 0));
        const QDateTime night = at(2024, 5, 2, 4, 0);
        QVERIFY(restart.isDue(night));
        restart.setRestartAt(std::nullopt);
        QVERIFY(!restart.isDue(night));
        restart.setRestartAt(QTime(5, 0));
        QVERIFY(!restart.isDue(night));
        QVERIFY(restart.isDue(night.addSecs(60 * 60)));
    }
};

QTEST_GUILESS_MAIN(TestQuietHourRestart)
#include "tst_quiethourrestart.moc"
