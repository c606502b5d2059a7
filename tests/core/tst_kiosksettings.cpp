// KioskSettings: the shipped sample, defaults, and bad values replaced by defaults.
#include "settings/kiosksettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY(settings.exportFolder().isEmpty());
        QCOMPARE(settings.languages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));
        const QList<Office> offices = settings.offices();
        QCOMPARE(offices.size(), 3);
        QStringList names;
        for (const Office &office : offices) {
            names.append(office.name);
            QVERIFY2(office.phone.contains(QStringLiteral("-555-01")), qPrintable(office.phone));
            QVERIFY2(office.address.endsWith(QStringLiteral(", MD ") + office.address.right(5)), qPrintable(office.address));
        }
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Frederick"), QStringLiteral("Germantown"), QStringLiteral("Waldorf")}));
    }

    void missingFileGivesDefaults()
    {
        const KioskSettings settings = KioskSettings::load(QStringLiteral("/nonexistent/carekiosk.conf"));
        QCOMPARE(settings.idleTimeoutSeconds(), KioskSettings::defaultIdleTimeoutSeconds);
        QCOMPARE(settings.retentionDays(), KioskSettings::defaultRetentionDays);
        QVERIFY(settings.offices().isEmpty());
        QCOMPARE(settings.warnings().size(), 1);
    }

    void badValuesFallBackWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("warningPart");
        QTest::newRow("idle time-out not a number") << QByteArray("[kiosk]\nidle_timeout_seconds=soon\n")
                                                    << QStringLiteral("kiosk/idle_timeout_seconds");
        QTest::newRow("idle time-out too short") << QByteArray("[kiosk]\nidle_timeout_seconds=2\n")
                                                 << QStringLiteral("from 15 to 3600");
        QTest::newRow("retention negative") << QByteArray("[privacy]\nretention_days=-4\n")
                                            << QStringLiteral("privacy/retention_days");
        QTest::newRow("done retention zero") << QByteArray("[privacy]\ndone_retention_days=0\n")
                                             << QStringLiteral("privacy/done_retention_days");
        QTest::newRow("staff idle time-out too short") << QByteArray("[staff]\nidle_timeout_seconds=5\n")
                                                       << QStringLiteral("staff/idle_timeout_seconds");
        QTest::newRow("relative export folder") << QByteArray("[staff]\nexport_folder=exports\n")
                                                << QStringLiteral("full path");
        QTest::newRow("office without a name") << QByteArray("[office.x]\nphone=301-555-0100\n")
                                               << QStringLiteral("[office.x] has no name");
    }

    void badValuesFallBackWithAWarning()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, warningPart);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ini);
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QCOMPARE(settings.warnings().size(), 1);
        QVERIFY2(settings.warnings().first().contains(warningPart), qPrintable(settings.warnings().first()));
        QCOMPARE(settings.idleTimeoutSeconds(), KioskSettings::defaultIdleTimeoutSeconds);
        QCOMPARE(settings.retentionDays(), KioskSettings::defaultRetentionDays);
        QVERIFY(settings.offices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
