// Read aloud on the article screen of the real window, with the real reader
// and a real speech-dispatcher of the test's own: the article's sentences in
// order from its title, the sentence being read marked in the page, Stop,
// a Spanish article in a Spanish voice, and "no sound" told to the visitor.
#include "../core/support/speechdispatcher.h"
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "core/speech/readaloud.h"
#include "ui/article/articlescreen.h"
#include "web/articleview.h"
#include "web/pagereading.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>

#include <memory>
#include <optional>

class ArticleReadAloudTest : public QObject
{
    Q_OBJECT

private:
    ShippedKiosk m_shipped;

    std::unique_ptr<KioskWindow> openArticle(CallbackIntake &intake, const QString &language, const QString &slug)
    {
        auto window = m_shipped.showWindow(intake, QSize(1920, 1080));
        window->setLanguage(language);
        window->go({Location::Screen::Article, slug});
        QSignalSpy loaded(window->articleScreen()->view(), &QWebEngineView::loadFinished);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000); }();
        return window;
    }

    // The text now marked in the page, as the page says.
    static QString marked(ArticleScreen *screen)
    {
        auto answer = std::make_shared<std::optional<QString>>();
        screen->pageReading()->markedText([answer](const QString &result) { *answer = result; });
        if (!QTest::qWaitFor([&] { return answer->has_value(); }, 5000))
            return QStringLiteral("<no answer>");
        return **answer;
    }

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void readsTheArticleFromItsTitleInOrder()
    {
        SpeechDispatcher speechd;
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = openArticle(queue.intake, QStringLiteral("en"), QStringLiteral("running-knee-pain"));
        ArticleScreen *screen = window->articleScreen();
        QSignalSpy finished(screen->readAloud(), &ReadAloud::finished);
        QCOMPARE(screen->readButton()->text(), QStringLiteral("Read aloud"));
        tap(screen->readButton());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        const Article *article = m_shipped.library.article(QStringLiteral("en"), QStringLiteral("running-knee-pain"));
        const QList<Sentence> sentences = screen->readAloud()->sentences();
        QStringList said;
        for (const QString &line : speechd.said()) {
            QVERIFY2(line.startsWith(QStringLiteral("en|english-voice|")), qPrintable(line));
            said << line.section(u'|', 2);
        }
        QVERIFY2(said.size() > 10, qPrintable(said.join(u'\n')));
        QCOMPARE(said.first(), article->title);
        QVERIFY2(article->summary.simplified().startsWith(said.at(1)), qPrintable(said.at(1)));
        QVERIFY(said.contains(QStringLiteral("Get help right away")));
        for (int i = 0; i < std::min(said.size(), sentences.size()); ++i)
            QCOMPARE(said.at(i), sentences.at(i).text);
        QCOMPARE(said.size(), sentences.size());
        qInfo("spoke %lld sentences; the first three: %s", qlonglong(said.size()),
              qPrintable(said.mid(0, 3).join(QStringLiteral(" / "))));
        QCOMPARE(screen->readButton()->text(), QStringLiteral("Read aloud"));
        QCOMPARE(marked(screen), QString());
    }

    // A voice that never finishes holds the first sentence: it is marked in
    // the page; Stop ends the reading and the mark; then, left to itself, the
    // reading gives up and the screen says there is no sound.
    void marksTheSentenceStopsAndTellsWhenThereIsNoSound()
    {
        SpeechDispatcher speechd(SpeechDispatcher::Voice::NeverFinishes);
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = openArticle(queue.intake, QStringLiteral("en"), QStringLiteral("running-knee-pain"));
        ArticleScreen *screen = window->articleScreen();
        const Article *article = m_shipped.library.article(QStringLiteral("en"), QStringLiteral("running-knee-pain"));

        tap(screen->readButton());
        QTRY_COMPARE(screen->readAloud()->state(), ReadAloud::State::Reading);
        QTRY_COMPARE_WITH_TIMEOUT(marked(screen), article->title, 3000);
        QCOMPARE(screen->readButton()->text(), QStringLiteral("Pause"));
        QVERIFY(screen->stopReadingButton()->isEnabled());
        tap(screen->stopReadingButton());
        QCOMPARE(screen->readAloud()->state(), ReadAloud::State::Idle);
        QTRY_COMPARE(marked(screen), QString());
        QVERIFY(!screen->stopReadingButton()->isEnabled());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sound is not available")));
        QElapsedTimer clock;
        clock.start();
        tap(screen->readButton());
        QTRY_VERIFY_WITH_TIMEOUT(screen->soundNotice()->isVisible(), 20000);
        qInfo("the screen said there is no sound %lld ms after Read aloud", clock.elapsed());
        QVERIFY(screen->soundNotice()->text().startsWith(QStringLiteral("Sound is not available on this kiosk")));
        QCOMPARE(screen->readAloud()->state(), ReadAloud::State::NoSound);
        QCOMPARE(screen->readButton()->text(), QStringLiteral("Read aloud"));
        QTRY_COMPARE(marked(screen), QString());
    }

    void spanishArticleInASpanishVoice()
    {
        SpeechDispatcher speechd;
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = openArticle(queue.intake, QStringLiteral("es"), QStringLiteral("running-knee-pain"));
        ArticleScreen *screen = window->articleScreen();
        QSignalSpy finished(screen->readAloud(), &ReadAloud::finished);
        tap(screen->readButton());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const Article *article = m_shipped.library.article(QStringLiteral("es"), QStringLiteral("running-knee-pain"));
        QVERIFY(article);
        const QStringList said = speechd.said();
        QVERIFY(said.size() > 10);
        QCOMPARE(said.first(), QStringLiteral("es|spanish-voice|") + article->title);
        for (const QString &line : said)
            QVERIFY2(line.startsWith(QStringLiteral("es|spanish-voice|")), qPrintable(line));
    }

    // Leaving the article, switching language and the end of the visit each stop it.
    void leavingSwitchingLanguageAndTheWipeStopIt()
    {
        SpeechDispatcher speechd(SpeechDispatcher::Voice::NeverFinishes);
        QVERIFY2(speechd.waitUntilListening(), qPrintable(speechd.output()));
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = openArticle(queue.intake, QStringLiteral("en"), QStringLiteral("running-knee-pain"));
        ArticleScreen *screen = window->articleScreen();
        ReadAloud *reader = screen->readAloud();

        tap(screen->readButton());
        QTRY_COMPARE(reader->state(), ReadAloud::State::Reading);
        window->go({Location::Screen::Home, {}});
        QCOMPARE(reader->state(), ReadAloud::State::Idle);

        window->go({Location::Screen::Article, QStringLiteral("running-knee-pain")});
        tap(screen->readButton());
        QTRY_COMPARE(reader->state(), ReadAloud::State::Reading);
        window->setLanguage(QStringLiteral("es"));
        QCOMPARE(reader->state(), ReadAloud::State::Idle);

        // Touched while the Spanish page is still coming: that page is read, once there.
        tap(screen->readButton());
        QTRY_COMPARE_WITH_TIMEOUT(reader->state(), ReadAloud::State::Reading, 20000);
        QCOMPARE(reader->voiceLocale().language(), QLocale::Spanish);
        QCOMPARE(reader->sentences().value(0).text,
                 m_shipped.library.article(QStringLiteral("es"), QStringLiteral("running-knee-pain"))->title);
        tap(screen->slowerButton());
        QCOMPARE(reader->speed(), ReadAloud::Speed::Slower);
        window->resetForNextVisitor();
        QCOMPARE(reader->state(), ReadAloud::State::Idle);
        QCOMPARE(reader->speed(), ReadAloud::Speed::Normal);
    }
};

CAREKIOSK_WEBENGINE_TEST_MAIN(ArticleReadAloudTest)
#include "tst_articlereadaloud.moc"
