// The staff screen in the real window, offscreen, on a real database: the
// hidden long press, the PIN pad (no PIN, wrong PIN, lock-out), then
// filtering, marking, deleting with a confirmation, exporting and locking.
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "core/search/searchindex.h"
#include "core/security/staffpin.h"
#include "core/staff/callbacktablemodel.h"
#include "core/staff/staffdesk.h"
#include "support/samplerequest.h"
#include "ui/idlewatcher.h"
#include "ui/kioskwindow.h"
#include "ui/overlays/overlay.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/staffscreen.h"
#include "web/kioskprofile.h"
#include "web/webenginesetup.h"
#include "ui/widgets/numerickeypad.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

namespace {
const QString staffPin = QStringLiteral("2468");

void typePin(PinPad *pad, const QString &pin)
{
    for (const QChar digit : pin)
        tap(pad->keypad()->findChild<QPushButton *>(QStringLiteral("key_") + digit));
    tap(pad->keypad()->findChild<QPushButton *>(QStringLiteral("key_done")));
}

CallbackRequest requestAt(int number, const QString &office)
{
    CallbackRequest request = sampleRequest(number);
    request.officeId = office;
    return request;
}
} // namespace

class TestStaffScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(!m_search.rebuild(m_library));
        m_profile = std::make_unique<KioskProfile>(m_library);
    }

    void init()
    {
        m_queue = std::make_unique<TestCallbackQueue>(m_settings, m_library);
        QVERIFY(!m_queue->database.open());
        m_desk = std::make_unique<StaffDesk>(m_queue->database, m_settings, m_library);
        m_window = std::make_unique<KioskWindow>(m_library, m_search, m_settings, *m_profile, m_queue->intake);
        m_staff = new StaffScreen(*m_desk);
        m_window->addStaffScreen(m_staff);
        m_window->resize(1600, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->go({Location::Screen::Home, {}});
    }

    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_queue.reset();
    }

    void aLongPressOnTheClinicNameOpensThePadAndATapDoesNot()
    {
        QWidget *name = m_window->clinicNameLabel();
        QTest::mouseClick(name, Qt::LeftButton);
        QTest::qWait(3300);
        QCOMPARE(m_window->location().screen, Location::Screen::Home);

        QTest::mousePress(name, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Staff, 5000);
        QTest::mouseRelease(name, Qt::LeftButton);
        QVERIFY(m_staff->pinPad()->isVisible());
        QVERIFY(!m_staff->isUnlocked());
        QVERIFY(!m_window->backButton()->isVisible());  // the visitor's bar is gone
    }

    void withNoPinSetThePadSaysHowToSetOne()
    {
        m_window->go({Location::Screen::Staff, {}});
        QVERIFY(m_staff->pinPad()->message()->text().contains(QStringLiteral("carekiosk set-pin")));
        QVERIFY(!m_staff->pinPad()->keypad()->isEnabled());
        tap(m_staff->pinPad()->cancelButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Attract);
    }

    void aWrongPinIsRefusedAndFiveLockThePad()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->pinPad(), QStringLiteral("1111"));
        QVERIFY(!m_staff->isUnlocked());
        QVERIFY(m_staff->pinPad()->message()->text().contains(QStringLiteral("not right")));
        QVERIFY(m_staff->pinPad()->field()->text().isEmpty());
        for (int attempt = 2; attempt <= 5; ++attempt)
            typePin(m_staff->pinPad(), QStringLiteral("1111"));
        QVERIFY(m_staff->pinPad()->message()->text().contains(QStringLiteral("Please wait")));
        QVERIFY(!m_staff->pinPad()->keypad()->isEnabled());
        // Opening the pad again still shows the wait: it is kept in the database.
        tap(m_staff->pinPad()->cancelButton());
        m_window->go({Location::Screen::Staff, {}});
        QVERIFY(m_staff->pinPad()->message()->text().contains(QStringLiteral("Please wait")));
    }

    void unlockFilterMarkExportAndLock()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        const QList<CallbackRequest> requests = {requestAt(1, QStringLiteral("waldorf")),
                                                 requestAt(2, QStringLiteral("frederick")),
                                                 requestAt(3, QStringLiteral("waldorf"))};
        for (const CallbackRequest &request : requests)
            QVERIFY(!m_queue->store.save(request));

        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->pinPad(), staffPin);
        QVERIFY(m_staff->isUnlocked());
        QCOMPARE(m_staff->table()->model()->rowCount(), 3);
        QVERIFY(m_staff->counts()->text().contains(QStringLiteral("Waldorf: 2")));
        QVERIFY(m_staff->counts()->text().contains(QStringLiteral("Frederick: 1")));
        QVERIFY(m_staff->counts()->text().contains(QStringLiteral("Germantown: 0")));

        m_staff->officeFilter()->setCurrentIndex(m_staff->officeFilter()->findData(QStringLiteral("frederick")));
        QCOMPARE(m_staff->table()->model()->rowCount(), 1);
        m_staff->table()->selectRow(0);
        QVERIFY(m_staff->markCalledButton()->isEnabled());
        tap(m_staff->markCalledButton());
        QCOMPARE(m_queue->store.requests({CallbackStatus::Called, {}, {}, {}}).value.size(), 1);
        QCOMPARE(m_queue->store.requests({CallbackStatus::Called, {}, {}, {}}).value.first().id, requests[1].id);
        QVERIFY(m_staff->counts()->text().contains(QStringLiteral("Frederick: 0")));

        m_staff->officeFilter()->setCurrentIndex(0);
        m_staff->statusFilter()->setCurrentIndex(1);  // New
        QCOMPARE(m_staff->table()->model()->rowCount(), 2);
        m_staff->fromEnabled()->setChecked(true);
        m_staff->fromDate()->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(m_staff->table()->model()->rowCount(), 0);
        m_staff->fromEnabled()->setChecked(false);
        QCOMPARE(m_staff->table()->model()->rowCount(), 2);

        // Sortable by any column: by first name, descending.
        m_staff->table()->sortByColumn(CallbackTableModel::FirstName, Qt::DescendingOrder);
        QCOMPARE(m_staff->table()->model()->index(0, CallbackTableModel::FirstName).data().toString(),
                 requests[2].firstName);

        tap(m_staff->exportCsvButton());
        const QRegularExpression saved(QStringLiteral("^2 requests saved to (.+\\.csv)$"));
        const QRegularExpressionMatch match = saved.match(m_staff->result()->text());
        QVERIFY2(match.hasMatch(), qPrintable(m_staff->result()->text()));
        const QString csv = match.captured(1);
        QVERIFY(csv.startsWith(QDir(m_queue->dir.path()).filePath(QStringLiteral("exports/callbacks-"))));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 3);
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        tap(m_staff->lockButton());
        QVERIFY(!m_staff->isUnlocked());
        QCOMPARE(m_staff->model()->rowCount(), 0);  // nothing of the list stays in memory
        QCOMPARE(m_window->location().screen, Location::Screen::Attract);
    }

    void deletingAsksFirst()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        const CallbackRequest request = requestAt(1, QStringLiteral("waldorf"));
        QVERIFY(!m_queue->store.save(request));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->pinPad(), staffPin);
        m_staff->table()->selectRow(0);
        tap(m_staff->deleteButton());
        QVERIFY(m_staff->deleteConfirmation()->isVisible());
        tap(m_staff->deleteConfirmation()->button());  // "Keep them"
        QCOMPARE(m_queue->store.requests().value.size(), 1);

        m_staff->table()->selectRow(0);
        tap(m_staff->deleteButton());
        tap(m_staff->deleteConfirmation()->findChild<QPushButton *>(QStringLiteral("confirmDelete")));
        QVERIFY(m_queue->store.requests().value.isEmpty());
        QCOMPARE(m_staff->result()->text(), QStringLiteral("1 request deleted."));
    }

    void theStaffScreenLocksItselfWhenLeftAlone()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->pinPad(), staffPin);
        QVERIFY(m_staff->isUnlocked());
        QCOMPARE(m_window->idleWatcher()->timeout(), m_settings.staffIdleSeconds() * 1000);
        m_window->idleWatcher()->setTimeout(200);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 3000);
        QVERIFY(!m_staff->isUnlocked());
        QCOMPARE(m_window->idleWatcher()->timeout(), m_settings.idleTimeoutSeconds() * 1000);
    }

    void aDatabaseSetAsideAtStartUpIsShownUntilDismissed()
    {
        m_window.reset();
        m_desk.reset();
        m_queue.reset();
        m_queue = std::make_unique<TestCallbackQueue>(m_settings, m_library);
        {
            QFile garbage(QDir(m_queue->dir.path()).filePath(KioskDatabase::fileName()));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!m_queue->database.open());
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_desk = std::make_unique<StaffDesk>(m_queue->database, m_settings, m_library);
        m_window = std::make_unique<KioskWindow>(m_library, m_search, m_settings, *m_profile, m_queue->intake);
        m_staff = new StaffScreen(*m_desk);
        m_window->addStaffScreen(m_staff);
        m_window->show();
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->pinPad(), staffPin);
        QVERIFY(m_staff->noticeBanner()->isVisible());
        QVERIFY(m_staff->noticeBanner()->text().contains(QStringLiteral(".damaged-")));
        tap(m_staff->findChild<QPushButton *>(QStringLiteral("dismissNotice")));
        QVERIFY(!m_staff->noticeBanner()->isVisible());
    }

private:
    ArticleLibrary m_library = ArticleLibrary::load(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR));
    KioskSettings m_settings = KioskSettings::load(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
    SearchIndex m_search;
    std::unique_ptr<KioskProfile> m_profile;
    std::unique_ptr<TestCallbackQueue> m_queue;
    std::unique_ptr<StaffDesk> m_desk;
    std::unique_ptr<KioskWindow> m_window;
    StaffScreen *m_staff = nullptr;
};

int main(int argc, char **argv)
{
    WebEngineSetup::beforeApplication();
    QApplication application(argc, argv);
    TestStaffScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_staffscreen.moc"
