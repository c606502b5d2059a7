// The staff screen in the real window, offscreen, on a real database: the
// hidden long press, the PIN pad (no PIN, wrong PIN, lock-out), then
// filtering, marking, deleting with a confirmation, exporting and locking.
#include "support/shippedkiosk.h"
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
#include "ui/staff/choiceoverlay.h"
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
#include <QPrinterInfo>
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

// A part of the staff screen, found by its object name as a script would.
template <typename Widget>
Widget *part(const QObject *screen, const char *objectName)
{
    Widget *widget = screen->findChild<Widget *>(QLatin1String(objectName));
    if (!widget)
        qWarning("the staff screen has no %s", objectName);
    return widget;
}

// The overlay that asks before deleting: the one around "Delete for good".
Overlay *deleteConfirmation(const QObject *screen)
{
    for (QObject *object = part<QPushButton>(screen, "confirmDelete"); object; object = object->parent()) {
        if (auto *overlay = qobject_cast<Overlay *>(object))
            return overlay;
    }
    return nullptr;
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
    void initTestCase() { QVERIFY2(m_shipped.prepare(), "search index"); }

    void init()
    {
        m_queue = std::make_unique<TestCallbackQueue>(m_shipped.settings, m_shipped.library);
        QVERIFY(!m_queue->database.open());
        m_desk = std::make_unique<StaffDesk>(m_queue->database, m_shipped.settings, m_shipped.library);
        m_window = std::make_unique<KioskWindow>(m_shipped.library, m_shipped.search, m_shipped.settings, *m_shipped.profile, m_queue->intake);
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
        QVERIFY(m_staff->findChild<PinPad *>()->isVisible());
        QVERIFY(!m_staff->isUnlocked());
        QVERIFY(!m_window->backButton()->isVisible());  // the visitor's bar is gone
    }

    void withNoPinSetThePadSaysHowToSetOne()
    {
        m_window->go({Location::Screen::Staff, {}});
        QVERIFY(m_staff->findChild<PinPad *>()->message()->text().contains(QStringLiteral("carekiosk set-pin")));
        QVERIFY(!m_staff->findChild<PinPad *>()->keypad()->isEnabled());
        tap(m_staff->findChild<PinPad *>()->cancelButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Attract);
    }

    void aWrongPinIsRefusedAndFiveLockThePad()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->findChild<PinPad *>(), QStringLiteral("1111"));
        QVERIFY(!m_staff->isUnlocked());
        QVERIFY(m_staff->findChild<PinPad *>()->message()->text().contains(QStringLiteral("not right")));
        QVERIFY(m_staff->findChild<PinPad *>()->field()->text().isEmpty());
        for (int attempt = 2; attempt <= 5; ++attempt)
            typePin(m_staff->findChild<PinPad *>(), QStringLiteral("1111"));
        QVERIFY(m_staff->findChild<PinPad *>()->message()->text().contains(QStringLiteral("Please wait")));
        QVERIFY(!m_staff->findChild<PinPad *>()->keypad()->isEnabled());
        // Opening the pad again still shows the wait: it is kept in the database.
        tap(m_staff->findChild<PinPad *>()->cancelButton());
        m_window->go({Location::Screen::Staff, {}});
        QVERIFY(m_staff->findChild<PinPad *>()->message()->text().contains(QStringLiteral("Please wait")));
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
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        QVERIFY(m_staff->isUnlocked());
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->rowCount(), 3);
        QVERIFY(part<QLabel>(m_staff, "staffCounts")->text().contains(QStringLiteral("Waldorf: 2")));
        QVERIFY(part<QLabel>(m_staff, "staffCounts")->text().contains(QStringLiteral("Frederick: 1")));
        QVERIFY(part<QLabel>(m_staff, "staffCounts")->text().contains(QStringLiteral("Germantown: 0")));

        part<QComboBox>(m_staff, "officeFilter")->setCurrentIndex(part<QComboBox>(m_staff, "officeFilter")->findData(QStringLiteral("frederick")));
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->rowCount(), 1);
        part<QTableView>(m_staff, "callbackTable")->selectRow(0);
        QVERIFY(part<QPushButton>(m_staff, "markCalled")->isEnabled());
        tap(part<QPushButton>(m_staff, "markCalled"));
        QCOMPARE(m_queue->store.requests({CallbackStatus::Called, {}, {}, {}}).value.size(), 1);
        QCOMPARE(m_queue->store.requests({CallbackStatus::Called, {}, {}, {}}).value.first().id, requests[1].id);
        QVERIFY(part<QLabel>(m_staff, "staffCounts")->text().contains(QStringLiteral("Frederick: 0")));

        part<QComboBox>(m_staff, "officeFilter")->setCurrentIndex(0);
        part<QComboBox>(m_staff, "statusFilter")->setCurrentIndex(1);  // New
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->rowCount(), 2);
        part<QCheckBox>(m_staff, "fromEnabled")->setChecked(true);
        part<QDateEdit>(m_staff, "fromDate")->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->rowCount(), 0);
        part<QCheckBox>(m_staff, "fromEnabled")->setChecked(false);
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->rowCount(), 2);

        // Sortable by any column: by first name, descending.
        part<QTableView>(m_staff, "callbackTable")->sortByColumn(CallbackTableModel::FirstName, Qt::DescendingOrder);
        QCOMPARE(part<QTableView>(m_staff, "callbackTable")->model()->index(0, CallbackTableModel::FirstName).data().toString(),
                 requests[2].firstName);

        tap(part<QPushButton>(m_staff, "exportCsv"));
        const QRegularExpression saved(QStringLiteral("^2 requests saved to (.+\\.csv)$"));
        const QRegularExpressionMatch match = saved.match(part<QLabel>(m_staff, "staffResult")->text());
        QVERIFY2(match.hasMatch(), qPrintable(part<QLabel>(m_staff, "staffResult")->text()));
        const QString csv = match.captured(1);
        QVERIFY(csv.startsWith(QDir(m_queue->dir.path()).filePath(QStringLiteral("exports/callbacks-"))));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 3);
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        tap(part<QPushButton>(m_staff, "staffLock"));
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
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        part<QTableView>(m_staff, "callbackTable")->selectRow(0);
        tap(part<QPushButton>(m_staff, "deleteRequests"));
        QVERIFY(deleteConfirmation(m_staff)->isVisible());
        tap(deleteConfirmation(m_staff)->button());  // "Keep them"
        QCOMPARE(m_queue->store.requests().value.size(), 1);

        part<QTableView>(m_staff, "callbackTable")->selectRow(0);
        tap(part<QPushButton>(m_staff, "deleteRequests"));
        tap(deleteConfirmation(m_staff)->findChild<QPushButton *>(QStringLiteral("confirmDelete")));
        QVERIFY(m_queue->store.requests().value.isEmpty());
        QCOMPARE(part<QLabel>(m_staff, "staffResult")->text(), QStringLiteral("1 request deleted."));
    }

    void signInSaysHowManyWrongPinsWereTyped()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        for (int i = 0; i < 3; ++i)
            typePin(m_staff->findChild<PinPad *>(), QStringLiteral("1357"));
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        QVERIFY(m_staff->isUnlocked());
        QCOMPARE(part<QLabel>(m_staff, "staffResult")->text(),
                 QStringLiteral("3 wrong PINs were typed on this pad since the last sign-in."));
    }

    void printingOffersNoDialogAndNoFile()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        QVERIFY(!m_queue->store.save(requestAt(1, QStringLiteral("waldorf"))));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        tap(part<QPushButton>(m_staff, "printList"));
        // No window of its own: nothing outlives the staff screen's lock.
        for (QWidget *topLevel : QApplication::topLevelWidgets())
            QVERIFY2(topLevel == m_window.get() || !topLevel->isVisible(), topLevel->metaObject()->className());
        if (QPrinterInfo::availablePrinterNames().isEmpty()) {
            QCOMPARE(part<QLabel>(m_staff, "staffResult")->text(),
                     QStringLiteral("No printer is set up on this kiosk. Please ask IT to add one."));
        } else {
            QVERIFY(m_staff->findChild<ChoiceOverlay *>()->isVisible());
        }
    }

    void aChoiceLeftOpenIsClosedByTheLockAndDoesNothing()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        auto *choices = m_staff->findChild<ChoiceOverlay *>();
        bool chosen = false;
        choices->ask(QStringLiteral("Print the call-back list"), QStringLiteral("Which printer?"),
                     {QStringLiteral("Front desk")}, [&chosen](int) { chosen = true; });
        QVERIFY(choices->isVisible());

        m_window->idleWatcher()->setTimeout(200);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 3000);
        QVERIFY(!choices->isVisible());
        QVERIFY(!m_desk->isSignedIn());
        // A tap that reaches the old button late does nothing.
        choices->findChild<QPushButton *>(QStringLiteral("choice0"))->click();
        QVERIFY(!chosen);
    }

    void theStaffScreenLocksItselfWhenLeftAlone()
    {
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        QVERIFY(m_staff->isUnlocked());
        QCOMPARE(m_window->idleWatcher()->timeout(), m_shipped.settings.staffIdleSeconds() * 1000);
        m_window->idleWatcher()->setTimeout(200);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 3000);
        QVERIFY(!m_staff->isUnlocked());
        QCOMPARE(m_window->idleWatcher()->timeout(), m_shipped.settings.idleTimeoutSeconds() * 1000);
    }

    void aDatabaseSetAsideAtStartUpIsShownUntilDismissed()
    {
        m_window.reset();
        m_desk.reset();
        m_queue.reset();
        m_queue = std::make_unique<TestCallbackQueue>(m_shipped.settings, m_shipped.library);
        {
            QFile garbage(QDir(m_queue->dir.path()).filePath(KioskDatabase::fileName()));
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        QVERIFY(!m_queue->database.open());
        QVERIFY(!StaffPin(m_queue->database).setPin(staffPin));
        m_desk = std::make_unique<StaffDesk>(m_queue->database, m_shipped.settings, m_shipped.library);
        m_window = std::make_unique<KioskWindow>(m_shipped.library, m_shipped.search, m_shipped.settings, *m_shipped.profile, m_queue->intake);
        m_staff = new StaffScreen(*m_desk);
        m_window->addStaffScreen(m_staff);
        m_window->show();
        m_window->go({Location::Screen::Staff, {}});
        typePin(m_staff->findChild<PinPad *>(), staffPin);
        QVERIFY(part<QLabel>(m_staff, "formBanner")->isVisible());
        QVERIFY(part<QLabel>(m_staff, "formBanner")->text().contains(QStringLiteral(".damaged-")));
        tap(m_staff->findChild<QPushButton *>(QStringLiteral("dismissNotice")));
        QVERIFY(!part<QLabel>(m_staff, "formBanner")->isVisible());
    }

private:
    ShippedKiosk m_shipped;
    std::unique_ptr<TestCallbackQueue> m_queue;
    std::unique_ptr<StaffDesk> m_desk;
    std::unique_ptr<KioskWindow> m_window;
    StaffScreen *m_staff = nullptr;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestStaffScreen)

#include "tst_staffscreen.moc"
