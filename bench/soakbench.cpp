// Soak benchmark, run by hand under Xvfb with software rendering:
//   carekiosk-bench-soak [STEPS]     (default 20,000)
// The real kiosk window for STEPS article openings with, spread evenly among
// them, a search every 10 steps, a call-back request saved every 40, an idle
// wipe every 100 and a SIGKILLed renderer every 1,000 (at least 61 s apart,
// or the kiosk would give the renderer up as failing). Twenty times in the
// run it prints the private memory (USS) of the app and of its WebEngine
// processes (and the Private_Dirty part of it), their open descriptors and
// threads; at the end the memory's growth from the tenth of the run on, and
// what was done. Exit code 1 when the kiosk failed an action (it stops there).
#include "pagepaint.h"
#include "processtree.h"
#include "simulatedvisitor.h"
#include "treesample.h"
#include "kiosk.h"
#include "ui/article/articlescreen.h"
#include "ui/kioskwindow.h"
#include "web/articleview.h"
#include "web/webenginesetup.h"
#include "core/service/restartbackoff.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <vector>

namespace {

QTextStream out(stdout);

constexpr int defaultSteps = 20000;
constexpr int searchEvery = 10;
constexpr int callbackEvery = 40;
constexpr int wipeEvery = 100;
constexpr int rendererKillEvery = 1000;
constexpr int samplesPerRun = 20;
constexpr int recoveryTimeoutMs = 60000;
constexpr long maximumGrowthPercent = 5;

// Words that each find some of the shipped articles.
const QStringList searchWords{
    QStringLiteral("knee"),     QStringLiteral("back pain"), QStringLiteral("migraine"), QStringLiteral("botox"),
    QStringLiteral("shoulder"), QStringLiteral("therapy"),   QStringLiteral("elbow"),    QStringLiteral("hip"),
};

struct Counts
{
    int openings = 0;
    int searches = 0;
    int callbacks = 0;
    int wipes = 0;
    int rendererKills = 0;
};

QString mib(long kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1);
}

void printHeader()
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("step"), 6)
               .arg(QStringLiteral("app MiB"), 8)
               .arg(QStringLiteral("web MiB"), 8)
               .arg(QStringLiteral("total MiB"), 10)
               .arg(QStringLiteral("dirty MiB"), 10)
               .arg(QStringLiteral("fds app/all"), 12)
               .arg(QStringLiteral("threads app/all"), 16)
               .arg(QStringLiteral("procs"), 6)
               .arg(QStringLiteral("elapsed s"), 10);
}

void printSample(int step, const TreeSample &sample, qint64 elapsedMs)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(step, 6)
               .arg(mib(sample.appUssKiB), 8)
               .arg(mib(sample.webEngineUssKiB), 8)
               .arg(mib(sample.totalUssKiB()), 10)
               .arg(mib(sample.allPrivateDirtyKiB), 10)
               .arg(QStringLiteral("%1/%2").arg(sample.appFds).arg(sample.allFds), 12)
               .arg(QStringLiteral("%1/%2").arg(sample.appThreads).arg(sample.allThreads), 16)
               .arg(sample.processes, 6)
               .arg(elapsedMs / 1000, 10);
    out.flush();
}

template <typename Figure>
QString range(const std::vector<TreeSample> &series, Figure figure)
{
    const auto [least, most] = std::minmax_element(series.cbegin(), series.cend(), [&](const auto &a, const auto &b) {
        return figure(a) < figure(b);
    });
    return QStringLiteral("%1–%2").arg(figure(*least)).arg(figure(*most));
}

// The series from the baseline sample on: growth of the memory, and whether
// descriptors and threads stayed where they were.
void printSummary(const std::vector<TreeSample> &series, int baselineStep, int lastStep)
{
    if (series.empty())
        return;
    const TreeSample &first = series.front();
    const TreeSample &last = series.back();
    const auto growth = [](long from, long to) {
        return QString::number(100.0 * double(to - from) / double(from), 'f', 1);
    };
    out << QStringLiteral("USS growth from step %1 to step %2: total %3 % (%4 → %5 MiB), app %6 %, WebEngine %7 %\n")
               .arg(baselineStep)
               .arg(lastStep)
               .arg(growth(first.totalUssKiB(), last.totalUssKiB()))
               .arg(mib(first.totalUssKiB()), mib(last.totalUssKiB()))
               .arg(growth(first.appUssKiB, last.appUssKiB))
               .arg(growth(first.webEngineUssKiB, last.webEngineUssKiB));
    out << QStringLiteral("Private_Dirty growth, all processes: %1 % (%2 → %3 MiB)\n")
               .arg(growth(first.allPrivateDirtyKiB, last.allPrivateDirtyKiB))
               .arg(mib(first.allPrivateDirtyKiB), mib(last.allPrivateDirtyKiB));
    const bool withinTarget =
        100 * (last.totalUssKiB() - first.totalUssKiB()) <= maximumGrowthPercent * first.totalUssKiB();
    out << QStringLiteral("target: growth ≤ %1 %: %2\n")
               .arg(maximumGrowthPercent)
               .arg(withinTarget ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << QStringLiteral("from step %1, min–max: fds app %2, all %3; threads app %4, all %5; processes %6\n")
               .arg(baselineStep)
               .arg(range(series, [](const TreeSample &s) { return s.appFds; }))
               .arg(range(series, [](const TreeSample &s) { return s.allFds; }))
               .arg(range(series, [](const TreeSample &s) { return s.appThreads; }))
               .arg(range(series, [](const TreeSample &s) { return s.allThreads; }))
               .arg(range(series, [](const TreeSample &s) { return s.processes; }));
}

// The reader's renderer SIGKILLed under the article on screen: the kiosk
// starts a new one by itself and the article is painted again. Renderers are
// forked from a WebEngine zygote and keep its command line (--type=zygote),
// so the page names its renderer; it must be one of the app's processes.
bool killRendererAndRecover(ArticleView &view, QElapsedTimer &sinceLastKill)
{
    // The kiosk counts renderer failures closer together than this as one
    // renderer failing over and over, and (rightly) gives up after ten.
    const qint64 apart = RestartBackoff::Limits{}.healthyAfterMs + 1000;
    if (sinceLastKill.isValid() && sinceLastKill.elapsed() < apart)
        QTest::qWait(int(apart - sinceLastKill.elapsed()));
    sinceLastKill.start();
    const qint64 renderer = view.page()->renderProcessPid();
    if (renderer <= 0 || !processTree(QCoreApplication::applicationPid()).contains(renderer))
        return false;
    QSignalSpy recovered(&view, &ArticleView::recoveredFromRendererFailure);
    ::kill(pid_t(renderer), SIGKILL);
    return recovered.wait(recoveryTimeoutMs) && waitForNextFrame(*view.page(), recoveryTimeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    WebEngineSetup::beforeApplication();
    QApplication application(argc, argv);
    const int steps = argc > 1 ? std::max(samplesPerRun, QByteArray(argv[1]).toInt()) : defaultSteps;
    const int sampleEvery = steps / samplesPerRun;
    // The first tenth warms up (caches, the first renderer's heap): growth is measured after it.
    const int baselineStep = 2 * sampleEvery;

    const QTemporaryDir dataDir;
    Kiosk kiosk(QStringLiteral(CAREKIOSK_SOURCE_DIR "/content"),
                QStringLiteral(CAREKIOSK_SOURCE_DIR "/packaging/carekiosk.conf"), dataDir.path());
    KioskWindow &window = kiosk.window();
    // The shortest "Still there?" countdown: one real tick before each wipe.
    window.setStillThereSeconds(1);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the kiosk window was never shown");
    QStringList slugs;
    for (const Article *article : kiosk.library().articles(QStringLiteral("en")))
        slugs.append(article->slug);
    ArticleView &view = *window.articleScreen()->view();

    out << QStringLiteral("soak: %1 article openings, a search every %2, a call-back every %3, an idle wipe every "
                          "%4, a renderer kill every %5\n")
               .arg(steps)
               .arg(searchEvery)
               .arg(callbackEvery)
               .arg(wipeEvery)
               .arg(rendererKillEvery);
    printHeader();
    SimulatedVisitor visitor(window);
    Counts done;
    std::vector<TreeSample> series;
    QString failure;
    QElapsedTimer clock;
    clock.start();
    int step = 1;
    QElapsedTimer sinceLastKill;
    int lastSampledStep = 0;
    for (; step <= steps; ++step) {
        // Never the same article twice in a row, as a visitor tapping related topics.
        const QString slug = slugs.at(step % slugs.size());
        if (!visitor.openArticle(slug)) {
            failure = QStringLiteral("article %1 was not painted").arg(slug);
            break;
        }
        ++done.openings;
        if (step % sampleEvery == 0) {
            const TreeSample sample = sampleTree(QCoreApplication::applicationPid());
            printSample(step, sample, clock.elapsed());
            lastSampledStep = step;
            if (step >= baselineStep)
                series.push_back(sample);
        }
        if (step % rendererKillEvery == 0) {
            if (!killRendererAndRecover(view, sinceLastKill)) {
                failure = QStringLiteral("the reader did not recover from its renderer's kill");
                break;
            }
            ++done.rendererKills;
        }
        if (step % searchEvery == 0) {
            const QString words = searchWords.at((step / searchEvery) % searchWords.size());
            if (!visitor.search(words)) {
                failure = QStringLiteral("no results shown for \"%1\"").arg(words);
                break;
            }
            ++done.searches;
        }
        if (step % callbackEvery == 0) {
            if (!visitor.requestCallback(slug, step / callbackEvery)) {
                failure = QStringLiteral("the call-back request was not confirmed");
                break;
            }
            ++done.callbacks;
        }
        if (step % wipeEvery == 0) {
            if (!visitor.walkAway()) {
                failure = QStringLiteral("the idle time-out did not wipe the visit");
                break;
            }
            ++done.wipes;
        }
    }
    const qsizetype stored = kiosk.services().store().requests().value.size();
    if (failure.isEmpty() && stored != done.callbacks)
        failure = QStringLiteral("%1 requests confirmed but %2 stored").arg(done.callbacks).arg(stored);

    printSummary(series, baselineStep, lastSampledStep);
    out << QStringLiteral("done: %1 article openings, %2 searches, %3 call-back requests (%4 stored), %5 idle wipes, "
                          "%6 renderer kills recovered, in %7 s\n")
               .arg(done.openings)
               .arg(done.searches)
               .arg(done.callbacks)
               .arg(stored)
               .arg(done.wipes)
               .arg(done.rendererKills)
               .arg(clock.elapsed() / 1000);
    if (!failure.isEmpty()) {
        out << QStringLiteral("FAILED at step %1: %2\n").arg(step).arg(failure);
        return 1;
    }
    return 0;
}
