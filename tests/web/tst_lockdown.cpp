// Lock-down of the reader: the real KioskPage and KioskProfile against pages
// that try every way out. Hostile pages are served on the kiosk's own scheme
// (they have to be, to be loaded at all) by a test handler, without the CSP
// that the real pages carry, so their scripts run.
#include "core/content/articlelibrary.h"
#include "core/content/articleurl.h"
#include "core/settings/kiosksettings.h"
#include "web/articleview.h"
#include "web/kioskpage.h"
#include "web/kioskprofile.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>
#include <csignal>

namespace {

class HostilePages : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    QHash<QString, QByteArray> pages;  // slug -> HTML

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const ArticleUrl target = ArticleUrl::parse(job->requestUrl());
        if (!pages.contains(target.name)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(pages.value(target.name));
        job->reply("text/html", buffer);
    }
};

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=utf-8><title>start</title></head><body>" + body
           + "<p id=p>hostile page</p></body></html>";
}

QUrl url(const QString &slug)
{
    return ArticleUrl::forArticle(QStringLiteral("en"), slug);
}

} // namespace

class TestLockdown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_profile = std::make_unique<KioskProfile>(m_library, m_settings);
        m_profile->profile()->removeUrlScheme(ArticleUrl::scheme);
        m_pages = new HostilePages(m_profile.get());
        m_profile->profile()->installUrlSchemeHandler(ArticleUrl::scheme, m_pages);
        const QByteArray report = "<script>function report(t){document.title=t;}</script>";
        m_pages->pages = {
            {QStringLiteral("safe"), page("<a id=a href='carekiosk://app/en/other'>other</a>")},
            {QStringLiteral("other"), page("other")},
            {QStringLiteral("external-link"), page("<a id=a href='https://example.com/book'>book</a>")},
            {QStringLiteral("article-link"), page("<a id=a href='migraine'>migraine</a>")},
            {QStringLiteral("javascript-link"), page("<a id=a href='javascript:document.title=\"ran\"'>x</a>")},
            {QStringLiteral("file-link"), page("<a id=a href='file:///etc/passwd'>x</a>")},
            {QStringLiteral("mailto-link"), page("<a id=a href='mailto:a@example.com'>x</a>")},
            {QStringLiteral("blank-target"), page("<a id=a target=_blank href='carekiosk://app/en/other'>x</a>")},
            {QStringLiteral("location"), page("<script>setTimeout(function(){location='https://example.com/'},10)</script>")},
            {QStringLiteral("location-data"), page("<script>setTimeout(function(){location='data:text/html,<h1>x</h1>'},10)</script>")},
            {QStringLiteral("meta-refresh"), "<html><head><meta http-equiv=refresh content='0;url=https://example.com/'></head><body>x</body></html>"},
            {QStringLiteral("meta-refresh-file"), "<html><head><meta http-equiv=refresh content='0;url=file:///etc/passwd'></head><body>x</body></html>"},
            {QStringLiteral("form-post"), page("<form id=f method=post action='https://example.com/'><input name=a value=b></form>"
                                              "<script>setTimeout(function(){document.getElementById('f').submit()},10)</script>")},
            {QStringLiteral("view-source"), page("<script>setTimeout(function(){location='view-source:carekiosk://app/en/other'},10)</script>")},
            {QStringLiteral("chrome"), page("<script>setTimeout(function(){location='chrome://settings'},10)</script>")},
            {QStringLiteral("unknown-scheme"), page("<script>setTimeout(function(){location='steam://run/1'},10)</script>")},
            {QStringLiteral("window-open"), page(report + "<script>var w=window.open('carekiosk://app/en/other');report('open:'+(w===null))</script>")},
            {QStringLiteral("dialogs"), page(report + "<script>alert('a');var c=confirm('b');var p=prompt('c','d');report('dialogs:'+c+':'+p)</script>")},
            {QStringLiteral("fetch"), page(report + "<script>fetch('https://example.com/').then(function(){report('fetched')},function(){report('fetch blocked')})</script>")},
            {QStringLiteral("websocket"), page(report + "<script>var s=new WebSocket('wss://example.com/');s.onerror=function(){report('ws blocked')};s.onopen=function(){report('ws open')}</script>")},
            {QStringLiteral("image"), page(report + "<img src='https://example.com/a.png' onerror=\"report('image blocked')\" onload=\"report('image loaded')\">")},
            {QStringLiteral("file-image"), page(report + "<img src='file:///usr/share/pixmaps/debian-logo.png' onerror=\"report('file blocked')\" onload=\"report('file loaded')\">")},
            {QStringLiteral("iframe"), page(report + "<iframe id=f src='https://example.com/' onload=\"try{report('iframe:'+document.getElementById('f').contentWindow.location.href)}catch(e){report('iframe blocked')}\"></iframe>")},
            {QStringLiteral("geolocation"), page(report + "<script>navigator.geolocation.getCurrentPosition(function(){report('geo allowed')},function(){report('geo denied')})</script>")},
            {QStringLiteral("camera"), page(report + "<script>try{navigator.mediaDevices.getUserMedia({video:true}).then(function(){report('camera allowed')},function(){report('camera denied')})}catch(e){report('camera denied')}</script>")},
            {QStringLiteral("notifications"), page(report + "<script>Notification.requestPermission().then(function(p){report('notify:'+p)})</script>")},
            {QStringLiteral("fullscreen"), page(report + "<script>document.documentElement.requestFullscreen().then(function(){report('fullscreen')},function(){report('fullscreen denied')})</script>")},
            {QStringLiteral("clipboard"), page(report + "<script>try{navigator.clipboard.readText().then(function(){report('clipboard read')},function(){report('clipboard denied')})}catch(e){report('clipboard denied')}</script>")},
            {QStringLiteral("file-picker"), page(report + "<script>if(window.showOpenFilePicker){showOpenFilePicker().then(function(){report('picked')},function(){report('picker denied')})}else{report('picker denied')}</script>")},
            {QStringLiteral("print"), page(report + "<script>window.print();report('printed?')</script>")},
        };
    }

    void init()
    {
        m_view = std::make_unique<ArticleView>(*m_profile);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() { m_view.reset(); }

    void linksOutBecomeRequestsToTheApp_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("expected");  // "external", "article" or "nothing"
        QTest::newRow("https link") << "external-link" << "external";
        QTest::newRow("article link") << "article-link" << "article";
        QTest::newRow("javascript: link") << "javascript-link" << "nothing";
        QTest::newRow("file: link") << "file-link" << "nothing";
        QTest::newRow("mailto: link") << "mailto-link" << "nothing";
        QTest::newRow("target=_blank") << "blank-target" << "nothing";
    }

    void linksOutBecomeRequestsToTheApp()
    {
        QFETCH(QString, slug);
        QFETCH(QString, expected);
        QVERIFY(load(slug));
        QSignalSpy external(m_view->kioskPage(), &KioskPage::externalLinkActivated);
        QSignalSpy article(m_view->kioskPage(), &KioskPage::articleLinkActivated);
        m_view->page()->runJavaScript(QStringLiteral("document.getElementById('a').click()"));
        QTest::qWait(700);
        QCOMPARE(external.size(), expected == u"external" ? 1 : 0);
        QCOMPARE(article.size(), expected == u"article" ? 1 : 0);
        if (expected == u"external")
            QCOMPARE(external.first().first().toUrl(), QUrl(QStringLiteral("https://example.com/book")));
        if (expected == u"article")
            QCOMPARE(article.first().at(1).toString(), QStringLiteral("migraine"));
        QCOMPARE(m_view->url(), url(slug));
        QVERIFY(m_view->title() != u"ran");
    }

    void scriptedNavigationStaysHome_data()
    {
        QTest::addColumn<QString>("slug");
        for (const char *slug : {"location", "location-data", "meta-refresh", "meta-refresh-file", "form-post", "view-source",
                                 "chrome", "unknown-scheme"})
            QTest::newRow(slug) << QString::fromLatin1(slug);
    }

    void scriptedNavigationStaysHome()
    {
        QFETCH(QString, slug);
        QVERIFY(load(slug));
        QTest::qWait(800);
        QCOMPARE(m_view->url(), url(slug));
    }

    void backForwardIsRefused()
    {
        QVERIFY(load(QStringLiteral("safe")));
        QVERIFY(load(QStringLiteral("other")));
        m_view->page()->triggerAction(QWebEnginePage::Back);
        QTest::qWait(600);
        QCOMPARE(m_view->url(), url(QStringLiteral("other")));
        m_view->page()->runJavaScript(QStringLiteral("history.back()"));
        QTest::qWait(600);
        QCOMPARE(m_view->url(), url(QStringLiteral("other")));
    }

    void pagesCanNotReachOutOrAsk_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("title");
        QTest::newRow("window.open") << "window-open" << "open:true";
        QTest::newRow("alert, confirm, prompt") << "dialogs" << "dialogs:false:null";
        QTest::newRow("fetch elsewhere") << "fetch" << "fetch blocked";
        QTest::newRow("WebSocket") << "websocket" << "ws blocked";
        QTest::newRow("image elsewhere") << "image" << "image blocked";
        QTest::newRow("file: image") << "file-image" << "file blocked";
        QTest::newRow("geolocation") << "geolocation" << "geo denied";
        QTest::newRow("camera") << "camera" << "camera denied";
        QTest::newRow("notifications") << "notifications" << "notify:denied";
        QTest::newRow("full screen") << "fullscreen" << "fullscreen denied";
        QTest::newRow("clipboard") << "clipboard" << "clipboard denied";
        QTest::newRow("file picker") << "file-picker" << "picker denied";
    }

    void pagesCanNotReachOutOrAsk()
    {
        QFETCH(QString, slug);
        QFETCH(QString, title);
        QVERIFY(load(slug));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->title(), title, 5000);
        QCOMPARE(m_view->url(), url(slug));
        QCOMPARE(QApplication::topLevelWidgets().size(), 1);  // no window or dialog appeared
    }

    void printDoesNothing()
    {
        QVERIFY(load(QStringLiteral("print")));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->title(), QStringLiteral("printed?"), 5000);
        QCOMPARE(QApplication::topLevelWidgets().size(), 1);
    }

    void childFramesLoadNothingOutside()
    {
        QVERIFY(load(QStringLiteral("iframe")));
        QTest::qWait(800);
        QVERIFY2(!m_view->title().startsWith(QStringLiteral("iframe:https")), qPrintable(m_view->title()));
        QCOMPARE(m_view->url(), url(QStringLiteral("iframe")));
    }

    void noContextMenuAndNoDrops()
    {
        QCOMPARE(m_view->contextMenuPolicy(), Qt::NoContextMenu);
        QVERIFY(!m_view->acceptDrops());
        QVERIFY(!m_profile->profile()->settings()->testAttribute(QWebEngineSettings::NavigateOnDropEnabled));
        QVERIFY(!m_profile->profile()->settings()->testAttribute(QWebEngineSettings::PdfViewerEnabled));
        QVERIFY(!m_profile->profile()->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls));
        QVERIFY(m_profile->profile()->isOffTheRecord());
        QVERIFY(qEnvironmentVariableIsEmpty("QTWEBENGINE_REMOTE_DEBUGGING"));
    }

    void recoversFromAKilledRenderer()
    {
        QVERIFY(load(QStringLiteral("other")));
        const qint64 pid = m_view->page()->renderProcessPid();
        QVERIFY(pid > 0);
        QSignalSpy recovered(m_view.get(), &ArticleView::recoveredFromRendererFailure);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 10000);
        QCOMPARE(m_view->url(), url(QStringLiteral("other")));
        QVERIFY(m_view->page()->renderProcessPid() != pid);
        QCOMPARE(QApplication::topLevelWidgets().size(), 1);
    }

    void recoversFromAFrozenRenderer()
    {
        QVERIFY(load(QStringLiteral("other")));
        const qint64 pid = m_view->page()->renderProcessPid();
        QSignalSpy recovered(m_view.get(), &ArticleView::recoveredFromRendererFailure);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);  // alive but silent
        QTRY_COMPARE_WITH_TIMEOUT(recovered.size(), 1, 20000);
        QCOMPARE(m_view->url(), url(QStringLiteral("other")));
        ::kill(pid_t(pid), SIGKILL);  // in case it was not ended
    }

private:
    bool load(const QString &slug)
    {
        QSignalSpy finished(m_view.get(), &QWebEngineView::loadFinished);
        m_view->open(url(slug));
        return finished.wait(15000) && finished.first().first().toBool();
    }

    ArticleLibrary m_library = ArticleLibrary::load(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR));
    KioskSettings m_settings = KioskSettings::load(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
    std::unique_ptr<KioskProfile> m_profile;
    HostilePages *m_pages = nullptr;
    std::unique_ptr<ArticleView> m_view;
};

int main(int argc, char **argv)
{
    WebEngineSetup::beforeApplication();  // before the application, as the kiosk does
    QApplication application(argc, argv);
    TestLockdown test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lockdown.moc"
