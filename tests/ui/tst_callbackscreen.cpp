// The visitor's call-back form in the real window, offscreen, with a real
// queue in a temporary folder: opened from an article and from Home, filled
// with the on-screen keys, problems shown by their fields, the confirmation
// only after the row is on disk, a failed save that keeps the typing, and
// the idle wipe of a half-filled form.
#include "core/callbacks/consent.h"
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "core/search/searchindex.h"
#include "ui/article/articlescreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/callback/confirmationpage.h"
#include "ui/home/homescreen.h"
#include "ui/idlewatcher.h"
#include "ui/kioskwindow.h"
#include "ui/overlays/overlay.h"
#include "web/kioskprofile.h"
#include "web/webenginesetup.h"
#include "ui/widgets/numerickeypad.h"
#include "ui/widgets/onscreenkeyboard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>

namespace {
QPushButton *keyNamed(QWidget *keys, const QString &name)
{
    return keys->findChild<QPushButton *>(name);
}

// Types with the on-screen keys, one tap per character, as a visitor would.
void typeWithKeys(QWidget *keys, const QString &text)
{
    for (const QChar character : text) {
        QString name = QStringLiteral("key_") + character.toLower();
        if (character == u' ')
            name = QStringLiteral("key_space");
        QPushButton *key = keyNamed(keys, name);
        QVERIFY2(key, qPrintable(name));
        tap(key);
    }
}

QAbstractButton *buttonNamed(const QList<QAbstractButton *> &buttons, const QString &objectName)
{
    for (QAbstractButton *button : buttons) {
        if (button->objectName() == objectName)
            return button;
    }
    return nullptr;
}
} // namespace

class TestCallbackScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_shipped.prepare(), "search index"); }

    void init()
    {
        m_queue = std::make_unique<TestCallbackQueue>(m_shipped.settings, m_shipped.library);
        m_window = m_shipped.showWindow(m_queue->intake, QSize(1280, 800));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->go({Location::Screen::Home, {}});
        m_form = m_window->callbackScreen();
    }

    void cleanup()
    {
        m_window.reset();
        m_queue.reset();
    }

    void fromAnArticleTheTopicIsFilledIn()
    {
        m_window->go({Location::Screen::Article, QStringLiteral("botox-for-pain")});
        tap(m_window->articleScreen()->callbackButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Callback);
        QCOMPARE(m_form->topicBox()->currentData().toString(), QStringLiteral("botox-for-pain"));
        QCOMPARE(m_form->topicBox()->currentText(),
                 m_shipped.library.article(QStringLiteral("en"), QStringLiteral("botox-for-pain"))->title);
        tap(m_form->cancelButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Article);
    }

    void fromHomeTheTopicIsSomethingElseOrAnyArticle()
    {
        tap(m_window->homeScreen()->callbackButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Callback);
        QCOMPARE(m_form->topicBox()->currentData().toString(), QString());
        QCOMPARE(m_form->topicBox()->count(), 1 + int(m_shipped.library.articles(QStringLiteral("en")).size()));
        // Every office of the configuration, and nothing chosen for the visitor.
        QCOMPARE(m_form->officeButtons().size(), m_shipped.settings.offices().size());
        for (QAbstractButton *office : m_form->officeButtons())
            QVERIFY(!office->isChecked());
        QVERIFY(!m_form->consentBox()->isChecked());
    }

    void filledAndSentTheRequestIsOnDiskBeforeTheThankYou()
    {
        m_window->go({Location::Screen::Article, QStringLiteral("prp-therapy")});
        tap(m_window->articleScreen()->callbackButton());

        tap(m_form->firstNameField());
        QVERIFY(m_form->keyboard()->isVisible());
        QVERIFY(!m_form->keypad()->isVisible());
        typeWithKeys(m_form->keyboard(), QStringLiteral("rosa maria"));
        QCOMPARE(m_form->firstNameField()->text(), QStringLiteral("Rosa Maria"));
        tap(keyNamed(m_form->keyboard(), QStringLiteral("key_enter")));  // "Next": on to the phone
        QVERIFY(m_form->phoneField()->hasFocus());
        QVERIFY(m_form->keypad()->isVisible());
        QVERIFY(!m_form->keyboard()->isVisible());
        typeWithKeys(m_form->keypad(), QStringLiteral("3015550142"));
        tap(keyNamed(m_form->keypad(), QStringLiteral("key_done")));
        QVERIFY(!m_form->keypad()->isVisible());

        tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_frederick")));
        tap(buttonNamed(m_form->bestTimeButtons(), QStringLiteral("bestTimeMorning")));
        tap(m_form->voicemailBox());
        tap(m_form->consentBox());
        tap(m_form->sendButton());

        QVERIFY(m_form->isConfirming());
        QVERIFY(m_form->confirmationMessage()->text().contains(QStringLiteral("(301) 555-0142")));
        QCOMPARE(m_window->windowTitle(), m_shipped.settings.clinicName() + QStringLiteral(" — Thank you"));
        const QList<CallbackRequest> stored = m_queue->store.requests().value;
        QCOMPARE(stored.size(), 1);
        const CallbackRequest &request = stored.first();
        QCOMPARE(request.firstName, QStringLiteral("Rosa Maria"));
        QCOMPARE(request.phoneE164, QStringLiteral("+13015550142"));
        QCOMPARE(request.officeId, QStringLiteral("frederick"));
        QCOMPARE(request.bestTime, BestTimeToCall::Morning);
        QCOMPARE(request.topicSlug, QStringLiteral("prp-therapy"));
        QCOMPARE(request.language, QStringLiteral("en"));
        QVERIFY(request.voicemailOk);
        QVERIFY(!request.textOk);
        QCOMPARE(request.consentVersion, Consent::version(m_shipped.settings.retentionDays(), request.language));
        QCOMPARE(request.status, CallbackStatus::New);
        QVERIFY(qAbs(request.createdUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        // The thank-you page waits long enough to read it slowly, and its
        // OK leads Home; Back can't reopen the form.
        QVERIFY(ConfirmationPage::defaultSeconds >= 30);
        QCOMPARE(m_form->doneButton()->text(), QStringLiteral("OK"));
        tap(m_form->doneButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        QVERIFY(!m_window->backButton()->isEnabled());
    }

    void theThankYouPageGoesHomeByItself()
    {
        m_form->setConfirmationSeconds(1);
        tap(m_window->homeScreen()->callbackButton());
        m_form->firstNameField()->setText(QStringLiteral("Lee"));
        m_form->phoneField()->setText(QStringLiteral("240-555-0118"));
        tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_germantown")));
        tap(m_form->consentBox());
        tap(m_form->sendButton());
        QVERIFY(m_form->isConfirming());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Home, 5000);
        QVERIFY(!m_form->isConfirming());
    }

    void problemsAreShownByTheirFieldsAndNothingIsStored()
    {
        tap(m_window->homeScreen()->callbackButton());
        m_form->phoneField()->setText(QStringLiteral("555-01"));
        tap(m_form->sendButton());
        QVERIFY(!m_form->isConfirming());
        QVERIFY(m_form->banner()->isVisible());
        for (const CallbackField field :
             {CallbackField::FirstName, CallbackField::Phone, CallbackField::Office, CallbackField::Consent}) {
            QVERIFY2(m_form->problemLabel(field)->isVisible(), qPrintable(QString::number(int(field))));
            QVERIFY(!m_form->problemLabel(field)->text().isEmpty());
        }
        QVERIFY(!m_form->problemLabel(CallbackField::Note)->isVisible());
        QVERIFY(m_form->problemLabel(CallbackField::Phone)->text().contains(QStringLiteral("short")));
        QCOMPARE(m_form->phoneField()->accessibleDescription(), m_form->problemLabel(CallbackField::Phone)->text());
        QVERIFY(m_form->firstNameField()->hasFocus());
        QVERIFY(m_queue->store.requests().value.isEmpty());

        // Fixing them clears the messages.
        m_form->firstNameField()->setText(QStringLiteral("Ana"));
        m_form->phoneField()->setText(QStringLiteral("+1 301 555 0167"));
        tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_waldorf")));
        tap(m_form->consentBox());
        tap(m_form->sendButton());
        QVERIFY(m_form->isConfirming());
        QCOMPARE(m_queue->store.requests().value.size(), 1);
    }

    void aFailedSaveKeepsWhatWasTypedAndSaysToAskTheFrontDesk()
    {
        const CallbackRequest earlier = [this] {
            m_window->go({Location::Screen::Callback, {}});
            m_form->firstNameField()->setText(QStringLiteral("First"));
            m_form->phoneField()->setText(QStringLiteral("3015550100"));
            tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_waldorf")));
            tap(m_form->consentBox());
            tap(m_form->sendButton());
            tap(m_form->doneButton());
            return m_queue->store.requests().value.value(0);
        }();
        QVERIFY(!earlier.id.isEmpty());
        m_window->go({Location::Screen::Callback, {}});
        QVERIFY(!m_form->isConfirming());

        // Another program holds the database: the save can't finish.
        QProcess holder;
        holder.start(QStringLiteral(CAREKIOSK_CALLBACK_WRITER),
                     {QStringLiteral("--data"), m_queue->dir.path(), QStringLiteral("--hold-lock")});
        QVERIFY(holder.waitForReadyRead(10'000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        m_form->firstNameField()->setText(QStringLiteral("Second"));
        m_form->phoneField()->setText(QStringLiteral("3015550199"));
        m_form->noteField()->setText(QStringLiteral("Mornings are best"));
        tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_frederick")));
        tap(m_form->consentBox());
        tap(m_form->sendButton());
        QVERIFY(!m_form->isConfirming());
        QVERIFY(m_form->banner()->isVisible());
        QCOMPARE(m_form->banner()->text(), CallbackScreen::notSavedText());
        QCOMPARE(m_form->firstNameField()->text(), QStringLiteral("Second"));
        QCOMPARE(m_form->phoneField()->text(), QStringLiteral("3015550199"));
        QCOMPARE(m_form->noteField()->text(), QStringLiteral("Mornings are best"));
        QVERIFY(m_form->consentBox()->isChecked());

        // Once the other program lets go, the same tap saves it, once.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10'000));
        tap(m_form->sendButton());
        QVERIFY(m_form->isConfirming());
        const QList<CallbackRequest> stored = m_queue->store.requests().value;
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.first(), earlier);
        QCOMPARE(stored.last().firstName, QStringLiteral("Second"));
    }

    void theKeysNeverCoverTheFieldBeingTyped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("first name") << QStringLiteral("firstNameField");
        QTest::newRow("phone") << QStringLiteral("phoneField");
        QTest::newRow("note") << QStringLiteral("noteField");
    }

    void theKeysNeverCoverTheFieldBeingTyped()
    {
        QFETCH(QString, field);
        m_window->setTextPercent(200);
        m_window->go({Location::Screen::Callback, {}});
        auto *edit = m_form->findChild<QLineEdit *>(field);
        tap(edit);
        QWidget *keys = field == QStringLiteral("phoneField") ? static_cast<QWidget *>(m_form->keypad())
                                                               : static_cast<QWidget *>(m_form->keyboard());
        QVERIFY(keys->isVisible());
        QTRY_VERIFY2(edit->mapTo(m_window.get(), QPoint(0, edit->height())).y()
                         <= keys->mapTo(m_window.get(), QPoint(0, 0)).y(),
                     qPrintable(field));
        QVERIFY(edit->mapTo(m_window.get(), QPoint(0, 0)).y() >= m_window->homeButton()->height());
    }

    void idleWipesAHalfFilledForm()
    {
        m_window->setStillThereSeconds(1);
        m_window->idleWatcher()->setTimeout(200);
        tap(m_window->homeScreen()->callbackButton());
        m_form->firstNameField()->setText(QStringLiteral("Half"));
        m_form->phoneField()->setText(QStringLiteral("301555"));
        m_form->noteField()->setText(QStringLiteral("about my knee"));
        tap(buttonNamed(m_form->officeButtons(), QStringLiteral("office_waldorf")));
        tap(m_form->textBox());
        tap(m_form->consentBox());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 5000);

        m_window->idleWatcher()->setTimeout(60'000);
        m_window->go({Location::Screen::Home, {}});
        tap(m_window->homeScreen()->callbackButton());
        QVERIFY(m_form->firstNameField()->text().isEmpty());
        QVERIFY(m_form->phoneField()->text().isEmpty());
        QVERIFY(m_form->noteField()->text().isEmpty());
        for (QAbstractButton *office : m_form->officeButtons())
            QVERIFY(!office->isChecked());
        QVERIFY(!m_form->textBox()->isChecked());
        QVERIFY(!m_form->consentBox()->isChecked());
        QVERIFY(m_queue->store.requests().value.isEmpty());
    }

    void everyControlHasANameAndIsBigEnoughToTouch()
    {
        m_window->go({Location::Screen::Callback, {}});
        for (QWidget *control : m_form->findChildren<QWidget *>()) {
            const bool interactive = qobject_cast<QAbstractButton *>(control) || qobject_cast<QLineEdit *>(control)
                || qobject_cast<QComboBox *>(control);
            if (!interactive || !control->isVisible())
                continue;
            QVERIFY2(!control->accessibleName().isEmpty() || !control->property("text").toString().isEmpty(),
                     qPrintable(control->objectName()));
            QVERIFY2(control->height() >= 44, qPrintable(control->objectName()));
        }
    }

private:
    ShippedKiosk m_shipped;
    std::unique_ptr<TestCallbackQueue> m_queue;
    std::unique_ptr<KioskWindow> m_window;
    CallbackScreen *m_form = nullptr;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestCallbackScreen)

#include "tst_callbackscreen.moc"
