// Read aloud on request on the native screens where a visitor must act: the
// call-back form's instructions and consent text, and "Still there?", in the
// visitor's language, through a real speech-dispatcher of the test's own.
#include "../core/support/speechdispatcher.h"
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "ui/attract/attractscreen.h"
#include "core/speech/readaloud.h"
#include "ui/callback/callbackscreen.h"
#include "ui/idlewatcher.h"
#include "ui/overlays/overlay.h"
#include "ui/readaloudbutton.h"

#include <QLabel>
#include <QSignalSpy>

class ScreenReadAloudTest : public QObject
{
    Q_OBJECT

private:
    ShippedKiosk m_shipped;

    static QStringList spoken(const SpeechDispatcher &speechd, const QString &voice)
    {
        QStringList texts;
        for (const QString &line : speechd.said()) {
            if (!line.startsWith(voice + u'|'))
                return {QStringLiteral("in another voice: ") + line};
            texts << line.section(u'|', 2);
        }
        return texts;
    }

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void formInstructionsAndConsent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("voice");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en|english-voice");
        QTest::newRow("Spanish") << QStringLiteral("es") << QStringLiteral("es|spanish-voice");
    }

    void formInstructionsAndConsent()
    {
        QFETCH(QString, language);
        QFETCH(QString, voice);
        SpeechDispatcher speechd;
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = m_shipped.showWindow(queue.intake, QSize(1920, 1080));
        tap(window->attractScreen());
        window->setLanguage(language);
        window->go({Location::Screen::Callback, {}});
        auto *button = window->callbackScreen()->findChild<ReadAloudButton *>(QStringLiteral("readFormAloud"));
        QVERIFY(button);
        QSignalSpy finished(button->readAloud(), &ReadAloud::finished);
        tap(button);
        QTRY_VERIFY2_WITH_TIMEOUT(finished.size() == 1, qPrintable(speechd.said().join(u'\n') + QStringLiteral(" / state ") + QString::number(int(button->readAloud()->state()))), 30000);
        const QString consent = window->callbackScreen()->findChild<QLabel *>(QStringLiteral("consentText"))->text();
        const QStringList said = spoken(speechd, voice);
        QVERIFY2(said.size() >= 3, qPrintable(said.join(u'\n')));
        // The last sentence read is the consent's last.
        QVERIFY2(consent.simplified().endsWith(said.constLast()), qPrintable(said.constLast()));
        qInfo("form read in %lld sentences, ending: %s", qlonglong(said.size()), qPrintable(said.constLast()));
    }

    void stillTherePrompt()
    {
        SpeechDispatcher speechd;
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = m_shipped.showWindow(queue.intake, QSize(1920, 1080));
        tap(window->attractScreen());
        window->idleWatcher()->setTimeout(200);
        Overlay *prompt = window->stillThereOverlay();
        QTRY_VERIFY_WITH_TIMEOUT(prompt->isVisible(), 3000);
        window->idleWatcher()->setTimeout(60000);
        auto *button = prompt->findChild<ReadAloudButton *>(QStringLiteral("readPromptAloud"));
        QVERIFY(button);
        QSignalSpy finished(button->readAloud(), &ReadAloud::finished);
        tap(button);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(prompt->isVisible());  // reading it is no answer to it
        const QStringList said = spoken(speechd, QStringLiteral("en|english-voice"));
        QVERIFY2(said.size() >= 3, qPrintable(said.join(u'\n')));
        QCOMPARE(said.first(), QStringLiteral("Still there?"));
        QCOMPARE(said.constLast(), QStringLiteral("Otherwise we will start over for the next person, and what you "
                                                 "looked at will be cleared."));
        tap(prompt->button());
        QVERIFY(!prompt->isVisible());
    }
};

CAREKIOSK_WEBENGINE_TEST_MAIN(ScreenReadAloudTest)
#include "tst_screenreadaloud.moc"
