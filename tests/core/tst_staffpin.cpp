// StaffPin, PinLockout and `set-pin`: the hash that is stored, the verdicts, the wrong-PIN lock-out and its
// growth, and that the lock-out outlives a closed database and a killed process.
#include "cli/setpincommand.h"
#include "core/security/pinlockout.h"
#include "core/security/staffpin.h"
#include "support/sideways.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <climits>

Q_DECLARE_METATYPE(PinCheck::Outcome)
Q_DECLARE_METATYPE(LockoutVerdict::State)

namespace {

const QString rightPin = QStringLiteral("2468");
const QString wrongPin = QStringLiteral("1357");
const QDateTime startUtc = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);

// A fresh data folder with the database open and a StaffPin on it.
struct PinFixture
{
    QTemporaryDir dir;
    KioskDatabase database{dir.path()};
    StaffPin staffPin{database};
};

const char *outcomeName(PinCheck::Outcome outcome)
{
    switch (outcome) {
    case PinCheck::Outcome::Accepted: return "Accepted";
    case PinCheck::Outcome::Wrong: return "Wrong";
    case PinCheck::Outcome::LockedOut: return "LockedOut";
    case PinCheck::Outcome::NoPinSet: return "NoPinSet";
    case PinCheck::Outcome::Unavailable: return "Unavailable";
    }
    return "?";
}

QString described(const PinCheck &check)
{
    return QStringLiteral("%1 failures=%2 secondsLeft=%3 %4")
        .arg(QString::fromLatin1(outcomeName(check.outcome)))
        .arg(check.failures)
        .arg(check.secondsLeft)
        .arg(check.failure ? check.failure->toString() : QString());
}

// Compares the whole verdict at once, so that a failure shows all of it.
#define COMPARE_CHECK(actual, outcome, failures, secondsLeft)                                                        \
    do {                                                                                                             \
        const PinCheck checked = (actual);                                                                           \
        QCOMPARE(described(checked), described(PinCheck{(outcome), (failures), (secondsLeft), std::nullopt}));       \
    } while (false)

QStringList messagesSeen;

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    messagesSeen.append(message);
}

struct SetPinRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `set-pin` with `input` as its standard input, read through a QBuffer as a pipe or a file would be.
SetPinRun runSetPin(const QString &dataDir, const QByteArray &input, const QStringList &extraArguments = {})
{
    QByteArray inputBytes = input;
    QBuffer inputDevice(&inputBytes);
    inputDevice.open(QIODevice::ReadOnly);
    QTextStream in(&inputDevice);
    SetPinRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = SetPinCommand::run(QStringList{QStringLiteral("set-pin")} + extraArguments, dataDir, in, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestStaffPin : public QObject
{
    Q_OBJECT

private slots:
    void problemWithNewPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("problem");
        const QString onlyDigits =
            QStringLiteral("A PIN can only have the digits 0 to 9, with no letters, spaces or other signs.");
        const QString tooShort = QStringLiteral("The PIN is too short. Please use 4 to 12 digits.");
        const QString tooLong = QStringLiteral("The PIN is too long. Please use 4 to 12 digits.");

        QTest::newRow("a run up by two") << QStringLiteral("2468") << QString();
        QTest::newRow("almost a run") << QStringLiteral("1235") << QString();
        QTest::newRow("a pair, then another") << QStringLiteral("1221") << QString();
        const auto easy = [](const char *pin) {
            return QStringLiteral("The PIN %1 is one of the first anyone would guess (the same digit, a run like 1234 "
                                  "or 4321, a pair repeated). Please choose another.").arg(QLatin1String(pin));
        };
        for (const char *pin : {"0000", "1111", "999999", "1234", "4321", "0123", "3210", "987654321", "1212",
                                "696969", "2580", "1004"})
            QTest::newRow(pin) << QString::fromLatin1(pin) << easy(pin);
        QTest::newRow("twelve digits") << QStringLiteral("123456789012") << QString();
        QTest::newRow("six digits") << QStringLiteral("583920") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("The PIN is empty. Please use 4 to 12 digits.");
        QTest::newRow("three digits") << QStringLiteral("123") << tooShort;
        QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << tooLong;
        QTest::newRow("a letter") << QStringLiteral("12a4") << onlyDigits;
        QTest::newRow("letters only") << QStringLiteral("abcd") << onlyDigits;
        QTest::newRow("space inside") << QStringLiteral("12 34") << onlyDigits;
        QTest::newRow("space before") << QStringLiteral(" 1234") << onlyDigits;
        QTest::newRow("line end after") << QStringLiteral("1234\n") << onlyDigits;
        QTest::newRow("minus sign") << QStringLiteral("-1234") << onlyDigits;
        QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12\uFF13\uFF14") << onlyDigits;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << onlyDigits;
        QTest::newRow("superscript two") << QStringLiteral("12\u00B234") << onlyDigits;
    }

    void problemWithNewPin()
    {
        QFETCH(QString, pin);
        QFETCH(QString, problem);
        QCOMPARE(StaffPin::problemWithNewPin(pin).value_or(QString()), problem);
    }

    void lockSecondsGrowFromTheFifthWrongPin_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("lockSeconds");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("1st") << 1 << 0;
        QTest::newRow("4th") << 4 << 0;
        QTest::newRow("5th: one minute") << 5 << 60;
        QTest::newRow("6th: doubled") << 6 << 120;
        QTest::newRow("7th") << 7 << 240;
        QTest::newRow("8th") << 8 << 480;
        QTest::newRow("9th: 16 min") << 9 << 960;
        QTest::newRow("10th") << 10 << 1920;
        QTest::newRow("11th: capped at an hour") << 11 << 3600;
        QTest::newRow("12th") << 12 << 3600;
        QTest::newRow("1000th") << 1000 << 3600;
        QTest::newRow("INT_MAX") << INT_MAX << 3600;
    }

    void lockSecondsGrowFromTheFifthWrongPin()
    {
        QFETCH(int, failures);
        QFETCH(int, lockSeconds);
        QCOMPARE(PinLockout::lockSecondsAfter(failures), lockSeconds);
    }

    void secondsLeftRoundUpAndStopAtTheLongestWait_data()
    {
        QTest::addColumn<QDateTime>("lockedUntil");
        QTest::addColumn<int>("secondsLeft");
        QTest::newRow("not locked") << QDateTime() << 0;
        QTest::newRow("ended a second ago") << startUtc.addSecs(-1) << 0;
        QTest::newRow("ends now") << startUtc << 0;
        QTest::newRow("1 ms left") << startUtc.addMSecs(1) << 1;
        QTest::newRow("999 ms left") << startUtc.addMSecs(999) << 1;
        QTest::newRow("1 s left") << startUtc.addSecs(1) << 1;
        QTest::newRow("1.001 s left") << startUtc.addMSecs(1001) << 2;
        QTest::newRow("a minute left") << startUtc.addSecs(60) << 60;
        QTest::newRow("15 minutes left") << startUtc.addSecs(900) << 900;
        QTest::newRow("an hour left") << startUtc.addSecs(3600) << 3600;
        QTest::newRow("two hours ahead: clock went back") << startUtc.addSecs(7200) << 3600;
        QTest::newRow("in another time zone") << startUtc.addSecs(30).toOffsetFromUtc(-5 * 3600) << 30;
    }

    void secondsLeftRoundUpAndStopAtTheLongestWait()
    {
        QFETCH(QDateTime, lockedUntil);
        QFETCH(int, secondsLeft);
        const PinLockout lockout(5, lockedUntil);
        QCOMPARE(lockout.secondsLeft(startUtc), secondsLeft);
        QCOMPARE(lockout.isLocked(startUtc), secondsLeft > 0);
    }

    void wrongPinWhileLockedChangesNothing()
    {
        const PinLockout locked = PinLockout().afterWrongPin(startUtc).afterWrongPin(startUtc).afterWrongPin(startUtc)
                                      .afterWrongPin(startUtc).afterWrongPin(startUtc);
        QCOMPARE(locked.failures(), 5);
        QCOMPARE(locked.lockedUntilUtc(), startUtc.addSecs(60));
        QVERIFY(locked.afterWrongPin(startUtc.addSecs(59)) == locked);
        const PinLockout relocked = locked.afterWrongPin(startUtc.addSecs(60));
        QCOMPARE(relocked.failures(), 6);
        QCOMPARE(relocked.lockedUntilUtc(), startUtc.addSecs(180));
    }

    void lockBeyondTheLongestWaitIsShortened()
    {
        const PinLockout farAhead(7, startUtc.addSecs(7200));
        const PinLockout shortened = farAhead.withLockAtMostLongest(startUtc);
        QCOMPARE(shortened.failures(), 7);
        QCOMPARE(shortened.lockedUntilUtc(), startUtc.addSecs(PinLockout::longestLockSeconds));
        const PinLockout withinReach(7, startUtc.addSecs(100));
        QVERIFY(withinReach.withLockAtMostLongest(startUtc) == withinReach);
        QVERIFY(PinLockout().withLockAtMostLongest(startUtc) == PinLockout());
    }

    void aQuietDayForgetsTheRunButNotTheTally()
    {
        PinLockout lockout;
        QDateTime now = startUtc;
        for (int i = 0; i < 9; ++i) {
            lockout = lockout.afterWrongPin(now);
            now = now.addSecs(lockout.secondsLeft(now) + 1);
        }
        QCOMPARE(lockout.failures(), 9);
        // A typo a minute short of a quiet day still counts as the tenth in a row…
        const PinLockout nearlyADay = lockout.afterWrongPin(lockout.lastWrongUtc().addSecs(24 * 3600 - 60));
        QCOMPARE(nearlyADay.failures(), 10);
        QCOMPARE(nearlyADay.secondsLeft(nearlyADay.lastWrongUtc()), 1920);
        // …a day later it is the first: no wait at all.
        const PinLockout nextDay = lockout.afterWrongPin(lockout.lastWrongUtc().addSecs(24 * 3600));
        QCOMPARE(nextDay.failures(), 1);
        QVERIFY(!nextDay.isLocked(nextDay.lastWrongUtc()));
        QCOMPARE(nextDay.wrongSinceSignIn(), 10);
    }

    void sustainedGuessingWaitsEverLonger()
    {
        // A guesser who types a PIN the moment each wait ends.
        PinLockout lockout;
        QDateTime now = startUtc;
        QList<int> waits;
        int guessesInADay = 0;
        while (now < startUtc.addDays(1)) {
            lockout = lockout.afterWrongPin(now);
            ++guessesInADay;
            waits.append(lockout.secondsLeft(now));
            now = now.addSecs(qMax(1, lockout.secondsLeft(now)));
        }
        QCOMPARE(waits.mid(3, 9), QList<int>({0, 60, 120, 240, 480, 960, 1920, 3600, 3600}));
        QVERIFY2(guessesInADay <= 35, qPrintable(QString::number(guessesInADay)));
        qInfo("a guesser gets %d PINs in the first day, then 24 a day", guessesInADay);
    }

    void hashIsArgon2idWithStrongParametersAndNoPinInTheFile()
    {
        const QString pin = QStringLiteral("583920174613");
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QCOMPARE(kiosk.staffPin.setPin(pin).has_value(), false);
        const QString firstHash = storedHash(kiosk.database);
        QCOMPARE(kiosk.staffPin.setPin(pin).has_value(), false);
        const QString hash = storedHash(kiosk.database);

        static const QRegularExpression format(
            QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        const QRegularExpressionMatch parts = format.match(hash);
        QVERIFY2(parts.hasMatch(), qPrintable(hash));
        QVERIFY2(parts.captured(1).toInt() >= 19456, qPrintable(hash));  // OWASP: at least 19 MiB…
        QVERIFY2(parts.captured(2).toInt() >= 2, qPrintable(hash));      // …and two passes
        QVERIFY2(hash != firstHash, "the same PIN twice must get two different salts");

        // The PIN is in neither the database file nor its journal.
        kiosk.database.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(kiosk.database.databasePath() + suffix);
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(pin.toLatin1()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2)),
                     qPrintable(file.fileName()));
        }
    }

    void verifyingTakesAMeasurableTime()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QElapsedTimer setting;
        setting.start();
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        const qint64 setMilliseconds = setting.elapsed();
        QElapsedTimer checking;
        checking.start();
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
        const qint64 checkMilliseconds = checking.elapsed();
        qInfo("set-pin took %lld ms, one check %lld ms", static_cast<long long>(setMilliseconds),
              static_cast<long long>(checkMilliseconds));
        // Only a floor, far below the measured ~230 ms: a machine can be slower, never this much faster.
        QVERIFY(checkMilliseconds >= 40);
    }

    void rightAndWrongPins()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, 1, 0);
        COMPARE_CHECK(kiosk.staffPin.check(QString(), startUtc), PinCheck::Outcome::Wrong, 2, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin + u'0', startUtc), PinCheck::Outcome::Wrong, 3, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin.left(3), startUtc), PinCheck::Outcome::Wrong, 4, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
        const StoreResult<PinLockout> lockout = kiosk.staffPin.lockout();
        QVERIFY(!lockout.failure);
        QVERIFY(lockout.value == PinLockout());
    }

    void withoutPinNothingIsAccepted()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        const StoreResult<bool> before = kiosk.staffPin.isSet();
        QVERIFY(!before.failure);
        QCOMPARE(before.value, false);
        COMPARE_CHECK(kiosk.staffPin.check(QString(), startUtc), PinCheck::Outcome::NoPinSet, 0, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::NoPinSet, 0, 0);

        const std::optional<SetPinFailure> refused = kiosk.staffPin.setPin(QStringLiteral("12a4"));
        QVERIFY(refused);
        QCOMPARE(refused->kind, SetPinFailure::Kind::InvalidPin);
        QCOMPARE(kiosk.staffPin.isSet().value, false);

        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        QCOMPARE(kiosk.staffPin.isSet().value, true);
    }

    void fiveWrongPinsLockThePadEvenForTheRightPin()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int failures = 1; failures <= 4; ++failures)
            COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, failures, 0);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, 5, 60);

        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::LockedOut, 5, 60);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc.addSecs(30)), PinCheck::Outcome::LockedOut, 5, 30);
        // Wrong PINs while locked are not counted: the next lock is not made longer.
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc.addSecs(31)), PinCheck::Outcome::LockedOut, 5, 29);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc.addMSecs(59'500)), PinCheck::Outcome::LockedOut, 5, 1);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc.addSecs(60)), PinCheck::Outcome::Accepted, 0, 0);
    }

    void lockedPadDoesNotLookAtThePin()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int i = 0; i < PinLockout::wrongPinsBeforeLock; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
        // A hash that can't be checked: comparing against it would answer Unavailable.
        QVERIFY(!kiosk.database.run(QStringLiteral("UPDATE staff_pin SET hash = 'not a hash'"), {}, QStringLiteral("test"))
                     .failure);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc.addSecs(1)), PinCheck::Outcome::LockedOut, 5, 59);
        const PinCheck unlocked = kiosk.staffPin.check(rightPin, startUtc.addSecs(60));
        QCOMPARE(unlocked.outcome, PinCheck::Outcome::Unavailable);
        QVERIFY(unlocked.failure);
        // Nothing was decided, so nothing was counted.
        QCOMPARE(kiosk.staffPin.lockout().value.failures(), 5);
    }

    void eachLockAfterExpiryDoublesUpToAnHour()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        QDateTime now = startUtc;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, now).outcome, PinCheck::Outcome::Wrong);
        int failures = 4;
        for (const int lockSeconds : {60, 120, 240, 480, 960, 1920, 3600, 3600}) {
            COMPARE_CHECK(kiosk.staffPin.check(wrongPin, now), PinCheck::Outcome::Wrong, ++failures, lockSeconds);
            COMPARE_CHECK(kiosk.staffPin.check(rightPin, now.addSecs(lockSeconds - 1)), PinCheck::Outcome::LockedOut,
                          failures, 1);
            now = now.addSecs(lockSeconds);
        }
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, now), PinCheck::Outcome::Accepted, 0, 0);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, now), PinCheck::Outcome::Wrong, 1, 0);
    }

    void rightPinStartsTheCountAgain()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int failures = 1; failures <= 4; ++failures)
            COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, failures, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
        for (int failures = 1; failures <= 4; ++failures)
            COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, failures, 0);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, 5, 60);
    }

    void signInTellsHowManyWrongPinsWereTypedSinceTheLast()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int failures = 1; failures <= 3; ++failures)
            COMPARE_CHECK(kiosk.staffPin.check(wrongPin, startUtc), PinCheck::Outcome::Wrong, failures, 0);
        // Two more a quiet day later: the run starts over, the tally doesn't.
        const QDateTime nextDay = startUtc.addDays(1);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, nextDay), PinCheck::Outcome::Wrong, 1, 0);
        COMPARE_CHECK(kiosk.staffPin.check(wrongPin, nextDay), PinCheck::Outcome::Wrong, 2, 0);
        QCOMPARE(kiosk.staffPin.check(rightPin, nextDay).wrongSinceLastSignIn, 5);
        QCOMPARE(kiosk.staffPin.check(rightPin, nextDay).wrongSinceLastSignIn, 0);
    }

    void clockMovedBackWaitsNoLongerThanTheLongestLock()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int i = 0; i < PinLockout::wrongPinsBeforeLock; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
        const QDateTime hourEarlier = startUtc.addSecs(-3600);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, hourEarlier), PinCheck::Outcome::LockedOut, 5,
                      PinLockout::longestLockSeconds);
        // The shortened end was stored: the wait really ends, though the clock has not caught up.
        QCOMPARE(kiosk.staffPin.lockout().value.lockedUntilUtc(), hourEarlier.addSecs(PinLockout::longestLockSeconds));
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, hourEarlier.addSecs(PinLockout::longestLockSeconds - 10)),
                      PinCheck::Outcome::LockedOut, 5, 10);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, hourEarlier.addSecs(PinLockout::longestLockSeconds)),
                      PinCheck::Outcome::Accepted, 0, 0);
    }

    void thePadSaysWhetherItTakesAPin_data()
    {
        QTest::addColumn<int>("wrongPins");
        QTest::addColumn<int>("secondsLater");
        QTest::addColumn<LockoutVerdict::State>("state");
        QTest::addColumn<int>("secondsLeft");
        QTest::newRow("no wrong PIN") << 0 << 0 << LockoutVerdict::State::Open << 0;
        QTest::newRow("four wrong PINs") << 4 << 0 << LockoutVerdict::State::Open << 0;
        QTest::newRow("five wrong PINs") << 5 << 0 << LockoutVerdict::State::LockedOut << 60;
        QTest::newRow("five, 45 s later") << 5 << 45 << LockoutVerdict::State::LockedOut << 15;
        QTest::newRow("five, after the wait") << 5 << 60 << LockoutVerdict::State::Open << 0;
    }

    void thePadSaysWhetherItTakesAPin()
    {
        QFETCH(int, wrongPins);
        QFETCH(int, secondsLater);
        QFETCH(LockoutVerdict::State, state);
        QFETCH(int, secondsLeft);
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int i = 0; i < wrongPins; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
        const LockoutVerdict verdict = kiosk.staffPin.lockoutAt(startUtc.addSecs(secondsLater));
        QCOMPARE(verdict.state, state);
        QCOMPARE(verdict.secondsLeft, secondsLeft);
        QCOMPARE(verdict.isLocked(), state != LockoutVerdict::State::Open);
        QVERIFY(!verdict.failure);
    }

    void aLockOutThatCantBeReadCountsAsLocked()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        QCOMPARE(kiosk.staffPin.lockoutAt(startUtc).state, LockoutVerdict::State::Open);
        // Another program moves the table away: every read of the lock-out fails from now on.
        QCOMPARE(querySideways(kiosk.database.databasePath(),
                               {QStringLiteral("ALTER TABLE pin_lockout RENAME TO pin_lockout_elsewhere"),
                                QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'pin_lockout'")})
                     .toInt(),
                 0);

        const LockoutVerdict verdict = kiosk.staffPin.lockoutAt(startUtc);
        QCOMPARE(verdict.state, LockoutVerdict::State::Unreadable);
        QVERIFY(verdict.isLocked());
        QVERIFY(verdict.failure);
        QVERIFY2(verdict.failure->detail.contains(QStringLiteral("reading the PIN lock-out")),
                 qPrintable(verdict.failure->toString()));
        // The right PIN is not taken either: nothing is decided without the lock-out.
        const PinCheck check = kiosk.staffPin.check(rightPin, startUtc);
        QCOMPARE(check.outcome, PinCheck::Outcome::Unavailable);
        QVERIFY(check.failure);
    }

    void lockOutSurvivesClosingTheDatabase()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int i = 0; i < PinLockout::wrongPinsBeforeLock; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
        kiosk.database.close();

        KioskDatabase reopened(kiosk.dir.path());
        QVERIFY(!reopened.open());
        StaffPin staffPin(reopened);
        COMPARE_CHECK(staffPin.check(rightPin, startUtc.addSecs(10)), PinCheck::Outcome::LockedOut, 5, 50);
    }

    void lockOutSurvivesSigkill()
    {
        QTemporaryDir dir;
        {
            KioskDatabase database(dir.path());
            QVERIFY(!database.open());
            QVERIFY(!StaffPin(database).setPin(rightPin));
        }

        QProcess attempts;
        attempts.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        attempts.start(QStringLiteral(CAREKIOSK_PIN_ATTEMPTS), {QStringLiteral("--data"), dir.path()});
        QVERIFY(attempts.waitForStarted(10'000));
        attempts.write(QStringLiteral("%1\n").arg(wrongPin).repeated(PinLockout::wrongPinsBeforeLock).toLatin1());
        QStringList said;
        while (said.size() < PinLockout::wrongPinsBeforeLock) {
            if (!attempts.canReadLine())
                QVERIFY2(attempts.waitForReadyRead(20'000), qPrintable(said.join(u'|')));
            while (attempts.canReadLine())
                said.append(QString::fromLatin1(attempts.readLine()).trimmed());
        }
        // Killed the moment the fifth answer is out: it had no chance to tidy anything up.
        attempts.kill();
        QVERIFY(attempts.waitForFinished(10'000));
        QCOMPARE(attempts.exitStatus(), QProcess::CrashExit);
        QCOMPARE(said, (QStringList{QStringLiteral("wrong 1 0"), QStringLiteral("wrong 2 0"), QStringLiteral("wrong 3 0"),
                                    QStringLiteral("wrong 4 0"), QStringLiteral("wrong 5 60")}));

        KioskDatabase database(dir.path());
        QVERIFY(!database.open());
        StaffPin staffPin(database);
        const PinCheck check = staffPin.check(rightPin, QDateTime::currentDateTimeUtc());
        QCOMPARE(check.outcome, PinCheck::Outcome::LockedOut);
        QCOMPARE(check.failures, 5);
        QVERIFY2(check.secondsLeft > 0 && check.secondsLeft <= 60, qPrintable(described(check)));
    }

    void newPinClearsTheLockOut()
    {
        PinFixture kiosk;
        QVERIFY(!kiosk.database.open());
        QVERIFY(!kiosk.staffPin.setPin(rightPin));
        for (int i = 0; i < PinLockout::wrongPinsBeforeLock; ++i)
            QCOMPARE(kiosk.staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
        const QString newPin = QStringLiteral("97531");
        QVERIFY(!kiosk.staffPin.setPin(newPin));
        QVERIFY(kiosk.staffPin.lockout().value == PinLockout());
        COMPARE_CHECK(kiosk.staffPin.check(newPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
        COMPARE_CHECK(kiosk.staffPin.check(rightPin, startUtc), PinCheck::Outcome::Wrong, 1, 0);
    }

    void pinIsNeverLogged()
    {
        const QString pin = QStringLiteral("8080123");
        const QString typo = QStringLiteral("8080124");
        messagesSeen.clear();
        QStringList outcomes;
        const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
        {
            PinFixture kiosk;
            if (!kiosk.database.open() && !kiosk.staffPin.setPin(pin)) {
                for (int i = 0; i < PinLockout::wrongPinsBeforeLock + 1; ++i)
                    outcomes.append(QString::fromLatin1(outcomeName(kiosk.staffPin.check(typo, startUtc).outcome)));
                outcomes.append(QString::fromLatin1(outcomeName(kiosk.staffPin.check(pin, startUtc).outcome)));
            }
            runSetPin(kiosk.dir.path(), typo.toLatin1());
        }
        qInstallMessageHandler(previous);
        const QStringList expected = QStringList(PinLockout::wrongPinsBeforeLock, QStringLiteral("Wrong"))
            + QStringList{QStringLiteral("LockedOut"), QStringLiteral("LockedOut")};
        QCOMPARE(outcomes, expected);
        QVERIFY2(messagesSeen.join(u'\n').contains(QStringLiteral("locked for 60 s")),
                 qPrintable(messagesSeen.join(u'\n')));
        for (const QString &message : std::as_const(messagesSeen)) {
            QVERIFY2(!message.contains(pin), qPrintable(message));
            QVERIFY2(!message.contains(typo), qPrintable(message));
        }
    }

    void setPinCommand_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("pinNowSet");  // empty: no PIN may be set
        QTest::addColumn<QString>("errorLine");  // empty: nothing on stderr

        const QString onlyDigits = QStringLiteral("carekiosk set-pin: A PIN can only have the digits 0 to 9, with "
                                                  "no letters, spaces or other signs.\n");
        QTest::newRow("good PIN") << QByteArray("482913\n") << 0 << QStringLiteral("482913") << QString();
        QTest::newRow("no final line end") << QByteArray("4829") << 0 << QStringLiteral("4829") << QString();
        QTest::newRow("Windows line end") << QByteArray("4829\r\n") << 0 << QStringLiteral("4829") << QString();
        QTest::newRow("only the first line counts")
            << QByteArray("4829\n9999\n") << 0 << QStringLiteral("4829") << QString();
        QTest::newRow("a letter") << QByteArray("12a4\n") << 1 << QString() << onlyDigits;
        QTest::newRow("trailing space") << QByteArray("1234 \n") << 1 << QString() << onlyDigits;
        QTest::newRow("too short") << QByteArray("123\n") << 1 << QString()
                                   << QStringLiteral("carekiosk set-pin: The PIN is too short. Please use 4 to 12 "
                                                     "digits.\n");
        QTest::newRow("empty first line") << QByteArray("\n4829\n") << 1 << QString()
                                          << QStringLiteral("carekiosk set-pin: The PIN is empty. Please use 4 to 12 "
                                                            "digits.\n");
        QTest::newRow("nothing at all") << QByteArray() << 1 << QString()
                                        << QStringLiteral("carekiosk set-pin: no PIN on standard input: give the new "
                                                          "PIN as its first line\n");
    }

    void setPinCommand()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, pinNowSet);
        QFETCH(QString, errorLine);

        QTemporaryDir dir;
        const SetPinRun run = runSetPin(dir.path(), input);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err, errorLine);
        QCOMPARE(run.out, exitCode == 0 ? QStringLiteral("Staff PIN set.\n") : QString());

        KioskDatabase database(dir.path());
        QVERIFY(!database.open());
        StaffPin staffPin(database);
        if (pinNowSet.isEmpty()) {
            QCOMPARE(staffPin.isSet().value, false);
            return;
        }
        COMPARE_CHECK(staffPin.check(pinNowSet, startUtc), PinCheck::Outcome::Accepted, 0, 0);
    }

    void setPinCommandClearsTheLockOut()
    {
        QTemporaryDir dir;
        {
            KioskDatabase database(dir.path());
            QVERIFY(!database.open());
            StaffPin staffPin(database);
            QVERIFY(!staffPin.setPin(rightPin));
            for (int i = 0; i < PinLockout::wrongPinsBeforeLock; ++i)
                QCOMPARE(staffPin.check(wrongPin, startUtc).outcome, PinCheck::Outcome::Wrong);
            QVERIFY(staffPin.lockout().value.isLocked(startUtc));
        }
        const SetPinRun run = runSetPin(dir.path(), rightPin.toLatin1() + '\n');
        QCOMPARE(run.exitCode, 0);

        KioskDatabase database(dir.path());
        QVERIFY(!database.open());
        COMPARE_CHECK(StaffPin(database).check(rightPin, startUtc), PinCheck::Outcome::Accepted, 0, 0);
    }

    void setPinCommandArguments()
    {
        QTemporaryDir defaultDir;
        QTemporaryDir otherDir;

        const SetPinRun elsewhere =
            runSetPin(defaultDir.path(), "4829\n", {QStringLiteral("--data"), otherDir.path()});
        QCOMPARE(elsewhere.exitCode, 0);
        QVERIFY(!QFile::exists(defaultDir.filePath(KioskDatabase::fileName())));
        KioskDatabase database(otherDir.path());
        QVERIFY(!database.open());
        QCOMPARE(StaffPin(database).isSet().value, true);

        const SetPinRun onCommandLine = runSetPin(defaultDir.path(), "4829\n", {QStringLiteral("4829")});
        QCOMPARE(onCommandLine.exitCode, 1);
        QCOMPARE(onCommandLine.err.count(u'\n'), 1);
        QVERIFY(!onCommandLine.err.contains(QStringLiteral("4829")));

        const SetPinRun unknown = runSetPin(defaultDir.path(), "4829\n", {QStringLiteral("--pin")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count(u'\n'), 1);

        const SetPinRun help = runSetPin(defaultDir.path(), QByteArray(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("set-pin [options]")), qPrintable(help.out));
        QVERIFY(!QFile::exists(defaultDir.filePath(KioskDatabase::fileName())));
    }

    void setPinCommandReportsAnUnusableDatabase()
    {
        QTemporaryDir dir;
        // A file where the data folder should be: the database can't be made.
        const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        const SetPinRun run = runSetPin(notAFolder, "4829\n");
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("carekiosk set-pin: the database can't be used: ")),
                 qPrintable(run.err));
    }

private:
    static QString storedHash(KioskDatabase &database)
    {
        QString hash;
        const std::optional<StoreFailure> failure =
            database.forEachRow(QStringLiteral("SELECT hash FROM staff_pin WHERE id = 1"), {}, QStringLiteral("test"),
                                [&](const QSqlQuery &row) { hash = row.value(0).toString(); });
        return failure ? failure->toString() : hash;
    }
};

QTEST_GUILESS_MAIN(TestStaffPin)
#include "tst_staffpin.moc"
