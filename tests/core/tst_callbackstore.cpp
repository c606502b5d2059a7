// CallbackStore on a real SQLite file in a temporary folder: what is stored
// comes back exactly, files are private, limits hold, migrations and damaged
// files are handled, and a lock held by another process fails cleanly.
#include "core/storage/databaseschema.h"
#include "core/callbacks/callbackstore.h"
#include "support/samplerequest.h"
#include "support/sideways.h"

#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {
mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<CallbackRequest> storedIn(CallbackStore &store)
{
    const StoreResult<QList<CallbackRequest>> stored = store.requests();
    if (stored.failure)
        qWarning() << stored.failure->toString();
    return stored.value;
}
} // namespace

class TestCallbackStore : public QObject
{
    Q_OBJECT

private slots:
    void savesAndReadsBackEveryField()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.filePath(QStringLiteral("data")));
        CallbackStore store(database);
        QVERIFY(!database.open());
        CallbackRequest request = sampleRequest(7);
        request.bestTime = BestTimeToCall::Afternoon;
        request.topicSlug.clear();  // "something else"
        request.voicemailOk = true;
        request.textOk = false;
        QVERIFY(!store.save(request));
        QCOMPARE(storedIn(store), QList<CallbackRequest>{request});
        QCOMPARE(storedIn(store).first().createdUtc.timeSpec(), Qt::UTC);
    }

    void requestsComeBackOldestFirstAfterReopening()
    {
        QTemporaryDir dir;
        QList<CallbackRequest> saved;
        {
            KioskDatabase database(dir.path());
            CallbackStore store(database);
            for (int i = 0; i < 5; ++i) {
                saved.append(sampleRequest(i));
                QVERIFY(!store.save(saved.last()));  // opens by itself
            }
        }
        KioskDatabase reopenedDatabase(dir.path());
        CallbackStore reopened(reopenedDatabase);
        QVERIFY(!reopenedDatabase.open());
        QCOMPARE(storedIn(reopened), saved);
    }

    void folderAndFilesArePrivateFromTheStart()
    {
        QTemporaryDir dir;
        const mode_t previous = ::umask(022);  // a usual umask that would leave files world-readable
        const QString dataDir = dir.filePath(QStringLiteral("kiosk/data"));
        KioskDatabase database(dataDir);
        CallbackStore store(database);
        const std::optional<StoreFailure> failure = database.open();
        QVERIFY(!failure);
        QVERIFY(!store.save(sampleRequest(1)));
        ::umask(previous);
        QCOMPARE(modeOf(dataDir), mode_t(0700));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(database.databasePath() + suffix), qPrintable(suffix));
            QCOMPARE(modeOf(database.databasePath() + suffix), mode_t(0600));
        }
    }

    void rootMakesTheFilesForTheFolderOwner()
    {
        if (::geteuid() != 0)
            QSKIP("only root can give files away (as IT's sudo carekiosk set-pin does)");
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("kiosk"));
        QVERIFY(QDir().mkpath(dataDir));
        const uid_t kioskUser = 65534;  // nobody
        QCOMPARE(::chown(QFile::encodeName(dataDir).constData(), kioskUser, kioskUser), 0);
        KioskDatabase database(dataDir);
        CallbackStore store(database);
        QVERIFY(!store.save(sampleRequest(1)));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            struct stat info = {};
            QCOMPARE(::stat(QFile::encodeName(database.databasePath() + suffix).constData(), &info), 0);
            QCOMPARE(info.st_uid, kioskUser);
            QCOMPARE(info.st_mode & 0777, mode_t(0600));
        }
    }

    void theJournalIsAWriteAheadLog()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        QVERIFY(!database.open());
        QCOMPARE(querySideways(database.databasePath(), {QStringLiteral("PRAGMA journal_mode")}).toString(),
                 QStringLiteral("wal"));
    }

    void aRetriedSaveStoresTheRequestOnce()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest request = sampleRequest(3);
        QVERIFY(!store.save(request));
        QVERIFY(!store.save(request));
        QCOMPARE(storedIn(store).size(), 1);
    }

    void theIdIsUniqueEvenForAnotherProgram()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest request = sampleRequest(3);
        QVERIFY(!store.save(request));
        const QVariant copies = querySideways(
            database.databasePath(),
            {QStringLiteral("INSERT INTO callback_requests SELECT NULL, id, created_utc, first_name, phone_e164, office,"
                            " best_time, topic_slug, language, note, voicemail_ok, text_ok, consent_version,"
                            " consent_utc, status, status_changed_utc FROM callback_requests"),
             QStringLiteral("SELECT count(*) FROM callback_requests")});
        QCOMPARE(copies.toInt(), 1);
    }

    void hostileTextIsStoredByteExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes") << QStringLiteral(R"(O'Brien "Bob" `x`)");
        QTest::newRow("SQL that would drop the table") << QStringLiteral("x'); DROP TABLE callback_requests; --");
        QTest::newRow("a NUL in the middle") << QString(QStringLiteral("before")) + QChar(0) + QStringLiteral("after");
        QTest::newRow("emoji, with a joiner") << QStringLiteral("Sam 🙂 👩‍⚕️");
        QTest::newRow("right-to-left override") << QStringLiteral("abc\u202Etxt.exe");
        QTest::newRow("percent and backslash") << QStringLiteral("100% \\n %s %1 ?");
        QTest::newRow("the longest name") << QString(CallbackLimits::firstNameLength, QChar(u'é'));
    }

    void hostileTextIsStoredByteExact()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        CallbackRequest request = sampleRequest(1);
        request.firstName = text;
        request.note = text + text;
        request.topicSlug = text;
        QVERIFY(!store.save(request));
        const QList<CallbackRequest> stored = storedIn(store);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().firstName.toUtf8(), text.toUtf8());
        QCOMPARE(stored.first().note.toUtf8(), (text + text).toUtf8());
        QCOMPARE(stored.first().topicSlug.toUtf8(), text.toUtf8());
        QCOMPARE(querySideways(database.databasePath(), {QStringLiteral("SELECT count(*) FROM callback_requests")}).toInt(), 1);
    }

    void valuesOverTheLimitsAreRefusedAndNothingIsLost_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        const QString tenThousand(10'000, QChar(u'x'));
        QTest::newRow("a 10,000-character name") << QStringLiteral("first name") << tenThousand;
        QTest::newRow("a 10,000-character note") << QStringLiteral("note") << tenThousand;
        QTest::newRow("a name one over") << QStringLiteral("first name")
                                         << QString(CallbackLimits::firstNameLength + 1, QChar(u'a'));
        QTest::newRow("41 emoji as a name") << QStringLiteral("first name")
                                            << QStringLiteral("🙂").repeated(CallbackLimits::firstNameLength + 1);
        QTest::newRow("a long note hidden after a NUL")
            << QStringLiteral("note") << QString(QChar(0)) + QString(CallbackLimits::noteLength, QChar(u'x'));
        QTest::newRow("a 10,000-character topic") << QStringLiteral("topic") << tenThousand;
    }

    void valuesOverTheLimitsAreRefusedAndNothingIsLost()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest kept = sampleRequest(1);
        QVERIFY(!store.save(kept));
        CallbackRequest request = sampleRequest(2);
        if (field == QStringLiteral("first name"))
            request.firstName = text;
        else if (field == QStringLiteral("note"))
            request.note = text;
        else
            request.topicSlug = text;
        const std::optional<StoreFailure> failure = store.save(request);
        QVERIFY(failure);
        QCOMPARE(failure->kind, StoreFailure::Kind::Rejected);
        QVERIFY2(failure->detail.contains(field), qPrintable(failure->detail));
        QCOMPARE(storedIn(store), QList<CallbackRequest>{kept});
    }

    void theSchemaRefusesWhatTheKioskWouldRefuse()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        QVERIFY(!database.open());
        const QVariant count = querySideways(
            database.databasePath(),
            {QStringLiteral("INSERT INTO callback_requests (id, created_utc, first_name, phone_e164, office, best_time,"
                            " topic_slug, language, note, voicemail_ok, text_ok, consent_version, consent_utc)"
                            " VALUES ('123e4567-e89b-12d3-a456-426614174000', 'x', '', 'not a phone', 'w', 'soon',"
                            " '', 'en', '', 2, 0, 'v1', 'x')"),
             QStringLiteral("SELECT count(*) FROM callback_requests")});
        QCOMPARE(count.toInt(), 0);
    }

    void migrationsBringANewFileToTheLatestVersionOnce()
    {
        QTemporaryDir dir;
        {
            KioskDatabase database(dir.path());
            CallbackStore store(database);
            QVERIFY(!database.open());
            QVERIFY(!store.save(sampleRequest(1)));
        }
        const QString path = dir.filePath(KioskDatabase::fileName());
        QCOMPARE(querySideways(path, {QStringLiteral("PRAGMA user_version")}).toInt(), DatabaseSchema::latestVersion());
        KioskDatabase againDatabase(dir.path());
        CallbackStore again(againDatabase);
        QVERIFY(!againDatabase.open());
        QCOMPARE(storedIn(again).size(), 1);
    }

    void aFailingMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(KioskDatabase::fileName());
        // Version 0 with a table in the way: migration 1 can't create its own.
        querySideways(path, {QStringLiteral("CREATE TABLE store_notices (x)"),
                             QStringLiteral("INSERT INTO store_notices VALUES ('keep me')")});
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const std::optional<StoreFailure> failure = database.open();
        QVERIFY(failure);
        QCOMPARE(failure->kind, StoreFailure::Kind::Unavailable);
        QVERIFY2(failure->detail.contains(QStringLiteral("migration 1")), qPrintable(failure->detail));
        QCOMPARE(querySideways(path, {QStringLiteral("PRAGMA user_version")}).toInt(), 0);
        QCOMPARE(querySideways(path, {QStringLiteral("SELECT x FROM store_notices")}).toString(), QStringLiteral("keep me"));
        QCOMPARE(querySideways(path, {QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'callback_requests'")})
                     .toInt(),
                 0);
    }

    void aDatabaseFromANewerKioskIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(KioskDatabase::fileName());
        querySideways(path, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("CREATE TABLE future (x)"),
                             QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = contentOf(path);
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const std::optional<StoreFailure> failure = database.open();
        QVERIFY(failure);
        QVERIFY2(failure->detail.contains(QStringLiteral("newer")), qPrintable(failure->detail));
        database.close();
        QCOMPARE(contentOf(path), before);
    }

    void aDamagedFileIsSetAsideAndAFreshOneMade_data()
    {
        QTest::addColumn<bool>("garbageHeader");
        QTest::newRow("not a database at all") << true;
        QTest::newRow("a page in the middle overwritten") << false;
    }

    void aDamagedFileIsSetAsideAndAFreshOneMade()
    {
        QFETCH(bool, garbageHeader);
        QTemporaryDir dir;
        const QString path = dir.filePath(KioskDatabase::fileName());
        if (garbageHeader) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is not a database, it is a note to self\n").repeated(200));
        } else {
            {
                KioskDatabase database(dir.path());
                CallbackStore store(database);
                for (int i = 0; i < 300; ++i)
                    QVERIFY(!store.save(sampleRequest(i)));
            }  // closing checkpoints everything into the main file
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            file.seek(5 * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray damaged = contentOf(path);

        KioskDatabase database(dir.path());
        CallbackStore store(database);
        QVERIFY(!database.open());
        QVERIFY(storedIn(store).isEmpty());
        QVERIFY(!store.save(sampleRequest(1)));
        const StoreResult<QList<StoreNotice>> notices = database.notices();
        QVERIFY(!notices.failure);
        QCOMPARE(notices.value.size(), 1);
        QCOMPARE(notices.value.first().kind, StoreNotice::Kind::DamagedFileSetAside);
        const QString setAside = notices.value.first().detail;
        QVERIFY2(setAside.startsWith(path + QStringLiteral(".damaged-")), qPrintable(setAside));
        QCOMPARE(contentOf(setAside), damaged);
        QCOMPARE(database.integrityCheck().value, QStringLiteral("ok"));
    }

    void anotherProcessHoldingTheLockMakesTheSaveFailCleanly()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const CallbackRequest kept = sampleRequest(1);
        QVERIFY(!store.save(kept));

        QProcess holder;
        holder.start(QStringLiteral(CAREKIOSK_CALLBACK_WRITER), {QStringLiteral("--data"), dir.path(), QStringLiteral("--hold-lock")});
        QVERIFY(holder.waitForReadyRead(10'000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        QElapsedTimer waited;
        waited.start();
        const std::optional<StoreFailure> failure = store.save(sampleRequest(2));
        QVERIFY(failure);
        QCOMPARE(failure->kind, StoreFailure::Kind::Locked);
        // It waited for the busy time-out rather than failing at once.
        QVERIFY(waited.elapsed() >= KioskDatabase::busyTimeoutMilliseconds / 2);

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10'000));
        const CallbackRequest next = sampleRequest(3);
        QVERIFY(!store.save(next));
        QCOMPARE(storedIn(store), (QList<CallbackRequest>{kept, next}));
    }

    void aStatusChangeOfSeveralRequestsIsAllOrNothing()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        const QList<CallbackRequest> saved = {sampleRequest(1), sampleRequest(2), sampleRequest(3)};
        for (const CallbackRequest &request : saved)
            QVERIFY(!store.save(request));
        const QStringList ids = {saved[0].id, saved[1].id, saved[2].id};
        const QDateTime when = QDateTime::currentDateTimeUtc();
        // The second update fails, after the first was made in the same transaction.
        QVERIFY(injectFault(database.databasePath(), QStringLiteral("UPDATE"), QStringLiteral("callback_requests"),
                            QStringLiteral("NEW.id = '%1'").arg(saved[1].id)));
        const std::optional<StoreFailure> failure = store.setStatus(ids, CallbackStatus::Done, when);
        QVERIFY(failure);
        QVERIFY2(failure->detail.contains(QStringLiteral("injected fault")), qPrintable(failure->toString()));
        QCOMPARE(storedIn(store), saved);

        querySideways(database.databasePath(), {QStringLiteral("DROP TRIGGER injected_update_callback_requests")});
        QVERIFY(!store.setStatus(ids, CallbackStatus::Done, when));
        for (const CallbackRequest &request : storedIn(store)) {
            QCOMPARE(request.status, CallbackStatus::Done);
            QCOMPARE(request.statusChangedUtc, when);
        }
    }

    void aRequestDeletedFromTheWalPathIsStillKept()
    {
        // In-process half of the deleted -wal case; tst_callbackfaults kills the process too.
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        CallbackStore store(database);
        QList<CallbackRequest> saved = {sampleRequest(1), sampleRequest(2)};
        for (const CallbackRequest &request : saved)
            QVERIFY(!store.save(request));
        QVERIFY(QFile::remove(database.databasePath() + QStringLiteral("-wal")));
        saved.append(sampleRequest(3));
        QVERIFY(!store.save(saved.last()));
        QCOMPARE(storedIn(store), saved);
        const StoreResult<QList<StoreNotice>> notices = database.notices();
        QCOMPARE(notices.value.size(), 1);
        QCOMPARE(notices.value.first().kind, StoreNotice::Kind::JournalReplaced);
    }
};

QTEST_GUILESS_MAIN(TestCallbackStore)
#include "tst_callbackstore.moc"
