// StaffDesk, the staff screen without its widgets, on a real SQLite file in a
// temporary folder: a status change of several requests is one transaction,
// a PIN lock-out that can't be read keeps the pad locked, and nothing is
// read, changed, exported or printed until staff sign in.
#include "core/content/articlelibrary.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/staffdesk.h"
#include "support/samplerequest.h"
#include "support/sideways.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A data folder, the sample configuration and no articles: all the desk needs for its list.
struct DeskFixture
{
    QTemporaryDir dir;
    QTemporaryDir content;
    KioskDatabase database{dir.path()};
    KioskSettings settings = KioskSettings::load(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
    ArticleLibrary library = ArticleLibrary::load(content.path());
    StaffDesk desk{database, settings, library};
    CallbackStore store{database};

    // Staff at the pad with the right PIN: what every action on the list needs.
    [[nodiscard]] bool signIn()
    {
        return (database.isOpen() || !database.open()) && !StaffPin(database).setPin(QStringLiteral("2468"))
            && desk.unlock(QStringLiteral("2468")).outcome == PinCheck::Outcome::Accepted;
    }
};

QList<CallbackStatus> statusesOf(const QList<CallbackRequest> &requests)
{
    QList<CallbackStatus> statuses;
    for (const CallbackRequest &request : requests)
        statuses.append(request.status);
    return statuses;
}
} // namespace

class TestStaffDesk : public QObject
{
    Q_OBJECT

private slots:
    void markChangesEverySelectedRequest()
    {
        DeskFixture kiosk;
        QVERIFY(kiosk.signIn());
        const QList<CallbackRequest> saved = {sampleRequest(1), sampleRequest(2), sampleRequest(3)};
        for (const CallbackRequest &request : saved)
            QVERIFY(!kiosk.store.save(request));
        QVERIFY(!kiosk.desk.mark({saved[0].id, saved[2].id}, CallbackStatus::Called));
        const StoreResult<QList<CallbackRequest>> stored = kiosk.desk.requests({});
        QVERIFY(!stored.failure);
        QCOMPARE(statusesOf(stored.value),
                 (QList<CallbackStatus>{CallbackStatus::Called, CallbackStatus::New, CallbackStatus::Called}));
        QVERIFY(stored.value[0].statusChangedUtc.isValid());
        QCOMPARE(stored.value[2].statusChangedUtc, stored.value[0].statusChangedUtc);
    }

    void markAfterAFailurePartWayChangesNone_data()
    {
        QTest::addColumn<bool>("failingUpdate");
        QTest::newRow("the database refuses the second update") << true;
        QTest::newRow("the second request was deleted meanwhile") << false;
    }

    void markAfterAFailurePartWayChangesNone()
    {
        QFETCH(bool, failingUpdate);
        DeskFixture kiosk;
        QVERIFY(kiosk.signIn());
        const QList<CallbackRequest> saved = {sampleRequest(1), sampleRequest(2), sampleRequest(3)};
        for (const CallbackRequest &request : saved)
            QVERIFY(!kiosk.store.save(request));
        QStringList ids = {saved[0].id, saved[1].id, saved[2].id};
        if (failingUpdate) {
            QVERIFY(injectFault(kiosk.database.databasePath(), QStringLiteral("UPDATE"),
                                QStringLiteral("callback_requests"), QStringLiteral("NEW.id = '%1'").arg(saved[1].id)));
        } else {
            ids[1] = sampleRequest(4).id;  // never saved
        }

        const std::optional<StoreFailure> failure = kiosk.desk.mark(ids, CallbackStatus::Done);
        QVERIFY(failure);
        QCOMPARE(failure->kind, StoreFailure::Kind::Rejected);
        // The first request, updated before the failure, is as it was: the screen's "Not changed" is true.
        const StoreResult<QList<CallbackRequest>> stored = kiosk.desk.requests({});
        QVERIFY(!stored.failure);
        QCOMPARE(statusesOf(stored.value), QList<CallbackStatus>(3, CallbackStatus::New));
        QCOMPARE(stored.value, saved);
    }

    void everyActionRefusesUntilStaffSignIn_data()
    {
        QTest::addColumn<bool>("signedInBefore");
        QTest::newRow("never signed in") << false;
        QTest::newRow("signed in, then locked") << true;
    }

    void everyActionRefusesUntilStaffSignIn()
    {
        QFETCH(bool, signedInBefore);
        DeskFixture kiosk;
        QVERIFY(!kiosk.database.open());
        const CallbackRequest saved = sampleRequest(1);
        QVERIFY(!kiosk.store.save(saved));
        if (signedInBefore) {
            QVERIFY(kiosk.signIn());
            kiosk.desk.signOut();
        }
        QVERIFY(!kiosk.desk.isSignedIn());
        const ExportDestination folder{kiosk.dir.filePath(QStringLiteral("exports")), QString(), false};

        QVERIFY(kiosk.desk.requests({}).failure);
        QVERIFY(kiosk.desk.newRequestsByOffice().failure);
        QVERIFY(kiosk.desk.mark({saved.id}, CallbackStatus::Done));
        QVERIFY(kiosk.desk.remove({saved.id}).notCommitted);
        QVERIFY(kiosk.desk.exportList(ExportFormat::Csv, {}, QString(), folder).error);
        QVERIFY(kiosk.desk.exportUsage(QDate::currentDate(), QDate::currentDate(), folder).error);
        QPdfWriter printer(kiosk.dir.filePath(QStringLiteral("printed.pdf")));
        const ExportOutcome printed = kiosk.desk.printList(printer, {}, QString());
        QVERIFY(printed.error);
        QCOMPARE(printed.rows, 0);

        // Nothing changed, nothing written, nothing printed.
        const StoreResult<QList<CallbackRequest>> stored = kiosk.store.requests({});
        QCOMPARE(stored.value.size(), 1);
        QCOMPARE(stored.value.first().status, CallbackStatus::New);
        QVERIFY(!QFileInfo::exists(folder.folder));
        QVERIFY(kiosk.signIn());
        QVERIFY(!kiosk.desk.mark({saved.id}, CallbackStatus::Done));
    }

    void aPinLockOutThatCantBeReadKeepsThePadLocked()
    {
        DeskFixture kiosk;
        QVERIFY(!StaffPin(kiosk.database).setPin(QStringLiteral("2468")));
        QCOMPARE(kiosk.desk.pinLockout().state, LockoutVerdict::State::Open);
        QVERIFY(!querySideways(kiosk.database.databasePath(), {QStringLiteral("DROP TABLE pin_lockout"),
                                                               QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'pin_lockout'")})
                     .isValid());

        const LockoutVerdict lockout = kiosk.desk.pinLockout();
        QVERIFY(lockout.isLocked());
        QCOMPARE(lockout.state, LockoutVerdict::State::Unreadable);
        QVERIFY(lockout.failure);
        QCOMPARE(kiosk.desk.unlock(QStringLiteral("2468")).outcome, PinCheck::Outcome::Unavailable);
    }
};

QTEST_MAIN(TestStaffDesk)
#include "tst_staffdesk.moc"
