// Least privilege on the clinic's server, against a real PostgreSQL 15 set up
// by the shipped script: a kiosk's role can add requests and nothing else —
// every other statement below must fail — and the front desk's role can read,
// change the status and delete, with deletions audited by the server.
#include "core/server/serverconnection.h"
#include "support/postgresserver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kioskPassword = QStringLiteral("kiosk-password-waldorf-1");
const QString otherKioskPassword = QStringLiteral("kiosk-password-frederick");
const QString deskPassword = QStringLiteral("desk-password-front-1");

QString insertStatement(const QString &id, const QString &extraColumn = {}, const QString &extraValue = {})
{
    return QStringLiteral("INSERT INTO callback_requests (id, created_utc, first_name, phone_e164, office, best_time,"
                          " topic_slug, language, note, voicemail_ok, text_ok, consent_version, consent_utc%1)"
                          " VALUES ('%2', now(), 'Ann', '+13015550142', 'waldorf', 'any', '', 'en', '', true, false,"
                          " '1/90d/en', now()%3) ON CONFLICT DO NOTHING")
        .arg(extraColumn.isEmpty() ? QString() : QStringLiteral(", ") + extraColumn, id,
             extraValue.isEmpty() ? QString() : QStringLiteral(", ") + extraValue);
}
} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<PostgresServer>(m_dir.path());
        const std::optional<QString> failure = m_server->create();
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        QVERIFY(!m_server->addRole(QStringLiteral("add-kiosk"), QStringLiteral("waldorf_lobby"), kioskPassword));
        QVERIFY(!m_server->addRole(QStringLiteral("add-kiosk"), QStringLiteral("frederick_lobby"), otherKioskPassword));
        QVERIFY(!m_server->addRole(QStringLiteral("add-desk"), QStringLiteral("front_desk"), deskPassword));
        // Run again, the script changes nothing and says so.
        QVERIFY(!m_server->setup({QStringLiteral("migrate")}));

        m_settings.host = QStringLiteral("localhost");
        m_settings.port = m_server->port();
        m_settings.caFile = m_server->caFile();
        QVERIFY(!ServerConnection::open(m_settings, QStringLiteral("kiosk"), QStringLiteral("waldorf_lobby"), kioskPassword));
        QVERIFY(!ServerConnection::open(m_settings, QStringLiteral("desk"), QStringLiteral("front_desk"), deskPassword));
        QVERIFY(!exec(QStringLiteral("kiosk"), insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000001"))));
    }

    void cleanupTestCase()
    {
        ServerConnection::close(QStringLiteral("kiosk"));
        ServerConnection::close(QStringLiteral("desk"));
        QSqlDatabase::removeDatabase(QStringLiteral("owner-count"));
        if (m_server)
            QVERIFY(!m_server->stop());
    }

    void kioskIdIsTheKiosksRole()
    {
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE kiosk = 'waldorf_lobby'")), 1);
        // A retried insert of the same id adds nothing and is no error.
        QVERIFY(!exec(QStringLiteral("kiosk"), insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000001"))));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 1);
    }

    void kioskRoleIsRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("read names") << QStringLiteral("SELECT first_name FROM callback_requests");
        QTest::newRow("read phones") << QStringLiteral("SELECT phone_e164 FROM callback_requests");
        QTest::newRow("read notes") << QStringLiteral("SELECT note FROM callback_requests");
        QTest::newRow("read everything") << QStringLiteral("SELECT * FROM callback_requests");
        QTest::newRow("read names by id") << QStringLiteral("SELECT id FROM callback_requests WHERE first_name = 'Ann'");
        QTest::newRow("read kiosks") << QStringLiteral("SELECT kiosk FROM callback_requests");
        QTest::newRow("count requests") << QStringLiteral("SELECT count(id) FROM callback_requests");
        QTest::newRow("list ids") << QStringLiteral("SELECT id FROM callback_requests");
        QTest::newRow("ON CONFLICT (id), which needs SELECT (id)")
            << insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000004"))
                   .replace(QStringLiteral("ON CONFLICT DO NOTHING"), QStringLiteral("ON CONFLICT (id) DO NOTHING"));
        QTest::newRow("update status") << QStringLiteral("UPDATE callback_requests SET status = 'done'");
        QTest::newRow("update name") << QStringLiteral("UPDATE callback_requests SET first_name = 'Bob'");
        QTest::newRow("delete") << QStringLiteral("DELETE FROM callback_requests");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE callback_requests");
        QTest::newRow("claim another kiosk's id")
            << insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000002"), QStringLiteral("kiosk"),
                               QStringLiteral("'frederick_lobby'"));
        QTest::newRow("read the audit") << QStringLiteral("SELECT * FROM audit_log");
        QTest::newRow("write the audit") << QStringLiteral("INSERT INTO audit_log (action, rows) VALUES ('export', 1)");
        QTest::newRow("read status changes") << QStringLiteral("SELECT status FROM kiosk_status_changes");
        QTest::newRow("create a table") << QStringLiteral("CREATE TABLE stolen (x text)");
    }

    void kioskRoleIsRefused()
    {
        QFETCH(QString, statement);
        const std::optional<QString> error = exec(QStringLiteral("kiosk"), statement);
        QVERIFY2(error, "the statement should have failed");
        QVERIFY2(error->contains(QStringLiteral("permission denied")), qPrintable(*error));
        // Nothing changed, nothing claimed.
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 1);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE kiosk <> 'waldorf_lobby'")), 0);
    }

    // A status change from a kiosk's own staff screen reaches its own request only.
    void kioskStatusChangeAppliesToItsOwnRequestOnly()
    {
        QVERIFY(!ServerConnection::open(m_settings, QStringLiteral("other"), QStringLiteral("frederick_lobby"),
                                        otherKioskPassword));
        QVERIFY(!exec(QStringLiteral("other"),
                      QStringLiteral("INSERT INTO kiosk_status_changes (request_id, status, changed_utc)"
                                     " VALUES ('6f1c1d1e-0000-4000-8000-000000000001', 'done', now())")));
        ServerConnection::close(QStringLiteral("other"));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE status = 'new'")), 1);
        QVERIFY(!exec(QStringLiteral("kiosk"),
                      QStringLiteral("INSERT INTO kiosk_status_changes (request_id, status, changed_utc)"
                                     " VALUES ('6f1c1d1e-0000-4000-8000-000000000001', 'called', now())")));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE status = 'called'")), 1);
        QVERIFY(exec(QStringLiteral("kiosk"), QStringLiteral("INSERT INTO kiosk_status_changes (request_id, kiosk, status,"
                                                             " changed_utc) VALUES ('6f1c1d1e-0000-4000-8000-000000000001',"
                                                             " 'frederick_lobby', 'done', now())")));
    }

    // `carekiosk purge --server`, as a front-desk role: only what retention
    // allows goes, audited as a purge.
    void purgeOnTheServer()
    {
        QVERIFY(!exec(QStringLiteral("kiosk"),
                      insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000009")).replace(
                          QStringLiteral("VALUES ('6f1c1d1e-0000-4000-8000-000000000009', now()"),
                          QStringLiteral("VALUES ('6f1c1d1e-0000-4000-8000-000000000009', now() - interval '100 days'"))));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 2);
        const QString passwordFile =
            PostgresServer::writePasswordFile(m_dir.path() + QStringLiteral("/desk.password"), deskPassword);
        const QString config = m_dir.path() + QStringLiteral("/desk.conf");
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[privacy]\nretention_days=90\n[server]\nhost=localhost\nport=%1\nuser=front_desk\n"
                                  "password_file=%2\nca_file=%3\n")
                       .arg(m_server->port())
                       .arg(passwordFile, m_server->caFile())
                       .toUtf8());
        file.close();
        QProcess purge;
        purge.start(QStringLiteral(CAREKIOSK_BINARY),
                    {QStringLiteral("purge"), QStringLiteral("--server"), QStringLiteral("--config"), config});
        QVERIFY(purge.waitForFinished(60'000));
        QCOMPARE(purge.readAllStandardError(), QByteArray());
        QCOMPARE(purge.exitCode(), 0);
        QCOMPARE(purge.readAllStandardOutput(), QByteArray("Deleted 1 request on the server.\n"));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 1);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'purge' AND rows = 1"
                                                " AND actor = 'front_desk'")),
                 1);
    }

    void deskReadsMarksAndDeletesAudited()
    {
        QVERIFY(!exec(QStringLiteral("desk"), QStringLiteral("SELECT first_name, phone_e164, kiosk FROM callback_requests")));
        QVERIFY(!exec(QStringLiteral("desk"), QStringLiteral("UPDATE callback_requests SET status = 'done', status_changed_utc = now()")));
        QVERIFY(exec(QStringLiteral("desk"), QStringLiteral("UPDATE callback_requests SET first_name = 'Bob'")));
        QVERIFY(exec(QStringLiteral("desk"), QStringLiteral("UPDATE callback_requests SET kiosk = 'front_desk'")));
        QVERIFY(exec(QStringLiteral("desk"), insertStatement(QStringLiteral("6f1c1d1e-0000-4000-8000-000000000003"))));
        QVERIFY(!exec(QStringLiteral("desk"), QStringLiteral("DELETE FROM callback_requests")));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests")), 0);
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete' AND rows = 1"
                                                " AND actor = 'front_desk'")),
                 1);
        // The desk can't hide what it did.
        QVERIFY(exec(QStringLiteral("desk"), QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(exec(QStringLiteral("desk"), QStringLiteral("UPDATE audit_log SET rows = 0")));
    }

    void wrongPasswordIsRefused()
    {
        const std::optional<ServerFailure> failure =
            ServerConnection::open(m_settings, QStringLiteral("wrong"), QStringLiteral("waldorf_lobby"), QStringLiteral("guess"));
        QVERIFY(failure);
        QCOMPARE(failure->kind, ServerFailure::Kind::Refused);
    }

private:
    // The error's text, or nothing when the statement succeeded.
    std::optional<QString> exec(const QString &connection, const QString &statement)
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        if (query.exec(statement))
            return std::nullopt;
        return query.lastError().text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_server;
    ServerSettings m_settings;
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
