// Kiosk::reloadSettings(), what SIGHUP runs, as the screens show it: a re-read
// configuration reaches the screens at once when nobody is using the kiosk,
// waits while a visitor is mid-visit, and a missing file leaves the settings
// in use alone. tst_kioskservices checks the same decisions without screens.
#include "support/editableconfig.h"
#include "support/tap.h"
#include "core/settings/kiosksettings.h"
#include "ui/attract/attractscreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/idlewatcher.h"
#include "kiosk.h"
#include "ui/kioskwindow.h"
#include "web/webenginesetup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList officeLabels(const KioskWindow &window)
{
    QStringList labels;
    for (const QAbstractButton *button : window.callbackScreen()->officeButtons())
        labels.append(button->text());
    return labels;
}

QString clinicName(const KioskWindow &window)
{
    return qobject_cast<QLabel *>(window.clinicNameLabel())->text();
}
} // namespace

class TestSettingsReload : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_folders = std::make_unique<KioskFolders>();
        QVERIFY(m_folders->isReady());
        m_kiosk = std::make_unique<Kiosk>(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR), m_folders->config, m_folders->data.path());
        m_kiosk->window().resize(1280, 800);
        m_kiosk->window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_kiosk->window()));
        QCOMPARE(clinicName(m_kiosk->window()), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(m_kiosk->window().idleWatcher()->timeout(), 90 * 1000);
        QCOMPARE(officeLabels(m_kiosk->window()).size(), 3);
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_folders.reset();
    }

    void appliedAtOnceWhenNobodyIsThere()
    {
        KioskWindow &window = m_kiosk->window();
        QVERIFY(window.isWaitingForVisitor());
        editConfiguration();
        QCOMPARE(m_kiosk->reloadSettings(), Kiosk::SettingsReload::Applied);

        QCOMPARE(clinicName(window), QStringLiteral("Lakeside Clinic"));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Lakeside Clinic")), qPrintable(window.windowTitle()));
        QCOMPARE(window.idleWatcher()->timeout(), 45 * 1000);
        QCOMPARE(officeLabels(window), QStringList({QStringLiteral("Germantown"), QStringLiteral("Waldorf")}));
        QCOMPARE(m_kiosk->services().settings().staffIdleSeconds(), 60);
        QCOMPARE(m_kiosk->services().settings().retentionDays(), 30);
        QCOMPARE(m_kiosk->services().settings().callbackConfirmation(), QStringLiteral("Thank you, we will call."));
        QCOMPARE(m_kiosk->services().settings().restartAt(), std::optional<QTime>(QTime(4, 15)));

        // The new idle time-out holds for the visit that follows, too.
        tap(window.attractScreen());
        QCOMPARE(window.location().screen, Location::Screen::Home);
        QVERIFY(!window.isWaitingForVisitor());
        QCOMPARE(window.idleWatcher()->timeout(), 45 * 1000);
    }

    void waitsUntilTheVisitorIsDone()
    {
        KioskWindow &window = m_kiosk->window();
        tap(window.attractScreen());
        window.go({Location::Screen::Callback, {}});
        QVERIFY(!window.isWaitingForVisitor());
        editConfiguration();
        QCOMPARE(m_kiosk->reloadSettings(), Kiosk::SettingsReload::AfterThisVisit);

        // The visitor's form and screens stay as they were.
        QCOMPARE(clinicName(window), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(officeLabels(window).size(), 3);
        QCOMPARE(window.idleWatcher()->timeout(), 90 * 1000);
        QCOMPARE(m_kiosk->services().settings().clinicName(), QStringLiteral("Orthopedic & Wellness"));

        window.resetForNextVisitor();
        QVERIFY(window.isWaitingForVisitor());
        QTRY_COMPARE(clinicName(window), QStringLiteral("Lakeside Clinic"));
        QCOMPARE(officeLabels(window).size(), 2);
        QCOMPARE(window.idleWatcher()->timeout(), 45 * 1000);
    }

    void aMissingFileKeepsTheSettingsInUse()
    {
        QVERIFY(QFile::remove(m_folders->config));
        QCOMPARE(m_kiosk->reloadSettings(), Kiosk::SettingsReload::FileUnusable);
        QCOMPARE(clinicName(m_kiosk->window()), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(officeLabels(m_kiosk->window()).size(), 3);
        QCOMPARE(m_kiosk->services().settings().idleTimeoutSeconds(), 90);
    }

private:
    void editConfiguration() { QCOMPARE(editLikeIt(m_folders->config), QString()); }

    std::unique_ptr<KioskFolders> m_folders;
    std::unique_ptr<Kiosk> m_kiosk;
};

int main(int argc, char **argv)
{
    WebEngineSetup::beforeApplication();
    QApplication application(argc, argv);
    TestSettingsReload test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settingsreload.moc"
