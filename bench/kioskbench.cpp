// Kiosk benchmark, run by hand under Xvfb (or offscreen) with software rendering:
//   carekiosk-bench-kiosk            runs everything below and prints the figures
//   carekiosk-bench-kiosk startup    one cold start to the Home screen shown (a child run)
// Cold start is compared with bin/carekiosk-bench-bareview (a bare
// QWebEngineView loading one HTML string), timed the same way, as a ratio.
// Then the floor for an article opening: 200 openings of the same pages,
// prepared beforehand, in a bare QWebEngineView (carekiosk-bench-kiosk
// bare-articles). Then 2,000 article openings in the kiosk (… articles [N]):
// tap-to-painted latency p50/p95 over the first 200, and the PSS of the app
// and all its WebEngine processes after 100 and after 2,000 openings.
#include "percentile.h"
#include "pagepaint.h"
#include "processtree.h"
#include "ui/home/homescreen.h"
#include "kiosk.h"
#include "ui/kioskwindow.h"
#include "web/articleview.h"
#include "ui/article/articlescreen.h"
#include "web/webenginesetup.h"
#include "core/content/articlelibrary.h"
#include "core/content/articlepage.h"
#include "core/content/articleurl.h"
#include "core/settings/kiosksettings.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>
#include <QWebEngineView>
#include <QWindow>
#include <algorithm>
#include <functional>
#include <vector>

namespace {

QTextStream out(stdout);
constexpr int pageTimeoutMs = 30000;

// With CAREKIOSK_BENCH_PHASES set, the web layer's debug lines and the view's
// load signals are printed with the time since the current opening started.
QElapsedTimer sinceOpening;
bool tracingThisOpening = false;

void printPhase(const QString &what)
{
    if (tracingThisOpening)
        out << QStringLiteral("    %1 ms: %2\n").arg(double(sinceOpening.nsecsElapsed()) / 1e6, 6, 'f', 1).arg(what);
}

void tracePhases(QWebEngineView &view)
{
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.web.debug=true"));
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtDebugMsg)
            printPhase(message);
        else
            fprintf(stderr, "%s\n", qPrintable(message));
    });
    QObject::connect(&view, &QWebEngineView::loadStarted, [] { printPhase(QStringLiteral("load started")); });
    QObject::connect(&view, &QWebEngineView::loadFinished, [] { printPhase(QStringLiteral("load finished")); });
}

// Waits until the window system has shown the window and a frame has been drawn.
void waitUntilPainted(QWidget &widget)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (widget.windowHandle() && widget.windowHandle()->isExposed())
            loop.quit();
    });
    poll.start(1);
    loop.exec();
    widget.repaint();
}

QString contentDir()
{
    return QStringLiteral(CAREKIOSK_SOURCE_DIR "/content");
}

QString configFile()
{
    return QStringLiteral(CAREKIOSK_SOURCE_DIR "/packaging/carekiosk.conf");
}

int startup(QElapsedTimer &sinceStart, int &argc, char **argv)
{
    QApplication application(argc, argv);
    const QTemporaryDir dataDir;
    Kiosk kiosk(contentDir(), configFile(), dataDir.path());
    KioskWindow &window = kiosk.window();
    window.resize(1280, 800);
    window.go({Location::Screen::Home, {}});
    window.show();
    waitUntilPainted(window);
    out << "shown after " << sinceStart.elapsed() << " ms\n";
    return 0;
}

// Median of `runs` child runs of `program` printing "shown after N ms".
double medianStartMs(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(program, arguments);
        if (!child.waitForFinished(120000))
            qFatal("%s did not finish", qPrintable(program));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const qsizetype at = output.indexOf(QStringLiteral("shown after "));
        if (at < 0)
            qFatal("%s printed no time: %s", qPrintable(program), qPrintable(output));
        times.push_back(output.mid(at + 12).section(u' ', 0, 0).toDouble());
    }
    return percentile(times, 0.5);
}

// Opens `openings` articles one after the other, never the same one twice in
// a row, as a visitor tapping related topics does; `open` starts one and
// returns the URL that will be shown. The tap-to-painted times of the first
// 200, and `afterEach` called after every opening.
std::vector<double> timeOpenings(QWebEngineView &view, const QStringList &slugs, int openings,
                                 const std::function<QUrl(const QString &)> &open,
                                 const std::function<bool(const QUrl &)> &waitUntilPainted,
                                 const std::function<void(int)> &afterEach = {})
{
    const bool printPhases = qEnvironmentVariableIsSet("CAREKIOSK_BENCH_PHASES");
    if (printPhases)
        tracePhases(view);
    std::vector<double> latencies;
    for (int opening = 1; opening <= openings; ++opening) {
        const QString slug = slugs.at(opening % slugs.size());
        QElapsedTimer &timer = sinceOpening;
        tracingThisOpening = printPhases && opening <= 20;
        timer.start();
        const QUrl url = open(slug);
        const double synchronousMs = double(timer.nsecsElapsed()) / 1e6;
        if (!waitUntilPainted(url))
            qFatal("article %s was not shown", qPrintable(slug));
        const double totalMs = double(timer.nsecsElapsed()) / 1e6;
        if (opening <= 200)
            latencies.push_back(totalMs);
        if (printPhases && opening <= 20)
            out << "  opening " << opening << ": open() " << synchronousMs << " ms, painted " << totalMs << " ms\n";
        if (afterEach)
            afterEach(opening);
    }
    return latencies;
}

void printLatencies(const QString &what, const std::vector<double> &latencies)
{
    out << QStringLiteral("%1, tap to painted (first %2): p50 %3 ms, p95 %4 ms, max %5 ms\n")
               .arg(what)
               .arg(latencies.size())
               .arg(percentile(latencies, 0.5), 0, 'f', 1)
               .arg(percentile(latencies, 0.95), 0, 'f', 1)
               .arg(percentile(latencies, 1.0), 0, 'f', 1);
    out.flush();
}

QStringList englishSlugs(const ArticleLibrary &library)
{
    QStringList slugs;
    for (const Article *article : library.articles(QStringLiteral("en")))
        slugs.append(article->slug);
    return slugs;
}

int articleOpenings(int &argc, char **argv, int openings)
{
    QApplication application(argc, argv);
    const QTemporaryDir dataDir;
    Kiosk kiosk(contentDir(), configFile(), dataDir.path());
    KioskWindow &window = kiosk.window();
    window.resize(1280, 800);
    window.show();
    waitUntilPainted(window);

    ArticleView &view = *window.articleScreen()->view();
    long pssAfter100 = 0;
    const std::vector<double> latencies = timeOpenings(
        view, englishSlugs(kiosk.library()), openings,
        [&](const QString &slug) {
            window.go({Location::Screen::Article, slug});
            return view.currentUrl();
        },
        [&](const QUrl &url) { return waitForPaintedArticle(view, url, pageTimeoutMs); },
        [&](int opening) {
            if (opening == 100)
                pssAfter100 = totalPssKiB(QCoreApplication::applicationPid());
            if (opening % 500 == 0) {
                out << "  " << opening << " openings, PSS "
                    << totalPssKiB(QCoreApplication::applicationPid()) / 1024 << " MiB\n";
                out.flush();
            }
        });
    const long pssAfterAll = totalPssKiB(QCoreApplication::applicationPid());
    printLatencies(QStringLiteral("article opening in the kiosk"), latencies);
    out << QStringLiteral("PSS of the app and its WebEngine processes: %1 MiB after 100 openings, %2 MiB after "
                          "%3; growth %4 %\n")
               .arg(double(pssAfter100) / 1024, 0, 'f', 1)
               .arg(double(pssAfterAll) / 1024, 0, 'f', 1)
               .arg(openings)
               .arg(100.0 * double(pssAfter100 ? pssAfterAll - pssAfter100 : 0) / double(std::max(pssAfter100, 1L)), 0, 'f', 1);
    return 0;
}

// The floor: the same pages, rendered beforehand and served from memory to a
// bare QWebEngineView of the reader's size, with no checks, no lock-down and
// no screen around it.
class PreparedPages : public QWebEngineUrlSchemeHandler
{
public:
    PreparedPages(const ArticleLibrary &library, const KioskSettings &settings)
    {
        QFile templateFile(QStringLiteral(":/web/article.html"));
        QFile stylesheet(QStringLiteral(":/web/article.css"));
        if (!templateFile.open(QIODevice::ReadOnly) || !stylesheet.open(QIODevice::ReadOnly))
            qFatal("the article template is missing");
        const QString templateHtml = QString::fromUtf8(templateFile.readAll());
        m_pages.insert(QStringLiteral("/article.css"), {"text/css", stylesheet.readAll()});
        for (const Article *article : library.articles(QStringLiteral("en"))) {
            m_pages.insert(ArticleUrl::forArticle(article->language, article->slug, false).path(),
                           {"text/html;charset=utf-8",
                            ArticlePage::render(*article, templateHtml, false, {settings.offices(), settings.bookingUrl()})
                                .toUtf8()});
        }
    }

    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        const auto page = m_pages.constFind(job->requestUrl().path());
        if (page == m_pages.cend()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        auto *buffer = new QBuffer(job);
        buffer->setData(page->second);
        job->reply(page->first, buffer);
    }

private:
    QHash<QString, std::pair<QByteArray, QByteArray>> m_pages;
};

int bareArticleOpenings(int &argc, char **argv, int openings)
{
    QApplication application(argc, argv);
    const ArticleLibrary library = ArticleLibrary::load(contentDir());
    const KioskSettings settings = KioskSettings::load(configFile());
    QWebEngineProfile profile;
    PreparedPages pages(library, settings);
    profile.installUrlSchemeHandler(ArticleUrl::scheme, &pages);
    QWebEngineView view;
    QWebEnginePage page(&profile);
    view.setPage(&page);
    // The reader's share of the kiosk's 1280 x 800 window.
    view.resize(832, 720);
    view.show();
    waitUntilPainted(view);
    const std::vector<double> latencies =
        timeOpenings(
            view, englishSlugs(library), openings,
            [&](const QString &slug) {
                const QUrl url = ArticleUrl::forArticle(QStringLiteral("en"), slug, false);
                view.load(url);
                return url;
            },
            [&](const QUrl &url) { return waitForPaintedLoad(view, url, pageTimeoutMs); });
    printLatencies(QStringLiteral("article opening in a bare QWebEngineView"), latencies);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    WebEngineSetup::beforeApplication();
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (mode == "startup")
        return startup(sinceStart, argc, argv);
    const int openings = argc > 2 ? QByteArray(argv[2]).toInt() : 2000;
    if (mode == "articles")
        return articleOpenings(argc, argv, openings);
    if (mode == "bare-articles")
        return bareArticleOpenings(argc, argv, std::min(openings, 200));

    QCoreApplication application(argc, argv);
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("carekiosk-bench-bareview"));
    constexpr int runs = 5;
    out << "cold start, median of " << runs << " runs each (software rendering)…\n";
    out.flush();
    const double kioskMs = medianStartMs(self, {QStringLiteral("startup")}, runs);
    const double bareMs = medianStartMs(bare, {}, runs);
    out << QStringLiteral("cold start to Home shown: kiosk %1 ms, bare QWebEngineView %2 ms, ratio %3\n")
               .arg(kioskMs, 0, 'f', 0)
               .arg(bareMs, 0, 'f', 0)
               .arg(kioskMs / bareMs, 0, 'f', 2);
    out.flush();
    // Each in a process of its own, one after the other, so that neither's
    // renderer runs while the other is timed.
    for (const QString &articleMode : {QStringLiteral("bare-articles"), QStringLiteral("articles")}) {
        QProcess articles;
        articles.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        articles.start(self, {articleMode});
        articles.waitForFinished(-1);
        out << articles.readAllStandardOutput();
        out.flush();
        if (articles.exitCode() != 0)
            return articles.exitCode();
    }
    return 0;
}
