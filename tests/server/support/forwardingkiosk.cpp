// A kiosk without a screen, for the forwarding tests: a separate process that
// saves call-back requests into its own data folder, as the kiosk does, while
// its RequestForwarder sends them to the server of --config. The tests kill it
// with SIGKILL and start it again on the same folder.
//   --requests N   saves until the folder holds N requests (a restarted kiosk
//                  goes on where the killed one stopped), printing
//                  "saved <id>" after each commit returned
//   then prints "drained" once every request is forwarded, and exits 0.
#include "core/callbacks/callbackstore.h"
#include "core/server/requestforwarder.h"
#include "core/settings/kiosksettings.h"
#include "support/samplerequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("carekiosk.conf"), QStringLiteral("FILE"));
    const QCommandLineOption requests(QStringLiteral("requests"), QStringLiteral("requests to save"), QStringLiteral("N"));
    parser.addOptions({data, config, requests});
    parser.process(application);

    const KioskSettings settings = KioskSettings::load(parser.value(config));
    if (!settings.server()) {
        say(QStringLiteral("failed no usable [server]: ") + settings.warnings().join(u' '));
        return 1;
    }
    KioskDatabase database(parser.value(data));
    CallbackStore store(database);
    if (const std::optional<StoreFailure> failure = database.open()) {
        say(QStringLiteral("failed ") + failure->toString());
        return 1;
    }
    const StoreResult<QList<CallbackRequest>> stored = store.requests();
    if (stored.failure) {
        say(QStringLiteral("failed ") + stored.failure->toString());
        return 1;
    }
    int saved = int(stored.value.size());
    const int wanted = parser.value(requests).toInt();

    RequestForwarder forwarder(parser.value(data), *settings.server());
    forwarder.start();

    QTimer saving;
    QObject::connect(&saving, &QTimer::timeout, [&]() {
        if (saved >= wanted) {
            saving.stop();
            return;
        }
        const CallbackRequest request = sampleRequest(saved + 1);
        if (const std::optional<StoreFailure> failure = store.save(request)) {
            say(QStringLiteral("failed ") + failure->toString());
            application.exit(1);
            return;
        }
        ++saved;
        say(QStringLiteral("saved ") + request.id);
        forwarder.wake();
    });
    saving.start(0);

    QTimer draining;
    QObject::connect(&draining, &QTimer::timeout, [&]() {
        if (saved < wanted)
            return;
        const StoreResult<int> waiting = store.unforwardedCount();
        if (!waiting.failure && waiting.value == 0) {
            say(QStringLiteral("drained"));
            application.exit(0);
        }
    });
    draining.start(100);
    return application.exec();
}
