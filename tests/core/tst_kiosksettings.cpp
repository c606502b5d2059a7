// KioskSettings: the shipped sample, defaults, bad values replaced by defaults
// with a warning that names the file, line and key, and the nightly restart time.
#include "core/settings/kiosksettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestKioskSettings : public QObject
{
    Q_OBJECT

private slots:
    void readsTheShippedSample()
    {
        const KioskSettings settings =
            KioskSettings::load(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
        QVERIFY2(settings.warnings().isEmpty(), qPrintable(settings.warnings().join(u'\n')));
        QCOMPARE(settings.clinicName(), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(settings.idleTimeoutSeconds(), 90);
        QCOMPARE(settings.retentionDays(), 90);
        QCOMPARE(settings.doneRetentionDays(), 30);
        QCOMPARE(settings.staffIdleSeconds(), 120);
        QCOMPARE(settings.restartAt(), std::optional<QTime>(QTime(3, 30)));
        QVERIFY(settings.isFromFile());
        QVERIFY(settings.exportFolder().isEmpty());
        QCOMPARE(settings.languages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));
        const QList<Office> offices = settings.offices();
        QCOMPARE(offices.size(), 3);
        QStringList names;
        for (const Office &office : offices) {
            names.append(office.name);
            QVERIFY2(office.phone.contains(QStringLiteral("-555-01")), qPrintable(office.phone));
            QVERIFY2(office.address.endsWith(QStringLiteral(", MD ") + office.address.right(5)), qPrintable(office.address));
            // Shown in every article's "Call us if" box.
            QVERIFY2(office.hours.contains(QStringLiteral(" to ")), qPrintable(office.hours));
            QVERIFY2(office.afterHours.contains(QStringLiteral("-555-01")), qPrintable(office.afterHours));
        }
        QVERIFY(settings.bookingUrl().isEmpty());  // commented out in the sample: no code until a clinic sets it
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Frederick"), QStringLiteral("Germantown"), QStringLiteral("Waldorf")}));
    }

    void missingFileGivesDefaults()
    {
        const KioskSettings settings = KioskSettings::load(QStringLiteral("/nonexistent/carekiosk.conf"));
        QCOMPARE(settings.idleTimeoutSeconds(), KioskSettings::defaultIdleTimeoutSeconds);
        QCOMPARE(settings.retentionDays(), KioskSettings::defaultRetentionDays);
        QVERIFY(settings.offices().isEmpty());
        QVERIFY(!settings.isFromFile());
        QCOMPARE(settings.warnings().size(), 1);
    }

    void badValuesFallBackWithAWarning_data()
    {
        // Each warning points at the line and key, for IT fixing the file.
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("warning");  // after "FILE:LINE: "

        QTest::newRow("idle time-out not a number")
            << QByteArray("[kiosk]\nidle_timeout_seconds=soon\n") << 2
            << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not 'soon'; using 90");
        QTest::newRow("idle time-out too short, after comments and spaces")
            << QByteArray("; CareKiosk\n# on the lobby PC\n\n[kiosk]\n; idle_timeout_seconds=30\n  idle_timeout_seconds = 2\n")
            << 6 << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not '2'; using 90");
        QTest::newRow("retention negative")
            << QByteArray("[privacy]\nretention_days=-4\n") << 2
            << QStringLiteral("[privacy] retention_days must be a whole number from 1 to 3650, not '-4'; using 90");
        QTest::newRow("done retention zero, second key of its group")
            << QByteArray("[privacy]\nretention_days=90\ndone_retention_days=0\n") << 3
            << QStringLiteral("[privacy] done_retention_days must be a whole number from 1 to 3650, not '0'; using 30");
        QTest::newRow("staff idle time-out, a key [kiosk] has too")
            << QByteArray("[kiosk]\nidle_timeout_seconds=90\n\n[staff]\nidle_timeout_seconds=5\n") << 5
            << QStringLiteral("[staff] idle_timeout_seconds must be a whole number from 15 to 3600, not '5'; using 120");
        QTest::newRow("relative export folder")
            << QByteArray("[staff]\nexport_folder=exports\n") << 2
            << QStringLiteral("[staff] export_folder must be a full path, not 'exports'; using the data folder");
        QTest::newRow("office without a name: its header")
            << QByteArray("[clinic]\nname=Lobby\n\n[office.x]\nphone=301-555-0100\n") << 4
            << QStringLiteral("[office.x] has no name; the office is left out");
        QTest::newRow("office with an empty name: that line")
            << QByteArray("[office.x]\nphone=301-555-0100\nname=\n") << 3
            << QStringLiteral("[office.x] has no name; the office is left out");
        QTest::newRow("restart time not a time")
            << QByteArray("[kiosk]\nrestart_at=soon\n") << 2
            << QStringLiteral("[kiosk] restart_at must be a time of day from 00:00 to 23:59, or 'off', not 'soon'; using 03:30");
        QTest::newRow("restart hour 25")
            << QByteArray("[kiosk]\nidle_timeout_seconds=90\nrestart_at=25:00\n") << 3
            << QStringLiteral("[kiosk] restart_at must be a time of day from 00:00 to 23:59, or 'off', not '25:00'; using 03:30");
        QTest::newRow("Windows line endings")
            << QByteArray("[kiosk]\r\n\r\nidle_timeout_seconds=soon\r\n") << 3
            << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not 'soon'; using 90");
        QTest::newRow("group opened twice")
            << QByteArray("[kiosk]\nlanguages=en\n[privacy]\nretention_days=90\n[kiosk]\nidle_timeout_seconds=1\n") << 6
            << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not '1'; using 90");
        QTest::newRow("key written twice: the last is used")
            << QByteArray("[kiosk]\nidle_timeout_seconds=soon\nidle_timeout_seconds=later\n") << 3
            << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not 'later'; using 90");
        QTest::newRow("booking page not a web address")
            << QByteArray("[clinic]\nname=Lobby\nbooking_url=www.clinic.test/book\n") << 3
            << QStringLiteral("[clinic] booking_url must be a web address starting with https:// or http://, not "
                              "'www.clinic.test/book'; no booking code is shown");
        QTest::newRow("booking page a placeholder")
            << QByteArray("[clinic]\nbooking_url=https://example.com/book\n") << 2
            << QStringLiteral("[clinic] booking_url 'https://example.com/book' is a placeholder address; no booking code "
                              "is shown");
        QTest::newRow("a comma in a number")
            << QByteArray("[kiosk]\nidle_timeout_seconds=1,5\n") << 2
            << QStringLiteral("[kiosk] idle_timeout_seconds must be a whole number from 15 to 3600, not '1, 5'; using 90");
    }

    void badValuesFallBackWithAWarning()
    {
        QFETCH(QByteArray, ini);
        QFETCH(int, line);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QVERIFY(settings.isFromFile());
        QCOMPARE(settings.warnings().size(), 1);
        QCOMPARE(settings.warnings().first(), QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(line).arg(warning));
        QCOMPARE(settings.idleTimeoutSeconds(), KioskSettings::defaultIdleTimeoutSeconds);
        QCOMPARE(settings.retentionDays(), KioskSettings::defaultRetentionDays);
        QCOMPARE(settings.restartAt(), std::optional<QTime>(KioskSettings::defaultRestartAt()));
        QVERIFY(settings.offices().isEmpty());
    }

    // Found by fuzz_settings (tests/data/fuzz/settings): one line QSettings
    // can't read made every setting its default, the privacy limits too.
    void unreadableLineKeepsTheOthers()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[privacy]\nretention_days=45\n[kiosk\nidle_timeout_seconds=60\n[office.a]\nname=Waldorf\n");
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QVERIFY(settings.isFromFile());
        QCOMPARE(settings.retentionDays(), 45);
        QCOMPARE(settings.offices().size(), 1);
        QCOMPARE(settings.warnings(),
                 QStringList(QStringLiteral("%1:3: this line can't be read (a group is written [name]); the other lines "
                                            "are used")
                                 .arg(file.fileName())));
    }

    void officeHoursAndBookingPage()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[clinic]\nbooking_url=https://portal.clinic.test/book?office=1\n\n[office.a]\nname=A\n"
                   "phone=301-555-0100\nhours=\"Monday to Friday, 8 am to 5 pm\"\n"
                   "after_hours=After hours, call 301-555-0199 to reach the doctor on call.\n");
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QVERIFY2(settings.warnings().isEmpty(), qPrintable(settings.warnings().join(u'\n')));
        QCOMPARE(settings.bookingUrl(), QUrl(QStringLiteral("https://portal.clinic.test/book?office=1")));
        QCOMPARE(settings.offices().size(), 1);
        QCOMPARE(settings.offices().first().hours, QStringLiteral("Monday to Friday, 8 am to 5 pm"));
        // Unquoted, QSettings splits at the comma; it is still one text.
        QCOMPARE(settings.offices().first().afterHours,
                 QStringLiteral("After hours, call 301-555-0199 to reach the doctor on call."));
    }

    void restartTimeIsRead_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("restartAt");  // "HH:mm", or "off"
        QTest::addColumn<int>("warnings");

        QTest::newRow("not set: 03:30") << QByteArray("[kiosk]\nidle_timeout_seconds=90\n") << QStringLiteral("03:30") << 0;
        QTest::newRow("set") << QByteArray("[kiosk]\nrestart_at=04:15\n") << QStringLiteral("04:15") << 0;
        QTest::newRow("one-digit hour, spaces") << QByteArray("[kiosk]\nrestart_at = 4:05\n") << QStringLiteral("04:05") << 0;
        QTest::newRow("midnight") << QByteArray("[kiosk]\nrestart_at=00:00\n") << QStringLiteral("00:00") << 0;
        QTest::newRow("off") << QByteArray("[kiosk]\nrestart_at=off\n") << QStringLiteral("off") << 0;
        QTest::newRow("OFF") << QByteArray("[kiosk]\nrestart_at=OFF\n") << QStringLiteral("off") << 0;
        QTest::newRow("commented out") << QByteArray("[kiosk]\n;restart_at=off\n") << QStringLiteral("03:30") << 0;
        QTest::newRow("12-hour clock") << QByteArray("[kiosk]\nrestart_at=3:30am\n") << QStringLiteral("03:30") << 1;
        QTest::newRow("minutes 60") << QByteArray("[kiosk]\nrestart_at=03:60\n") << QStringLiteral("03:30") << 1;
        QTest::newRow("empty") << QByteArray("[kiosk]\nrestart_at=\n") << QStringLiteral("03:30") << 1;
    }

    void restartTimeIsRead()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, restartAt);
        QFETCH(int, warnings);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QVERIFY2(settings.warnings().size() == warnings, qPrintable(settings.warnings().join(u'\n')));
        const std::optional<QTime> expected = restartAt == QLatin1String("off")
            ? std::nullopt
            : std::optional<QTime>(QTime::fromString(restartAt, QStringLiteral("HH:mm")));
        QCOMPARE(settings.restartAt(), expected);
    }

    // [server]: none means a kiosk on its own; each unusable piece is named
    // with its line, and the kiosk then keeps its requests.
    void serverSection_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<bool>("forwards");
        QTest::addColumn<QString>("warning");  // contained in the one warning; empty: none

        QTest::newRow("none") << QByteArray("[clinic]\nname=Lobby\n") << false << false << QString();
        QTest::newRow("a kiosk") << QByteArray("[server]\nhost=db.clinic.lan\nuser=waldorf_lobby\npassword_file=PASSWORD\n"
                                               "ca_file=/etc/carekiosk/ca.crt\n")
                                 << true << true << QString();
        QTest::newRow("a front-desk PC: no user") << QByteArray("[server]\nhost=db.clinic.lan\nca_file=/etc/ca.crt\n")
                                                  << true << false << QString();
        QTest::newRow("no host") << QByteArray("[server]\nuser=k\npassword_file=PASSWORD\nca_file=/etc/ca.crt\n")
                                 << false << false << QStringLiteral(":1: [server] host is missing; requests are kept");
        QTest::newRow("user without a password file")
            << QByteArray("[server]\nhost=db\nuser=k\nca_file=/etc/ca.crt\n") << false << false
            << QStringLiteral("[server] password_file is missing");
        QTest::newRow("verify-full without a CA")
            << QByteArray("[server]\nhost=db\nuser=k\npassword_file=PASSWORD\n") << false << false
            << QStringLiteral("[server] ca_file is missing: sslmode=verify-full needs the clinic's CA certificate");
        QTest::newRow("sslmode disable")
            << QByteArray("[server]\nhost=db\nuser=k\npassword_file=PASSWORD\nca_file=/etc/ca.crt\nsslmode=disable\n")
            << false << false << QStringLiteral(":6: [server] sslmode must be verify-full, verify-ca or require, not 'disable'");
        QTest::newRow("password file others can read")
            << QByteArray("[server]\nhost=db\nuser=k\npassword_file=OPEN_PASSWORD\nca_file=/etc/ca.crt\n") << true << true
            << QStringLiteral("(mode 0644): make it readable by its owner only (chmod 600); the password is not used");
        // Found by fuzz_passwordfile (tests/data/fuzz/passwordfile): opening a
        // pipe waited for a writer, and the kiosk never started.
        QTest::newRow("password file a named pipe")
            << QByteArray("[server]\nhost=db\nuser=k\npassword_file=PIPE_PASSWORD\nca_file=/etc/ca.crt\n") << true << true
            << QStringLiteral("pipe-password is not a regular file");
        QTest::newRow("bad port")
            << QByteArray("[server]\nhost=db\nport=99999\nca_file=/etc/ca.crt\n") << true << false
            << QStringLiteral(":3: [server] port must be a whole number from 1 to 65535, not '99999'; using 5432");
    }

    void serverSection()
    {
        QFETCH(QByteArray, ini);
        QFETCH(bool, usable);
        QFETCH(bool, forwards);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        const QString password = dir.filePath(QStringLiteral("password"));
        const QString openPassword = dir.filePath(QStringLiteral("open-password"));
        for (const auto &[path, mode] : {std::pair{password, 0600}, std::pair{openPassword, 0644}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("secret-secret\n");
            file.close();
            QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        }
        const QString pipePassword = dir.filePath(QStringLiteral("pipe-password"));
        QVERIFY(::mkfifo(QFile::encodeName(pipePassword).constData(), 0600) == 0);
        ini.replace("PIPE_PASSWORD", QFile::encodeName(pipePassword));
        ini.replace("OPEN_PASSWORD", QFile::encodeName(openPassword));
        ini.replace("PASSWORD", QFile::encodeName(password));
        const QString path = dir.filePath(QStringLiteral("carekiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.server().has_value(), usable);
        if (usable) {
            QCOMPARE(settings.server()->canForward(), forwards);
            QCOMPARE(settings.server()->sslMode, QStringLiteral("verify-full"));
            QCOMPARE(settings.server()->port, 5432);
        }
        if (warning.isEmpty()) {
            QVERIFY2(settings.warnings().isEmpty(), qPrintable(settings.warnings().join(u'\n')));
        } else {
            QCOMPARE(settings.warnings().size(), 1);
            QVERIFY2(settings.warnings().first().contains(warning), qPrintable(settings.warnings().first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
