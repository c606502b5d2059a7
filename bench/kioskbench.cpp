// Kiosk benchmark, run by hand under Xvfb (or offscreen) with software rendering:
//   carekiosk-bench-kiosk            runs everything below and prints the figures
//   carekiosk-bench-kiosk startup    one cold start to the Home screen shown (a child run)
// Cold start is compared with bin/carekiosk-bench-bareview (a bare
// QWebEngineView loading one HTML string), timed the same way, as a ratio.
// Then 2,000 article openings: tap-to-painted latency p50/p95 over the first
// 200, and the PSS of the app and all its WebEngine processes after 100 and
// after 2,000 openings.
#include "percentile.h"
#include "processtree.h"
#include "ui/home/homescreen.h"
#include "kiosk.h"
#include "ui/kioskwindow.h"
#include "web/articleview.h"
#include "ui/article/articlescreen.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QWindow>
#include <algorithm>
#include <vector>

namespace {

QTextStream out(stdout);

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

// Article loaded and one animation frame later: the page is on screen.
bool waitForArticle(ArticleView &view, const QUrl &expected)
{
    QEventLoop loop;
    bool painted = false;
    QMetaObject::Connection connection = QObject::connect(&view, &QWebEngineView::loadFinished, &loop, [&](bool ok) {
        if (!ok || view.url() != expected) {
            loop.quit();
            return;
        }
        view.page()->runJavaScript(QStringLiteral("new Promise(r => requestAnimationFrame(() => r(1)))"),
                                   QWebEngineScript::ApplicationWorld, [&](const QVariant &) {
                                       painted = true;
                                       loop.quit();
                                   });
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return painted;
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

int articleOpenings(int &argc, char **argv, int openings)
{
    QApplication application(argc, argv);
    const QTemporaryDir dataDir;
    Kiosk kiosk(contentDir(), configFile(), dataDir.path());
    KioskWindow &window = kiosk.window();
    window.resize(1280, 800);
    window.show();
    waitUntilPainted(window);
    QStringList slugs;
    for (const Article *article : kiosk.library().articles(QStringLiteral("en")))
        slugs.append(article->slug);

    ArticleView &view = *window.articleScreen()->view();
    std::vector<double> latencies;
    long pssAfter100 = 0;
    for (int opening = 1; opening <= openings; ++opening) {
        // Never the same article twice in a row, as a visitor tapping related topics.
        const QString slug = slugs.at(opening % slugs.size());
        QElapsedTimer timer;
        timer.start();
        window.go({Location::Screen::Article, slug});
        const double synchronousMs = double(timer.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("CAREKIOSK_BENCH_PHASES") && opening <= 20)
            out << "  go() " << synchronousMs << " ms\n";
        if (!waitForArticle(view, view.currentUrl()))
            qFatal("article %s was not shown", qPrintable(slug));
        if (opening <= 200)
            latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (qEnvironmentVariableIsSet("CAREKIOSK_BENCH_PHASES") && opening <= 20)
            out << "  opening " << opening << ": " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";
        if (opening == 100)
            pssAfter100 = totalPssKiB(QCoreApplication::applicationPid());
        if (opening % 500 == 0) {
            out << "  " << opening << " openings, PSS " << totalPssKiB(QCoreApplication::applicationPid()) / 1024
                << " MiB\n";
            out.flush();
        }
    }
    const long pssAfter2000 = totalPssKiB(QCoreApplication::applicationPid());
    out << QStringLiteral("article opening, tap to painted (first 200): p50 %1 ms, p95 %2 ms, max %3 ms\n")
               .arg(percentile(latencies, 0.5), 0, 'f', 1)
               .arg(percentile(latencies, 0.95), 0, 'f', 1)
               .arg(percentile(latencies, 1.0), 0, 'f', 1);
    out << QStringLiteral("PSS of the app and its WebEngine processes: %1 MiB after 100 openings, %2 MiB after "
                          "%3; growth %4 %\n")
               .arg(double(pssAfter100) / 1024, 0, 'f', 1)
               .arg(double(pssAfter2000) / 1024, 0, 'f', 1)
               .arg(openings)
               .arg(100.0 * double(pssAfter2000 - pssAfter100) / double(pssAfter100), 0, 'f', 1);
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
    if (mode == "articles")
        return articleOpenings(argc, argv, argc > 2 ? QByteArray(argv[2]).toInt() : 2000);

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
    QProcess articles;
    articles.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    articles.start(self, {QStringLiteral("articles")});
    articles.waitForFinished(-1);
    out << articles.readAllStandardOutput();
    return articles.exitCode();
}
