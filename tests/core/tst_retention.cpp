// Retention and the audit trail: old requests are deleted for good (their
// bytes are gone from the database file and its write-ahead log), recent
// ones stay, and every deletion is counted in the audit trail without any
// visitor data.
#include "core/audit/auditlog.h"
#include "core/callbacks/callbackstore.h"
#include "support/samplerequest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

        const StoreResult<int> purged = store.purge(30, 90, now);
        QVERIFY(!purged.failure);
        QCOMPARE(purged.value, 2);

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

    void deletionIsForGoodAndAudited()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest gone = requestNamed(QStringLiteral("Vanishingsentinel"), QDateTime::currentDateTimeUtc());
        const CallbackRequest stays = requestNamed(QStringLiteral("Staying"), QDateTime::currentDateTimeUtc());
        QVERIFY(!store.save(gone));
        QVERIFY(!store.save(stays));
        const StoreResult<int> removed = store.remove({gone.id, QStringLiteral("not-an-id")});
        QVERIFY(!removed.failure);
        QCOMPARE(removed.value, 1);
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
        QCOMPARE(store.purge(30, 90, now).value, 1);
        QCOMPARE(store.purge(30, 90, now).value, 0);
        const QList<AuditEntry> audit = AuditLog(database).entries().value;
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.last().action, QStringLiteral("purge"));
        QCOMPARE(audit.last().rows, 1);
        QCOMPARE(audit.first().rows, 0);
        for (const AuditEntry &entry : audit)
            QVERIFY(!entry.detail.contains(QStringLiteral("Oldname")));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
