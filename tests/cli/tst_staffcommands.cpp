// The staff's sub-commands, as IT and scripts use them: the real binary with
// --data and --config, exit codes, one line on stderr for a problem.
//   set-pin reads the PIN from stdin; export writes the same files as the
//   staff screen (a formula in a name comes out neutralised); purge applies
//   the retention policy.
#include "core/audit/auditlog.h"
#include "core/callbacks/callbackstore.h"
#include "core/security/staffpin.h"
#include "support/samplerequest.h"
#include "support/sideways.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run carekiosk(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CAREKIOSK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList common(const QTemporaryDir &dir)
{
    return {QStringLiteral("--data"), dir.path(), QStringLiteral("--config"), QStringLiteral(CAREKIOSK_SAMPLE_CONFIG)};
}

// The cells of a CSV file as Python's csv module reads them, one line per
// row, cells separated by a unit separator.
QStringList readCsvWithPython(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv,sys\n"
                                 "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                                 "    for row in csv.reader(f):\n"
                                 "        print('\\x1f'.join(row))\n"),
                  path});
    python.waitForFinished(30'000);
    return QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// A queue with one request past the retention time (100 days old) and one
// recent request; the recent one, or nothing when they could not be saved.
std::optional<CallbackRequest> saveOldAndRecent(const QString &dataDir)
{
    KioskDatabase database(dataDir);
    CallbackStore store(database);
    CallbackRequest old = sampleRequest(1);
    old.createdUtc = QDateTime::currentDateTimeUtc().addDays(-100);
    const CallbackRequest recent = sampleRequest(2);
    if (store.save(old) || store.save(recent))
        return std::nullopt;
    return recent;
}
} // namespace

class TestStaffCommands : public QObject
{
    Q_OBJECT

private slots:
    void setPinReadsStandardInput()
    {
        QTemporaryDir dir;
        const Run set = carekiosk(QStringList{QStringLiteral("set-pin")} + common(dir), "482916\n");
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out.trimmed(), QStringLiteral("Staff PIN set."));
        KioskDatabase database(dir.path());
        StaffPin pin(database);
        QCOMPARE(pin.check(QStringLiteral("482916"), QDateTime::currentDateTimeUtc()).outcome, PinCheck::Outcome::Accepted);

        const Run bad = carekiosk(QStringList{QStringLiteral("set-pin")} + common(dir), "12a4\n");
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count(u'\n'), 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("carekiosk set-pin: ")));
    }

    void exportNeutralisesAFormulaInAName()
    {
        QTemporaryDir dir;
        {
            KioskDatabase database(dir.path());
            CallbackStore store(database);
            CallbackRequest request = sampleRequest(1);
            request.firstName = QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
            QVERIFY(!store.save(request));
        }
        const QString csv = dir.filePath(QStringLiteral("out/list.csv"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        const Run run = carekiosk(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                              QStringLiteral("--out"), csv} + common(dir));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("1 request written to %1").arg(csv));
        const QStringList rows = readCsvWithPython(csv);
        QCOMPARE(rows.size(), 2);
        const QStringList cells = rows.at(1).split(QChar(0x1f));
        QCOMPARE(cells.at(1), QStringLiteral("'=HYPERLINK(\"http://example.com\",\"x\")"));
        QCOMPARE(QFile(csv).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        KioskDatabase database(dir.path());
        const QList<AuditEntry> audit = AuditLog(database).entries().value;
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("export csv"));
        QCOMPARE(audit.first().rows, 1);
    }

    void exportFiltersAndFormats_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("rows");
        QTest::newRow("every request as JSON") << QStringList{QStringLiteral("--format"), QStringLiteral("json")} << 3;
        QTest::newRow("new ones only") << QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                      QStringLiteral("--status"), QStringLiteral("new")}
                                       << 2;
        QTest::newRow("one office") << QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                   QStringLiteral("--office"), QStringLiteral("frederick")}
                                    << 1;
        QTest::newRow("since a day") << QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--since"),
                                                    QDate::currentDate().addDays(-3).toString(Qt::ISODate)}
                                     << 2;
        QTest::newRow("a PDF") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")} << 3;
    }

    void exportFiltersAndFormats()
    {
        QFETCH(QStringList, options);
        QFETCH(int, rows);
        QTemporaryDir dir;
        {
            KioskDatabase database(dir.path());
            CallbackStore store(database);
            CallbackRequest old = sampleRequest(1);
            old.createdUtc = QDateTime::currentDateTimeUtc().addDays(-10);
            CallbackRequest called = sampleRequest(2);
            CallbackRequest frederick = sampleRequest(3);
            frederick.officeId = QStringLiteral("frederick");
            for (const CallbackRequest &request : {old, called, frederick})
                QVERIFY(!store.save(request));
            QVERIFY(!store.setStatus(called.id, CallbackStatus::Called, QDateTime::currentDateTimeUtc()));
        }
        const QString file = dir.filePath(QStringLiteral("export.out"));
        const Run run = carekiosk(QStringList{QStringLiteral("export"), QStringLiteral("--out"), file} + options + common(dir));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QString::number(rows) + (rows == 1 ? QStringLiteral(" request ") : QStringLiteral(" requests "))),
                 qPrintable(run.out));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        if (options.at(1) == u"json")
            QCOMPARE(bytes.count("\"phone_e164\""), rows);
        else
            QVERIFY(bytes.startsWith("%PDF"));
    }

    void badExportArgumentsGetOneLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList{QStringLiteral("--out"), QStringLiteral("x.csv")} << QStringLiteral("--format");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--out"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("--format");
        QTest::newRow("no file") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")} << QStringLiteral("--out");
        QTest::newRow("bad status") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                                   QStringLiteral("x"), QStringLiteral("--status"), QStringLiteral("urgent")}
                                    << QStringLiteral("--status");
        QTest::newRow("unknown office") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                                       QStringLiteral("x"), QStringLiteral("--office"), QStringLiteral("paris")}
                                        << QStringLiteral("paris");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                                 QStringLiteral("x"), QStringLiteral("--since"), QStringLiteral("yesterday")}
                                  << QStringLiteral("--since");
        QTest::newRow("a folder that isn't there") << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                                                  QStringLiteral("/nonexistent/folder/x.csv")}
                                                   << QStringLiteral("/nonexistent/folder/x.csv");
    }

    void badExportArgumentsGetOneLine()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run run = carekiosk(QStringList{QStringLiteral("export")} + options + common(dir));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("carekiosk export: ")) && run.err.contains(message), qPrintable(run.err));
    }

    void purgeAppliesTheRetentionPolicy()
    {
        QTemporaryDir dir;
        QVERIFY(saveOldAndRecent(dir.path()));
        const Run run = carekiosk(QStringList{QStringLiteral("purge")} + common(dir));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Deleted 1 request."));
        const Run everything = carekiosk(QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("0")} + common(dir));
        QCOMPARE(everything.out.trimmed(), QStringLiteral("Deleted 1 request."));
        const Run bad = carekiosk(QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("soon")} + common(dir));
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err.count(u'\n'), 1);
    }

    void purgeSaysWhatItDeletedWhenTheCleanUpCantFinish()
    {
        QTemporaryDir dir;
        const std::optional<CallbackRequest> recent = saveOldAndRecent(dir.path());
        QVERIFY(recent);
        KioskDatabase database(dir.path());
        CallbackStore store(database);

        SnapshotReader reader(database.databasePath());
        QVERIFY(reader.isReading());
        const Run run = carekiosk(QStringList{QStringLiteral("purge")} + common(dir));
        reader.stop();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Deleted 1 request."));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("carekiosk purge: the deleted requests may stay in callbacks.db-wal")),
                 qPrintable(run.err));
        const StoreResult<QList<CallbackRequest>> kept = store.requests();
        QVERIFY(!kept.failure);
        QCOMPARE(kept.value, QList<CallbackRequest>{*recent});
    }

    void everySubCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"check-content", "export", "set-pin", "purge"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void everySubCommandHasHelp()
    {
        QFETCH(QString, command);
        const Run run = carekiosk({command, QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: carekiosk %1").arg(command)), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--data")) || command == u"check-content");
    }
};

QTEST_GUILESS_MAIN(TestStaffCommands)
#include "tst_staffcommands.moc"
