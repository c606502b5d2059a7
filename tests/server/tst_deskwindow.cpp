// `carekiosk desk`, offscreen, against a real PostgreSQL 15 started by the
// test: staff sign in with a front-desk role (a wrong password and a kiosk's
// role are turned away), a request saved by a kiosk process shows at the desk
// within 5 s, a status change made at the desk is what the desk's export
// shows and the server's audit records, and Lock signs out of the server.
#include "core/content/articlelibrary.h"
#include "core/server/desksession.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/callbacktablemodel.h"
#include "core/staff/staffdesk.h"
#include "support/postgresserver.h"
#include "ui/desk/desksignin.h"
#include "ui/desk/deskwindow.h"
#include "ui/staff/staffscreen.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString deskPassword = QStringLiteral("desk-password-front-1");
const QString kioskPassword = QStringLiteral("kiosk-password-lobby-1");
} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_serverDir.isValid());
        m_server = std::make_unique<PostgresServer>(m_serverDir.path());
        const std::optional<QString> failure = m_server->create();
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        QVERIFY(!m_server->addRole(QStringLiteral("add-desk"), QStringLiteral("front_desk"), deskPassword));
        QVERIFY(!m_server->addRole(QStringLiteral("add-kiosk"), QStringLiteral("waldorf_lobby"), kioskPassword));

        // The desk's configuration: [server] without a user; staff type theirs.
        m_deskConfig = m_dir.filePath(QStringLiteral("desk.conf"));
        writeConfig(m_deskConfig, {});
        // The kiosk's: its own role and password file.
        const QString passwordFile = PostgresServer::writePasswordFile(m_dir.filePath(QStringLiteral("kiosk.password")), kioskPassword);
        m_kioskConfig = m_dir.filePath(QStringLiteral("kiosk.conf"));
        writeConfig(m_kioskConfig, QStringLiteral("user=waldorf_lobby\npassword_file=%1\n").arg(passwordFile));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("owner-count"));
        if (m_server)
            QVERIFY(!m_server->stop());
    }

    void signInSeeNewRequestsMarkExportAndLock()
    {
        const KioskSettings settings = KioskSettings::load(m_deskConfig);
        QVERIFY2(settings.server(), qPrintable(settings.warnings().join(u'\n')));
        QVERIFY2(settings.warnings().isEmpty(), qPrintable(settings.warnings().join(u'\n')));
        const ArticleLibrary library = ArticleLibrary::load(m_dir.filePath(QStringLiteral("no-content")));
        KioskDatabase database(m_dir.filePath(QStringLiteral("desk-data")));
        QVERIFY(!database.open());
        StaffDesk desk(database, settings, library);
        DeskSession session(*settings.server());
        DeskWindow window(desk, session, settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StaffScreen *screen = window.staffScreen();
        QVERIFY(!screen->isUnlocked());

        // A wrong password, then a kiosk's role: not signed in.
        signIn(window, QStringLiteral("front_desk"), QStringLiteral("not-the-password"));
        QVERIFY(!screen->isUnlocked());
        QVERIFY2(message(window).contains(QStringLiteral("not accepted")), qPrintable(message(window)));
        signIn(window, QStringLiteral("waldorf_lobby"), kioskPassword);
        QVERIFY(!screen->isUnlocked());
        QVERIFY(!desk.requests({}).value.size());
        signIn(window, QStringLiteral("front_desk"), deskPassword);
        QVERIFY2(screen->isUnlocked(), qPrintable(message(window)));
        QCOMPARE(screen->model()->rowCount(), 0);

        // A kiosk (its own process) saves a request: the desk shows it within 5 s.
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        kiosk.start(QStringLiteral(CAREKIOSK_FORWARDING_KIOSK),
                    {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("kiosk-data")), QStringLiteral("--config"),
                     m_kioskConfig, QStringLiteral("--requests"), QStringLiteral("1")});
        QVERIFY(kiosk.waitForStarted(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.canReadLine(), 20'000);
        QElapsedTimer sinceSaved;
        sinceSaved.start();
        const QByteArray saved = kiosk.readLine().trimmed();
        QVERIFY2(saved.startsWith("saved "), saved.constData());
        const QString id = QString::fromLatin1(saved.mid(6));
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 1, 5'000);
        qInfo("the desk showed the request %lld ms after the kiosk's save returned", sinceSaved.elapsed());
        QCOMPARE(screen->model()->index(0, 0).data(CallbackTableModel::IdRole).toString(), id);
        // With the office and the kiosk it came from.
        QCOMPARE(screen->model()->index(0, CallbackTableModel::Office).data().toString(),
                 QStringLiteral("Waldorf · waldorf_lobby"));
        QVERIFY(kiosk.waitForFinished(20'000));
        QCOMPARE(kiosk.exitCode(), 0);

        // Marked at the desk: on the server, and in the desk's export.
        QVERIFY(!desk.mark({id}, CallbackStatus::Called));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM callback_requests WHERE status = 'called'")), 1);
        const QString csvPath = m_dir.filePath(QStringLiteral("desk-export.csv"));
        const ExportOutcome outcome = desk.exportListTo(ExportFormat::Csv, {}, QStringLiteral("all"), csvPath);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.value_or(QString())));
        QCOMPARE(outcome.rows, 1);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(csv.readAll());
        QVERIFY2(exported.contains(QStringLiteral(",Called,")), qPrintable(exported));
        QVERIFY2(exported.contains(QStringLiteral("Visitor 1")), qPrintable(exported));
        QCOMPARE(m_server->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export csv' AND rows = 1"
                                                " AND actor = 'front_desk'")),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->index(0, 0).data(CallbackTableModel::IdRole).toString(), id, 5'000);

        // Lock: signed out of the server, nothing readable, the sign-in shows.
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("staffLock")), Qt::LeftButton);
        QVERIFY(!screen->isUnlocked());
        QVERIFY(!session.isSignedIn());
        QCOMPARE(screen->model()->rowCount(), 0);
        QVERIFY(desk.requests({}).failure);
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("deskPassword"))->text().isEmpty());
    }

private:
    void writeConfig(const QString &path, const QString &extra)
    {
        QFile config(path);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("[office.waldorf]\nname=Waldorf\nphone=301-555-0142\n\n[server]\nhost=localhost\n"
                                    "port=%1\ndatabase=carekiosk\nsslmode=verify-full\nca_file=%2\nmax_retry_seconds=1\n%3")
                         .arg(m_server->port())
                         .arg(m_server->caFile(), extra)
                         .toUtf8());
    }

    void signIn(DeskWindow &window, const QString &user, const QString &password)
    {
        auto *userField = window.findChild<QLineEdit *>(QStringLiteral("deskUser"));
        auto *passwordField = window.findChild<QLineEdit *>(QStringLiteral("deskPassword"));
        QVERIFY(userField && passwordField);
        userField->clear();
        QTest::keyClicks(userField, user);
        passwordField->clear();
        QTest::keyClicks(passwordField, password);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("deskSignIn")), Qt::LeftButton);
    }

    QString message(const DeskWindow &window) const
    {
        return window.findChild<QLabel *>(QStringLiteral("deskSignInMessage"))->text();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<PostgresServer> m_server;
    QString m_deskConfig;
    QString m_kioskConfig;
};

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
