// Forwarding benchmark, against a real PostgreSQL 15 started here (TLS on
// loopback, the shipped schema and setup script): how long N requests
// (default 10,000) queued while the server was down take to reach it once
// it is back, and the kiosk's durable save latency with the forwarder
// running beside it versus without (p50/p95, saves in alternating blocks so
// both see the same disk).
//   carekiosk-bench-forwarding [N [DIR]]
#include "benchfolder.h"
#include "percentile.h"
#include "core/callbacks/callbackstore.h"
#include "core/server/requestforwarder.h"
#include "support/postgresserver.h"
#include "support/samplerequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <vector>

namespace {
QTextStream out(stdout);

// Waits, running the event loop, until `done` or `timeoutMs`; false on time-out.
template <typename Condition>
bool waitFor(Condition done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(10);
    }
    return true;
}

std::optional<double> saveOne(CallbackStore &store, int number)
{
    const CallbackRequest request = sampleRequest(number);
    QElapsedTimer one;
    one.start();
    if (const std::optional<StoreFailure> failure = store.save(request)) {
        out << "save failed: " << failure->toString() << Qt::endl;
        return std::nullopt;
    }
    return one.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*.info=false\ncarekiosk.server.warning=false"));
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    // Beside the build by default: /tmp may be a RAM disk, which would flatter fsync.
    const std::optional<QString> parent = benchFolder(argc, argv, 2, QDir::currentPath());
    if (!parent)
        return 1;
    QTemporaryDir dir(QStringLiteral("%1/forwardingbench-XXXXXX").arg(*parent));
    QTemporaryDir serverDir(QStringLiteral("%1/forwardingbench-server-XXXXXX").arg(*parent));
    PostgresServer server(serverDir.path());
    if (const std::optional<QString> failure = server.create()) {
        out << "the server can't be set up: " << *failure << Qt::endl;
        return 1;
    }
    const QString password = QStringLiteral("bench-kiosk-password");
    if (const std::optional<QString> failure = server.addRole(QStringLiteral("add-kiosk"), QStringLiteral("bench_kiosk"), password)) {
        out << *failure << Qt::endl;
        return 1;
    }
    ServerSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = server.port();
    settings.user = QStringLiteral("bench_kiosk");
    settings.passwordFile = PostgresServer::writePasswordFile(dir.filePath(QStringLiteral("password")), password);
    settings.caFile = server.caFile();
    settings.maxRetrySeconds = 1;
    out << "PostgreSQL 15 on 127.0.0.1:" << server.port() << ", TLS verify-full, batches of "
        << RequestForwarder::batchSize << ", retry every " << settings.maxRetrySeconds << " s at most" << Qt::endl;

    // 1. Queued while the server is down, then drained.
    {
        const QString data = dir.filePath(QStringLiteral("drain"));
        KioskDatabase database(data);
        CallbackStore store(database);
        if (database.open())
            return 1;
        server.stop();
        for (int number = 1; number <= total; ++number) {
            if (!saveOne(store, number))
                return 1;
        }
        RequestForwarder forwarder(data, settings);
        forwarder.start();
        QThread::sleep(2);  // it tries, finds nobody, waits
        out << total << " requests queued while the server was down" << Qt::endl;
        QElapsedTimer drain;
        if (const std::optional<QString> failure = server.start()) {
            out << *failure << Qt::endl;
            return 1;
        }
        drain.start();
        const bool drained = waitFor([&] { return store.unforwardedCount().value == 0; }, 600'000);
        const double seconds = drain.elapsed() / 1000.0;
        const long long onServer = server.count(QStringLiteral("SELECT count(*) FROM callback_requests"));
        out << Qt::fixed << qSetRealNumberPrecision(2);
        out << (drained ? "drained " : "NOT drained ") << onServer << " of " << total << " requests in " << seconds
            << " s after the server came back (" << (onServer / seconds) << " requests/s)" << Qt::endl;
        if (!drained || onServer != total)
            return 1;
    }

    // 2. Save latency without and with the forwarder, in alternating blocks.
    constexpr int blocks = 8;
    constexpr int perBlock = 250;
    std::vector<double> without;
    std::vector<double> with;
    {
        const QString plainData = dir.filePath(QStringLiteral("plain"));
        const QString forwardedData = dir.filePath(QStringLiteral("forwarded"));
        KioskDatabase plainDatabase(plainData);
        CallbackStore plain(plainDatabase);
        KioskDatabase forwardedDatabase(forwardedData);
        CallbackStore forwarded(forwardedDatabase);
        if (plainDatabase.open() || forwardedDatabase.open())
            return 1;
        RequestForwarder forwarder(forwardedData, settings);
        forwarder.start();
        int number = 0;
        for (int block = 0; block < blocks; ++block) {
            for (int i = 0; i < perBlock; ++i) {
                const std::optional<double> ms = saveOne(plain, ++number);
                if (!ms)
                    return 1;
                without.push_back(*ms);
            }
            for (int i = 0; i < perBlock; ++i) {
                const std::optional<double> ms = saveOne(forwarded, ++number);
                if (!ms)
                    return 1;
                with.push_back(*ms);
                forwarder.wake();  // as busy as it gets: a batch after every save
                QCoreApplication::processEvents();
            }
        }
        waitFor([&] { return forwarded.unforwardedCount().value == 0; }, 60'000);
        out << "forwarded meanwhile: " << server.count(QStringLiteral("SELECT count(*) FROM callback_requests")) - total
            << " of " << with.size() << Qt::endl;
    }
    const double p95Without = percentile(without, 0.95);
    const double p95With = percentile(with, 0.95);
    out << "save latency without forwarding (" << without.size() << " saves): p50 " << percentile(without, 0.50)
        << " ms, p95 " << p95Without << " ms" << Qt::endl;
    out << "save latency with forwarding    (" << with.size() << " saves): p50 " << percentile(with, 0.50) << " ms, p95 "
        << p95With << " ms" << Qt::endl;
    out << "p95 ratio with/without: " << p95With / p95Without << " (target <= 1.5)" << Qt::endl;
    server.stop();
    return 0;
}
