// Call-back queue benchmark: durable save latency (each save its own
// transaction, committed with synchronous=FULL, as the kiosk does it), the
// time to save 100,000 requests that way, and the start-up cost of opening
// the resulting file (quick_check and migrations).
#include "benchfolder.h"
#include "percentile.h"
#include "core/callbacks/callbackstore.h"
#include "support/samplerequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {
QTextStream out(stdout);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*.info=false"));
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    // Beside the build by default: /tmp may be a RAM disk, which would flatter fsync.
    const std::optional<QString> parent = benchFolder(argc, argv, 2, QDir::currentPath());
    if (!parent)
        return 1;
    QTemporaryDir dir(QStringLiteral("%1/callbackbench-XXXXXX").arg(*parent));
    KioskDatabase database(dir.path());
    CallbackStore store(database);
    if (const std::optional<StoreFailure> failure = database.open()) {
        out << "open failed: " << failure->toString() << Qt::endl;
        return 1;
    }
    out << "database: " << database.databasePath() << Qt::endl;

    std::vector<double> latencies;
    latencies.reserve(total);
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < total; ++i) {
        const CallbackRequest request = sampleRequest(i);
        QElapsedTimer one;
        one.start();
        if (const std::optional<StoreFailure> failure = store.save(request)) {
            out << "save failed: " << failure->toString() << Qt::endl;
            return 1;
        }
        latencies.push_back(one.nsecsElapsed() / 1e6);
        if ((i + 1) % 20'000 == 0)
            out << "  " << (i + 1) << " saved, " << all.elapsed() / 1000.0 << " s" << Qt::endl;
    }
    const double seconds = all.elapsed() / 1000.0;
    out << Qt::fixed << qSetRealNumberPrecision(2);
    out << "durable save latency over " << total << " saves: p50 " << percentile(latencies, 0.50) << " ms, p95 "
        << percentile(latencies, 0.95) << " ms, p99 " << percentile(latencies, 0.99) << " ms, max "
        << *std::max_element(latencies.begin(), latencies.end()) << " ms" << Qt::endl;
    out << "time to save " << total << " requests one by one: " << seconds << " s (" << total / seconds
        << " saves/s)" << Qt::endl;
    database.close();
    out << "database file: " << QFileInfo(database.databasePath()).size() / 1024.0 / 1024.0 << " MiB" << Qt::endl;

    QElapsedTimer reopen;
    reopen.start();
    KioskDatabase againDatabase(dir.path());
    CallbackStore again(againDatabase);
    if (againDatabase.open())
        return 1;
    const double openMs = reopen.nsecsElapsed() / 1e6;
    reopen.restart();
    const qsizetype rows = again.requests().value.size();
    out << "open with " << rows << " requests (quick_check + migrations): " << openMs << " ms; reading them all: "
        << reopen.nsecsElapsed() / 1e6 << " ms" << Qt::endl;
    return 0;
}
