// Retention and the audit trail: old requests are deleted for good (their
// bytes are gone from the database file and its write-ahead log), recent
// ones stay, and every deletion is counted in the audit trail without any
// visitor data. A deletion that was committed says so even when the wipe
// after it fails, and one that was not committed deletes nothing.
#include "core/audit/auditlog.h"
#include "core/callbacks/callbackstore.h"
#include "support/samplerequest.h"
#include "support/sideways.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CallbackRequest requestNamed(const QString &name, const QDateTime &created)
{
    CallbackRequest request = sampleRequest(1);
    request.firstName = name;
    request.note = name + QStringLiteral(" note");
    request.createdUtc = created;
    request.consentUtc = created;
    return request;
}

// Deletes `gone` by a staff deletion or by retention.
DeletionResult deleteOne(CallbackStore &store, bool byRetention, const CallbackRequest &gone, const QDateTime &now)
{
    return byRetention ? store.purge(30, 90, now) : store.remove({gone.id});
}
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void purgeDeletesOldRequestsForGood()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();

        const CallbackRequest doneLongAgo = requestNamed(QStringLiteral("Quillonsentinel"), now.addDays(-45));
        const CallbackRequest veryOld = requestNamed(QStringLiteral("Marzipansentinel"), now.addDays(-91));
        const CallbackRequest doneRecently = requestNamed(QStringLiteral("Recentdone"), now.addDays(-20));
        const CallbackRequest newButOldish = requestNamed(QStringLiteral("Stillwaiting"), now.addDays(-60));
        for (const CallbackRequest &request : {doneLongAgo, veryOld, doneRecently, newButOldish})
            QVERIFY(!store.save(request));
        QVERIFY(!store.setStatus(doneLongAgo.id, CallbackStatus::Done, now.addDays(-31)));
        QVERIFY(!store.setStatus(doneRecently.id, CallbackStatus::Done, now.addDays(-2)));
        QVERIFY(bytesOf(database.databasePath() + QStringLiteral("-wal")).contains("Quillonsentinel"));

        const DeletionResult purged = store.purge(30, 90, now);
        QVERIFY(!purged.notCommitted);
        QVERIFY(!purged.checkpointFailed);
        QCOMPARE(purged.rows, 2);

        QStringList kept;
        for (const CallbackRequest &request : store.requests().value)
            kept.append(request.firstName);
        QCOMPARE(kept, (QStringList{QStringLiteral("Recentdone"), QStringLiteral("Stillwaiting")}));

        for (const QString &file : {database.databasePath(), database.databasePath() + QStringLiteral("-wal")}) {
            const QByteArray bytes = bytesOf(file);
            QVERIFY2(!bytes.contains("Quillonsentinel"), qPrintable(file));
            QVERIFY2(!bytes.contains("Marzipansentinel"), qPrintable(file));
        }
        QVERIFY(bytesOf(database.databasePath()).contains("Stillwaiting"));
        QCOMPARE(database.integrityCheck().value, QStringLiteral("ok"));
    }

    // A kiosk that forwards: a done request goes only once the server has it
    // with its last status; past retention_days everything goes, and the
    // audit line counts what never reached the server.
    void purgeOnAForwardingKioskKeepsWhatTheServerLacks()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        QVERIFY(!database.open());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CallbackRequest doneForwarded = requestNamed(QStringLiteral("DoneForwarded"), now.addDays(-45));
        const CallbackRequest doneNotForwarded = requestNamed(QStringLiteral("DoneNotForwarded"), now.addDays(-45));
        const CallbackRequest doneStatusNotForwarded = requestNamed(QStringLiteral("DoneStatusNotForwarded"), now.addDays(-45));
        const CallbackRequest oldForwarded = requestNamed(QStringLiteral("OldForwarded"), now.addDays(-91));
        const CallbackRequest oldNeverForwarded = requestNamed(QStringLiteral("OldNeverForwarded"), now.addDays(-92));
        QList<CallbackRequest> all = {doneForwarded, doneNotForwarded, doneStatusNotForwarded, oldForwarded, oldNeverForwarded};
        for (CallbackRequest &request : all) {
            request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QVERIFY(!store.save(request));
        }
        for (int index : {0, 1, 2})
            QVERIFY(!store.setStatus(all[index].id, CallbackStatus::Done, now.addDays(-31)));
        // What the forwarder marks after the server's COMMIT: the first with its
        // "done", the third before it was marked done, the fourth.
        const StoreResult<QList<CallbackRequest>> stored = store.requests();
        QVERIFY(!stored.failure);
        QList<CallbackRequest> sent;
        for (const CallbackRequest &request : stored.value) {
            if (request.id == all[0].id || request.id == all[3].id)
                sent.append(request);
            if (request.id == all[2].id) {
                CallbackRequest beforeDone = request;
                beforeDone.statusChangedUtc = {};
                sent.append(beforeDone);
            }
        }
        QVERIFY(!store.markForwarded(sent, now));
        QCOMPARE(store.unforwardedCount().value, 2);
        QCOMPARE(store.unforwardedStatusChanges(10).value.size(), 1);

        const ForwardedPurge purged = store.purgeForwarded(30, 90, now);
        QVERIFY(purged.deletion.committed());
        QCOMPARE(purged.deletion.rows, 3);  // done and forwarded, and the two older than 90 days
        QCOMPARE(purged.neverForwarded, 1);
        QStringList left;
        for (const CallbackRequest &request : store.requests().value)
            left.append(request.firstName);
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("DoneNotForwarded"), QStringLiteral("DoneStatusNotForwarded")}));
        const StoreResult<QList<AuditEntry>> audit = AuditLog(database).entries();
        QVERIFY(!audit.failure && !audit.value.isEmpty());
        QCOMPARE(audit.value.first().action, QStringLiteral("purge"));
        QCOMPARE(audit.value.first().rows, 3);
        QVERIFY2(audit.value.first().detail.contains(QStringLiteral("1 never forwarded")), qPrintable(audit.value.first().detail));
    }

    void deletionIsForGoodAndAudited()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest gone = requestNamed(QStringLiteral("Vanishingsentinel"), QDateTime::currentDateTimeUtc());
        const CallbackRequest stays = requestNamed(QStringLiteral("Staying"), QDateTime::currentDateTimeUtc());
        QVERIFY(!store.save(gone));
        QVERIFY(!store.save(stays));
        const DeletionResult removed = store.remove({gone.id, QStringLiteral("not-an-id")});
        QVERIFY(!removed.notCommitted);
        QVERIFY(!removed.checkpointFailed);
        QCOMPARE(removed.rows, 1);
        QCOMPARE(store.requests().value, QList<CallbackRequest>{stays});
        for (const QString &file : {database.databasePath(), database.databasePath() + QStringLiteral("-wal")})
            QVERIFY2(!bytesOf(file).contains("Vanishingsentinel"), qPrintable(file));

        const QList<AuditEntry> audit = AuditLog(database).entries().value;
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("delete"));
        QCOMPARE(audit.first().rows, 1);
    }

    void everyPurgeIsAuditedWithoutVisitorData()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.save(requestNamed(QStringLiteral("Oldname"), now.addDays(-200))));
        QCOMPARE(store.purge(30, 90, now).rows, 1);
        QCOMPARE(store.purge(30, 90, now).rows, 0);
        const QList<AuditEntry> audit = AuditLog(database).entries().value;
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().action, QStringLiteral("purge"));
        QCOMPARE(audit.last().rows, 1);
        QCOMPARE(audit.first().rows, 0);
        for (const AuditEntry &entry : audit)
            QVERIFY(!entry.detail.contains(QStringLiteral("Oldname")));
    }

    void aDeletionWhoseWipeFailsStillSaysTheRowsAreDeleted_data()
    {
        QTest::addColumn<bool>("byRetention");
        QTest::newRow("staff deletion") << false;
        QTest::newRow("retention") << true;
    }

    void aDeletionWhoseWipeFailsStillSaysTheRowsAreDeleted()
    {
        QFETCH(bool, byRetention);
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CallbackRequest gone = requestNamed(QStringLiteral("Lingeringsentinel"), now.addDays(-200));
        const CallbackRequest stays = requestNamed(QStringLiteral("Staying"), now);
        QVERIFY(!store.save(gone));
        QVERIFY(!store.save(stays));

        SnapshotReader reader(database.databasePath());
        QVERIFY(reader.isReading());
        const DeletionResult deleted = deleteOne(store, byRetention, gone, now);
        QVERIFY2(deleted.committed(), qPrintable(deleted.notCommitted.value_or(StoreFailure()).toString()));
        QCOMPARE(deleted.rows, 1);
        QVERIFY(deleted.checkpointFailed);
        QCOMPARE(deleted.checkpointFailed->kind, StoreFailure::Kind::Locked);
        // Deleted, and audited as deleted, though not yet wiped.
        QCOMPARE(store.requests().value, QList<CallbackRequest>{stays});
        const QList<AuditEntry> audit = AuditLog(database).entries().value;
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().rows, 1);

        // The next checkpoint that can run wipes what was left.
        reader.stop();
        QVERIFY(!database.checkpoint());
        for (const QString &file : {database.databasePath(), database.databasePath() + QStringLiteral("-wal")})
            QVERIFY2(!bytesOf(file).contains("Lingeringsentinel"), qPrintable(file));
    }

    void aDeletionThatIsNotCommittedDeletesNothing_data()
    {
        QTest::addColumn<bool>("byRetention");
        QTest::newRow("staff deletion") << false;
        QTest::newRow("retention") << true;
    }

    void aDeletionThatIsNotCommittedDeletesNothing()
    {
        QFETCH(bool, byRetention);
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const CallbackRequest old = requestNamed(QStringLiteral("Keptsentinel"), now.addDays(-200));
        QVERIFY(!store.save(old));
        // The audit row is the last statement of the transaction: its failure must undo the deletion too.
        QVERIFY(injectFault(database.databasePath(), QStringLiteral("INSERT"), QStringLiteral("audit_log")));

        const DeletionResult deleted = deleteOne(store, byRetention, old, now);
        QVERIFY(deleted.notCommitted);
        QVERIFY2(deleted.notCommitted->detail.contains(QStringLiteral("injected fault")),
                 qPrintable(deleted.notCommitted->toString()));
        QVERIFY(!deleted.committed());
        QCOMPARE(deleted.rows, 0);
        QVERIFY(!deleted.checkpointFailed);
        QCOMPARE(store.requests().value, QList<CallbackRequest>{old});
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
