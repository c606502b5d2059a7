// KioskServices, the kiosk without its screens: a re-read configuration is
// applied at once when nobody is using the kiosk (with a new call-back intake
// for the new offices), waits for the visitor to leave otherwise, and a
// missing file leaves the settings in use alone. No Qt WebEngine here.
#include "support/editableconfig.h"

#include "core/kiosk/kioskservices.h"

#include <QSignalSpy>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Whether the next request may name `officeId`, as the form's rules say.
bool officeAccepted(const KioskServices &services, const QString &officeId)
{
    CallbackDraft draft;
    draft.firstName = QStringLiteral("Ana");
    draft.phone = QStringLiteral("301-555-0142");
    draft.officeId = officeId;
    draft.consentGiven = true;
    const CallbackValidation validation = services.intake().validator().validate(draft, QDateTime::currentDateTimeUtc());
    return std::none_of(validation.problems.cbegin(), validation.problems.cend(),
                        [](const FieldProblem &problem) { return problem.field == CallbackField::Office; });
}
} // namespace

class TestKioskServices : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_folders = std::make_unique<KioskFolders>();
        QVERIFY(m_folders->isReady());
        m_services = std::make_unique<KioskServices>(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR), m_folders->config,
                                                     m_folders->data.path());
        QCOMPARE(m_services->settings().clinicName(), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(m_services->settings().offices().size(), 3);
        QVERIFY(m_services->library().size() > 0);
    }

    void cleanup()
    {
        m_services.reset();
        m_folders.reset();
    }

    void appliedAtOnceWhenNobodyIsThere()
    {
        QSignalSpy applied(m_services.get(), &KioskServices::settingsApplied);
        QCOMPARE(editLikeIt(m_folders->config), QString());
        QCOMPARE(m_services->reloadSettings(false), KioskServices::SettingsReload::Applied);

        QCOMPARE(applied.count(), 1);
        const KioskSettings &settings = m_services->settings();
        QCOMPARE(settings.clinicName(), QStringLiteral("Lakeside Clinic"));
        QCOMPARE(settings.idleTimeoutSeconds(), 45);
        QCOMPARE(settings.staffIdleSeconds(), 60);
        QCOMPARE(settings.retentionDays(), 30);
        QCOMPARE(settings.callbackConfirmation(), QStringLiteral("Thank you, we will call."));
        QCOMPARE(settings.restartAt(), std::optional<QTime>(QTime(4, 15)));
        QCOMPARE(settings.offices().size(), 2);
        // The next request is checked against the offices now open.
        QVERIFY(!officeAccepted(*m_services, QStringLiteral("frederick")));
        QVERIFY(officeAccepted(*m_services, QStringLiteral("waldorf")));
    }

    void waitsUntilTheVisitorIsDone()
    {
        QSignalSpy applied(m_services.get(), &KioskServices::settingsApplied);
        QCOMPARE(editLikeIt(m_folders->config), QString());
        QCOMPARE(m_services->reloadSettings(true), KioskServices::SettingsReload::AfterThisVisit);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(m_services->settings().clinicName(), QStringLiteral("Orthopedic & Wellness"));
        QVERIFY(officeAccepted(*m_services, QStringLiteral("frederick")));

        m_services->visitorLeft();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_services->settings().clinicName(), QStringLiteral("Lakeside Clinic"));
        QVERIFY(!officeAccepted(*m_services, QStringLiteral("frederick")));
        // Once only.
        m_services->visitorLeft();
        QCOMPARE(applied.count(), 1);
    }

    void aMissingFileKeepsTheSettingsInUse()
    {
        QSignalSpy applied(m_services.get(), &KioskServices::settingsApplied);
        QVERIFY(QFile::remove(m_folders->config));
        QCOMPARE(m_services->reloadSettings(false), KioskServices::SettingsReload::FileUnusable);
        QCOMPARE(applied.count(), 0);
        QCOMPARE(m_services->settings().clinicName(), QStringLiteral("Orthopedic & Wellness"));
        QCOMPARE(m_services->settings().offices().size(), 3);
        QCOMPARE(m_services->settings().idleTimeoutSeconds(), 90);
    }

private:
    std::unique_ptr<KioskFolders> m_folders;
    std::unique_ptr<KioskServices> m_services;
};

QTEST_GUILESS_MAIN(TestKioskServices)
#include "tst_kioskservices.moc"
