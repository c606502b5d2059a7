// Exports go to a plugged-in USB drive when there is one, else the configured folder.
#include "core/staff/exportdestination.h"

#include <QTest>

Q_DECLARE_METATYPE(MountedVolume)

class TestExportDestination : public QObject
{
    Q_OBJECT

private slots:
    void choosesTheFirstWritableRemovableDrive_data()
    {
        QTest::addColumn<QList<MountedVolume>>("volumes");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("removable");
        const MountedVolume root{QStringLiteral("/"), QStringLiteral("root"), false, true};
        const MountedVolume usb{QStringLiteral("/media/kiosk/KINGSTON"), QStringLiteral("KINGSTON"), false, true};
        const MountedVolume readOnlyUsb{QStringLiteral("/media/kiosk/CDROM"), QStringLiteral("CDROM"), true, true};
        const MountedVolume udisksUsb{QStringLiteral("/run/media/staff/STICK"), QString(), false, true};
        const MountedVolume notReady{QStringLiteral("/media/kiosk/EMPTY"), QString(), false, false};
        const MountedVolume lookalike{QStringLiteral("/mediafiles"), QString(), false, true};
        QTest::newRow("only the system disk") << QList<MountedVolume>{root} << QStringLiteral("/var/exports") << false;
        QTest::newRow("a USB drive") << QList<MountedVolume>{root, usb} << usb.rootPath << true;
        QTest::newRow("a read-only one is skipped") << QList<MountedVolume>{readOnlyUsb, usb} << usb.rootPath << true;
        QTest::newRow("udisks mounts under /run/media") << QList<MountedVolume>{root, udisksUsb} << udisksUsb.rootPath << true;
        QTest::newRow("not ready") << QList<MountedVolume>{notReady} << QStringLiteral("/var/exports") << false;
        QTest::newRow("a name that only starts like /media") << QList<MountedVolume>{lookalike} << QStringLiteral("/var/exports")
                                                              << false;
    }

    void choosesTheFirstWritableRemovableDrive()
    {
        QFETCH(QList<MountedVolume>, volumes);
        QFETCH(QString, folder);
        QFETCH(bool, removable);
        const ExportDestination destination =
            ExportDestinations::choose(volumes, ExportDestinations::removableMountPrefixes(), QStringLiteral("/var/exports"));
        QCOMPARE(destination.folder, folder);
        QCOMPARE(destination.removable, removable);
        QVERIFY(!destination.description.isEmpty());
    }

    void fileNamesSortByTime()
    {
        const QDateTime time(QDate(2026, 11, 25), QTime(22, 45, 1));
        QCOMPARE(ExportDestinations::fileName(QStringLiteral("callbacks"), QStringLiteral("csv"), time),
                 QStringLiteral("callbacks-20261125-224501.csv"));
    }
};

QTEST_GUILESS_MAIN(TestExportDestination)
#include "tst_exportdestination.moc"
