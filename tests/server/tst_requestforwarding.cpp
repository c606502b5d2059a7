// Forwarding to a real PostgreSQL 15 started by the test (TLS on loopback,
// roles made by the shipped setup script): requests saved while the server
// is down arrive once it is up, exactly once; status changes follow; a kiosk
// with the wrong CA sends nothing and says so once; and three kiosk processes
// saving 1,000 requests each through two server outages and a SIGKILL leave
// exactly 3,000 rows on the server, each equal to its kiosk's copy.
#include "core/callbacks/callbackstore.h"
#include "core/server/requestforwarder.h"
#include "core/server/servercallbacks.h"
#include "support/postgresserver.h"
#include "support/samplerequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QMutex logMutex;
QStringList serverLog;  // the carekiosk.server lines logged so far
QtMessageHandler previousHandler = nullptr;

void keepServerLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "carekiosk.server") {
        const QMutexLocker lock(&logMutex);
        serverLog.append(message);
    }
    previousHandler(type, context, message);
}

QStringList serverLinesContaining(const QString &words)
{
    const QMutexLocker lock(&logMutex);
    QStringList lines;
    for (const QString &line : std::as_const(serverLog)) {
        if (line.contains(words))
            lines.append(line);
    }
    return lines;
}

struct Kiosk
{
    QString name;
    QString password;
    QString dataDir;
    QString config;
    QString passwordFile;
};
} // namespace

class TestRequestForwarding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(keepServerLines);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_serverDir.isValid());
        m_server = std::make_unique<PostgresServer>(m_serverDir.path());
        const std::optional<QString> failure = m_server->create();
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        QVERIFY(!m_server->addRole(QStringLiteral("add-desk"), QStringLiteral("front_desk"), QStringLiteral("desk-password-1234")));
    }

    void cleanup()
    {
        // Each test starts from an empty list and a running server.
        if (!m_server->isRunning())
            QVERIFY(!m_server->start());
        QVERIFY(!m_server->psql(PostgresServer::database(), QStringLiteral("DELETE FROM callback_requests")));
        const QMutexLocker lock(&logMutex);
        serverLog.clear();
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("owner-count"));
        QSqlDatabase::removeDatabase(QStringLiteral("owner-read"));
        if (m_server)
            QVERIFY(!m_server->stop());
    }

    void requestsSavedWhileDownArriveOnceAfterItStarts()
    {
        const Kiosk kiosk = makeKiosk(QStringLiteral("waldorf_lobby"), m_server->caFile());
        QVERIFY(!m_server->stop());
        KioskDatabase database(kiosk.dataDir);
        CallbackStore store(database);
        QVERIFY(!database.open());
        QStringList ids;
        for (int number = 1; number <= 25; ++number) {
            const CallbackRequest request = sampleRequest(number);
            QVERIFY(!store.save(request));
            ids.append(request.id);
        }
        RequestForwarder forwarder(kiosk.dataDir, *KioskSettings::load(kiosk.config).server());
        QSignalSpy states(&forwarder, &RequestForwarder::stateChanged);
        forwarder.start();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10'000);
        QCOMPARE(states.first().first().value<RequestForwarder::State>(), RequestForwarder::State::Unreachable);
        QTest::qWait(3000);  // several tries, one line
        QCOMPARE(serverLinesContaining(QStringLiteral("can't be reached")).size(), 1);
        QCOMPARE(store.unforwardedCount().value, 25);

        QVERIFY(!m_server->start());
        QTRY_COMPARE_WITH_TIMEOUT(store.unforwardedCount().value, 0, 10'000);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 25);
        QCOMPARE(serverLinesContaining(QStringLiteral("connected as waldorf_lobby")).size(), 1);
        compareWithServer(store, QStringLiteral("waldorf_lobby"));

        // A status change made on the kiosk's staff screen follows.
        QVERIFY(!store.setStatus(ids.at(3), CallbackStatus::Called, QDateTime::currentDateTimeUtc()));
        forwarder.wake();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests"
                                                                 " WHERE status = 'called' AND id = '%1'")
                                                      .arg(ids.at(3))),
                                  1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(store.unforwardedStatusChanges(10).value.isEmpty(), 5'000);
        compareWithServer(store, QStringLiteral("waldorf_lobby"));

        // The local copy forgotten (as a crash between COMMIT and the mark
        // would leave it): sent again, stored once.
        QVERIFY(!database.run(QStringLiteral("UPDATE callback_requests SET forwarded_utc = NULL"), {}, QStringLiteral("test")).failure);
        QTRY_COMPARE_WITH_TIMEOUT(store.unforwardedCount().value, 0, 10'000);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 25);
    }

    void wrongCaRefusesToSendWithOneLogLine()
    {
        const Kiosk kiosk = makeKiosk(QStringLiteral("frederick_lobby"), m_server->otherCaFile());
        KioskDatabase database(kiosk.dataDir);
        CallbackStore store(database);
        QVERIFY(!database.open());
        QVERIFY(!store.save(sampleRequest(1)));
        RequestForwarder forwarder(kiosk.dataDir, *KioskSettings::load(kiosk.config).server());
        QSignalSpy states(&forwarder, &RequestForwarder::stateChanged);
        forwarder.start();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10'000);
        QCOMPARE(states.first().first().value<RequestForwarder::State>(), RequestForwarder::State::Untrusted);
        QTest::qWait(4000);  // retried every second (max_retry_seconds=1)
        QCOMPARE(states.size(), 1);
        const QStringList lines = serverLinesContaining(QStringLiteral("forwarding to"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("certificate is not trusted")), qPrintable(lines.first()));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 0);
        QCOMPARE(store.unforwardedCount().value, 1);
    }

    void passwordFileOthersCanReadIsRefused()
    {
        const Kiosk kiosk = makeKiosk(QStringLiteral("germantown_lobby"), m_server->caFile());
        const QString passwordFile = kiosk.passwordFile;
        QVERIFY(::chmod(QFile::encodeName(passwordFile).constData(), 0644) == 0);
        const KioskSettings settings = KioskSettings::load(kiosk.config);
        QVERIFY2(settings.warnings().join(u'\n').contains(QStringLiteral("chmod 600")),
                 qPrintable(settings.warnings().join(u'\n')));
        KioskDatabase database(kiosk.dataDir);
        CallbackStore store(database);
        QVERIFY(!database.open());
        QVERIFY(!store.save(sampleRequest(1)));
        RequestForwarder forwarder(kiosk.dataDir, *settings.server());
        QSignalSpy states(&forwarder, &RequestForwarder::stateChanged);
        forwarder.start();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty(), 10'000);
        QCOMPARE(states.first().first().value<RequestForwarder::State>(), RequestForwarder::State::Refused);
        QVERIFY2(states.first().at(1).toString().contains(QStringLiteral("chmod 600")),
                 qPrintable(states.first().at(1).toString()));
        // Fixed while the kiosk runs: used at the next try.
        QVERIFY(::chmod(QFile::encodeName(passwordFile).constData(), 0600) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(store.unforwardedCount().value, 0, 10'000);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 1);
    }

    void threeKiosksThroughTwoOutagesAndASigkill()
    {
        constexpr int perKiosk = 1000;
        QList<Kiosk> kiosks = {makeKiosk(QStringLiteral("waldorf_1"), m_server->caFile()),
                               makeKiosk(QStringLiteral("frederick_1"), m_server->caFile()),
                               makeKiosk(QStringLiteral("germantown_1"), m_server->caFile())};
        QVERIFY(!m_server->stop());
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const Kiosk &kiosk : kiosks)
            processes.push_back(startKiosk(kiosk, perKiosk));

        const auto savedSoFar = [&](int index) {
            KioskDatabase database(kiosks[index].dataDir);
            CallbackStore store(database);
            return database.open() ? 0 : int(store.requests().value.size());
        };
        const auto onServer = [&](const QString &kiosk) {
            return m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE kiosk = '%1'").arg(kiosk));
        };
        // Down while the first requests are saved; up; down again (a crash this time); up.
        QTRY_VERIFY_WITH_TIMEOUT(savedSoFar(0) >= 150, 60'000);
        QVERIFY(!m_server->start());
        QTRY_VERIFY_WITH_TIMEOUT(onServer(kiosks[1].name) > 0, 30'000);
        QVERIFY(!m_server->stop(QStringLiteral("immediate")));
        QTRY_VERIFY_WITH_TIMEOUT(savedSoFar(2) >= 500, 60'000);
        QVERIFY(!m_server->start());

        // Kiosk 0 killed while its requests are flowing: some on the server, not all.
        QTRY_VERIFY_WITH_TIMEOUT(onServer(kiosks[0].name) > 0, 30'000);
        const long long beforeKill = onServer(kiosks[0].name);
        processes[0]->kill();
        QVERIFY(processes[0]->waitForFinished(10'000));
        QCOMPARE(processes[0]->exitStatus(), QProcess::CrashExit);
        qInfo("kiosk %s killed with %lld of its requests on the server, %d saved", qPrintable(kiosks[0].name),
              beforeKill, savedSoFar(0));
        processes[0] = startKiosk(kiosks[0], perKiosk);

        for (std::size_t index = 0; index < processes.size(); ++index) {
            QProcess &process = *processes[index];
            QVERIFY2(process.waitForFinished(240'000), qPrintable(kiosks[int(index)].name + QStringLiteral(" did not drain")));
            const QByteArray output = process.readAllStandardOutput();
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output.right(500).constData());
            QVERIFY(output.endsWith("drained\n"));
        }
        const long long total = m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests"));
        const long long distinct = m_server->count(QStringLiteral("SELECT count(DISTINCT id) FROM callback_requests"));
        qInfo("server: %lld rows, %lld distinct ids; per kiosk %lld, %lld, %lld", total, distinct, onServer(kiosks[0].name),
              onServer(kiosks[1].name), onServer(kiosks[2].name));
        QCOMPARE(total, 3LL * perKiosk);
        QCOMPARE(distinct, 3LL * perKiosk);
        for (const Kiosk &kiosk : std::as_const(kiosks)) {
            QCOMPARE(onServer(kiosk.name), perKiosk);
            KioskDatabase database(kiosk.dataDir);
            CallbackStore store(database);
            QVERIFY(!database.open());
            QCOMPARE(store.requests().value.size(), perKiosk);
            compareWithServer(store, kiosk.name);
        }
    }

private:
    Kiosk makeKiosk(const QString &name, const QString &caFile)
    {
        Kiosk kiosk;
        kiosk.name = name;
        kiosk.password = QStringLiteral("password-of-") + name;
        const QString home = m_dir.path() + u'/' + name;
        QDir().mkpath(home);
        kiosk.dataDir = home + QStringLiteral("/data");
        kiosk.config = home + QStringLiteral("/carekiosk.conf");
        const std::optional<QString> failure = m_server->addRole(QStringLiteral("add-kiosk"), name, kiosk.password);
        if (failure)
            qWarning("%s", qPrintable(*failure));
        kiosk.passwordFile = home + u'/' + name + QStringLiteral(".password");
        const QString passwordFile = PostgresServer::writePasswordFile(kiosk.passwordFile, kiosk.password);
        QFile config(kiosk.config);
        config.open(QIODevice::WriteOnly);
        config.write(QStringLiteral("[server]\nhost=localhost\nport=%1\ndatabase=carekiosk\nuser=%2\npassword_file=%3\n"
                                    "sslmode=verify-full\nca_file=%4\nmax_retry_seconds=1\n")
                         .arg(m_server->port())
                         .arg(name, passwordFile, caFile)
                         .toUtf8());
        return kiosk;
    }

    std::unique_ptr<QProcess> startKiosk(const Kiosk &kiosk, int requests)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(CAREKIOSK_FORWARDING_KIOSK),
                       {QStringLiteral("--data"), kiosk.dataDir, QStringLiteral("--config"), kiosk.config,
                        QStringLiteral("--requests"), QString::number(requests)});
        process->waitForStarted(10'000);
        return process;
    }

    // Every request of the kiosk's database is on the server, sent by it, equal field by field.
    void compareWithServer(CallbackStore &store, const QString &kiosk)
    {
        if (QSqlDatabase::contains(QStringLiteral("owner-read")))
            QSqlDatabase::database(QStringLiteral("owner-read"), false).close();  // the server may have restarted
        m_server->ownerConnection(QStringLiteral("owner-read"));
        const StoreResult<QList<ServerCallback>> onServer = ServerCallbacks(QStringLiteral("owner-read")).withKiosks();
        QVERIFY2(!onServer.failure, qPrintable(onServer.failure ? onServer.failure->toString() : QString()));
        QHash<QString, ServerCallback> byId;
        for (const ServerCallback &callback : onServer.value)
            byId.insert(callback.request.id, callback);
        const StoreResult<QList<CallbackRequest>> local = store.requests();
        QVERIFY(!local.failure);
        for (const CallbackRequest &request : local.value) {
            QVERIFY2(byId.contains(request.id), qPrintable(QStringLiteral("missing on the server: ") + request.id));
            const ServerCallback &remote = byId.value(request.id);
            QCOMPARE(remote.kiosk, kiosk);
            QCOMPARE(remote.request.createdUtc, request.createdUtc);
            QCOMPARE(remote.request.firstName, request.firstName);
            QVERIFY2(remote.request == request, qPrintable(request.id));
        }
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;  // given to the user postgres when the test runs as root
    std::unique_ptr<PostgresServer> m_server;
};

QTEST_GUILESS_MAIN(TestRequestForwarding)
#include "tst_requestforwarding.moc"
