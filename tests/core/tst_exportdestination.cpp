// Staff choose among every writable USB drive plugged in and the configured folder.
#include "core/staff/exportdestination.h"

#include <QTest>

Q_DECLARE_METATYPE(MountedVolume)

class TestExportDestination : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryWritableDriveThenTheFolder_data()
    {
        QTest::addColumn<QList<MountedVolume>>("volumes");
        QTest::addColumn<QStringList>("folders");
        const MountedVolume root{QStringLiteral("/"), QStringLiteral("root"), false, true};
        const MountedVolume usb{QStringLiteral("/media/kiosk/KINGSTON"), QStringLiteral("KINGSTON"), false, true};
        const MountedVolume readOnlyUsb{QStringLiteral("/media/kiosk/CDROM"), QStringLiteral("CDROM"), true, true};
        const MountedVolume udisksUsb{QStringLiteral("/run/media/staff/STICK"), QString(), false, true};
        const MountedVolume notReady{QStringLiteral("/media/kiosk/EMPTY"), QString(), false, false};
        const MountedVolume lookalike{QStringLiteral("/mediafiles"), QString(), false, true};
        const QString folder = QStringLiteral("/var/exports");
        QTest::newRow("only the system disk") << QList<MountedVolume>{root} << QStringList{folder};
        QTest::newRow("a USB drive") << QList<MountedVolume>{root, usb} << QStringList{usb.rootPath, folder};
        QTest::newRow("a read-only one is left out") << QList<MountedVolume>{readOnlyUsb, usb}
                                                     << QStringList{usb.rootPath, folder};
        QTest::newRow("two drives: both offered") << QList<MountedVolume>{usb, udisksUsb}
                                                  << QStringList{usb.rootPath, udisksUsb.rootPath, folder};
        QTest::newRow("not ready") << QList<MountedVolume>{notReady} << QStringList{folder};
        QTest::newRow("a name that only starts like /media") << QList<MountedVolume>{lookalike} << QStringList{folder};
    }

    void listsEveryWritableDriveThenTheFolder()
    {
        QFETCH(QList<MountedVolume>, volumes);
        QFETCH(QStringList, folders);
        const QList<ExportDestination> destinations = ExportDestinations::available(
            volumes, ExportDestinations::removableMountPrefixes(), QStringLiteral("/var/exports"));
        QStringList listed;
        for (const ExportDestination &destination : destinations) {
            listed.append(destination.folder);
            QVERIFY(!destination.description.isEmpty());
            QCOMPARE(destination.removable, destination.folder != QStringLiteral("/var/exports"));
        }
        QCOMPARE(listed, folders);
    }

    void aDriveIsShownByLabelAndSize()
    {
        const MountedVolume usb{QStringLiteral("/media/kiosk/KINGSTON"), QStringLiteral("KINGSTON"), false, true,
                                qint64(16) * 1000 * 1000 * 1000};
        const QList<ExportDestination> destinations =
            ExportDestinations::available({usb}, ExportDestinations::removableMountPrefixes(), QStringLiteral("/x"));
        QCOMPARE(destinations.first().description, QStringLiteral("USB drive KINGSTON (16.0 GB)"));
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
