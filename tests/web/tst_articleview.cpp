// The reader opening one article after another: the first is loaded, the next
// ones are put in place in the page already shown (resources/web/showinplace.js).
// What a visitor would notice is checked in the real page: the new title,
// text, language and theme, links that lead where the article says, the top
// of the article in view; and a real load whenever putting in place can't do.
#include "core/content/articleurl.h"
#include "support/shippedkiosk.h"
#include "web/articleview.h"
#include "web/kioskpage.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebEngineScript>
#include <csignal>
#include <memory>
#include <optional>

class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void init()
    {
        m_view = std::make_unique<ArticleView>(*m_shipped.profile);
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void theNextArticleIsPutInPlaceWithoutALoad()
    {
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("hand-pain-typing")));
        QSignalSpy loads(m_view.get(), &QWebEngineView::loadStarted);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("carpal-tunnel-syndrome")));
        QCOMPARE(loads.size(), 0);
        const Article *carpal = m_library.article(QStringLiteral("en"), QStringLiteral("carpal-tunnel-syndrome"));
        QCOMPARE(m_view->title(), carpal->title);
        QCOMPARE(evaluate(QStringLiteral("document.querySelector('h1').textContent")).toString(), carpal->title);
        QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('body > main').length")).toInt(), 1);
        QCOMPARE(m_view->currentUrl(), ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("carpal-tunnel-syndrome")));
        // Everything of the previous article is gone from the page.
        const Article *hand = m_library.article(QStringLiteral("en"), QStringLiteral("hand-pain-typing"));
        QVERIFY(!evaluate(QStringLiteral("document.body.innerText")).toString().contains(hand->summary));
    }

    void linksLeadWhereTheArticleSaysInItsOwnLanguage()
    {
        // An English page first: the Spanish article's relative links must
        // still lead to Spanish articles, as they would after a load.
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("migraine")));
        QVERIFY(open(QStringLiteral("es"), QStringLiteral("carpal-tunnel-syndrome")));
        QCOMPARE(evaluate(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("es"));
        const QString links = evaluate(QStringLiteral(
            "Array.from(document.querySelectorAll('main a[href]')).map(a => a.getAttribute('href')).join(' ')")).toString();
        QVERIFY2(links.contains(QStringLiteral("carekiosk://app/es/hand-pain-typing")), qPrintable(links));
        QVERIFY2(!links.contains(QStringLiteral("/en/")), qPrintable(links));

        QSignalSpy chosen(m_view->kioskPage(), &KioskPage::articleLinkActivated);
        evaluate(QStringLiteral("document.querySelector('main a[href$=\"hand-pain-typing\"]').click(); 1"));
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 1, 5000);
        QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("es"));
        QCOMPARE(chosen.first().at(1).toString(), QStringLiteral("hand-pain-typing"));
    }

    void theThemeChangesAndTheTopIsInView()
    {
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("sciatica")));
        evaluate(QStringLiteral("window.scrollTo(0, document.body.scrollHeight); 1"));
        QTRY_VERIFY(evaluate(QStringLiteral("window.scrollY")).toInt() > 0);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("low-back-pain"), true));
        QCOMPARE(evaluate(QStringLiteral("document.documentElement.className")).toString(), QStringLiteral("high-contrast"));
        QCOMPARE(evaluate(QStringLiteral("window.scrollY")).toInt(), 0);
    }

    void aPageThatIsNotAnArticleIsLoadedNotReplaced()
    {
        // No article yet (nothing shown), then one that does not exist: both loaded.
        QSignalSpy loads(m_view.get(), &QWebEngineView::loadStarted);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("sciatica")));
        QCOMPARE(loads.size(), 1);
        QSignalSpy shown(m_view.get(), &ArticleView::pageShown);
        m_view->open(ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("no-such-article")));
        QVERIFY(shown.wait(15000));
        QCOMPARE(shown.first().first().toBool(), false);
        // After a failed page the next article is loaded again, not put in place.
        loads.clear();
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("migraine")));
        QCOMPARE(loads.size(), 1);
        QCOMPARE(m_view->title(), m_library.article(QStringLiteral("en"), QStringLiteral("migraine"))->title);
    }

    void afterARendererCrashTheNextArticleIsLoaded()
    {
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("sciatica")));
        QSignalSpy recovered(m_view.get(), &ArticleView::recoveredFromRendererFailure);
        QCOMPARE(::kill(pid_t(m_view->page()->renderProcessPid()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 15000);
        QSignalSpy loads(m_view.get(), &QWebEngineView::loadStarted);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("migraine")));
        QCOMPARE(m_view->title(), m_library.article(QStringLiteral("en"), QStringLiteral("migraine"))->title);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("naloxone")));
        QCOMPARE(m_view->title(), m_library.article(QStringLiteral("en"), QStringLiteral("naloxone"))->title);
    }

    void aFreshLoadNowAndThenLetsTheRendererFreeTheOldPages()
    {
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("sciatica")));
        QSignalSpy loads(m_view.get(), &QWebEngineView::loadStarted);
        const QStringList slugs = {QStringLiteral("migraine"), QStringLiteral("naloxone")};
        for (int opening = 0; opening < ArticleView::loadAfterPutInPlace; ++opening)
            QVERIFY(open(QStringLiteral("en"), slugs.at(opening % 2)));
        QCOMPARE(loads.size(), 0);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("hip-pain")));
        QCOMPARE(loads.size(), 1);
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("migraine")));
        QCOMPARE(loads.size(), 1);
    }

    void onlyTheLastOfQuickTapsIsShown()
    {
        QVERIFY(open(QStringLiteral("en"), QStringLiteral("sciatica")));
        QSignalSpy shown(m_view.get(), &ArticleView::pageShown);
        for (const char *slug : {"migraine", "naloxone", "hip-pain"})
            m_view->open(ArticleUrl::forArticle(QStringLiteral("en"), QString::fromLatin1(slug)));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        QTest::qWait(300);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(m_view->title(), m_library.article(QStringLiteral("en"), QStringLiteral("hip-pain"))->title);
    }

private:
    // Opens an article and waits until the view says it is shown.
    bool open(const QString &language, const QString &slug, bool highContrast = false)
    {
        QSignalSpy shown(m_view.get(), &ArticleView::pageShown);
        m_view->open(ArticleUrl::forArticle(language, slug, highContrast));
        return shown.wait(15000) && shown.first().first().toBool();
    }

    QVariant evaluate(const QString &script)
    {
        std::optional<QVariant> answer;
        m_view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                      [&answer](const QVariant &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            return QStringLiteral("<no answer>");
        return *answer;
    }

    ShippedKiosk m_shipped;
    const ArticleLibrary &m_library = m_shipped.library;
    std::unique_ptr<ArticleView> m_view;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestArticleView)

#include "tst_articleview.moc"
