// Deletes, for good, the requests the retention policy no longer allows.
#include "cli/purgecommand.h"

#include "core/callbacks/callbackstore.h"
#include "cli/commandpaths.h"
#include "core/server/servercallbacks.h"
#include "core/server/serverconnection.h"
#include "core/settings/kiosksettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeCommand", text);
}
} // namespace

int PurgeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Deletes the call-back requests the retention policy no longer allows: those marked done longer ago "
           "than done_retention_days, and every request older than retention_days (or --older-than). Deleted "
           "requests are wiped from the database file. The same runs at start-up and daily in the kiosk."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption olderThan(QStringLiteral("older-than"),
                                       tr("Delete every request older than DAYS (default: retention_days)."),
                                       QStringLiteral("DAYS"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("Apply it to the clinic's server instead ([server]; its user must be a "
                                       "front-desk role), not to this computer's database."));
    parser.addOptions({helpOption, olderThan, server});
    const CommandPaths::DataAndConfig paths = CommandPaths::addDataAndConfigOptions(parser);
    if (!parser.parse(arguments)) {
        err << "carekiosk purge: " << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(helpOption)) {
        out << CommandPaths::helpText(parser, QStringLiteral("purge"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "carekiosk purge: " << tr("unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return 1;
    }
    const KioskSettings settings = KioskSettings::load(parser.value(paths.config));
    int allDays = settings.retentionDays();
    if (parser.isSet(olderThan)) {
        bool ok = false;
        allDays = parser.value(olderThan).toInt(&ok);
        if (!ok || allDays < 0) {
            err << "carekiosk purge: " << tr("--older-than needs a whole number of days, not '%1'").arg(parser.value(olderThan))
                << '\n';
            return 1;
        }
    }
    if (parser.isSet(server)) {
        std::optional<ServerSettings> serverSettings = settings.server();
        if (!serverSettings || !serverSettings->canForward()) {
            err << "carekiosk purge: " << tr("%1 has no usable [server] with a user and a password_file")
                                             .arg(parser.value(paths.config))
                << '\n';
            return 1;
        }
        const QString connection = QStringLiteral("carekiosk.purge");
        if (const std::optional<ServerFailure> failure = ServerConnection::openWithPasswordFile(*serverSettings, connection)) {
            err << "carekiosk purge: " << tr("the server can't be used (%1): %2").arg(failure->kindName(), failure->detail)
                << '\n';
            return 1;
        }
        const StoreResult<int> purged = ServerCallbacks(connection).purge(settings.doneRetentionDays(), allDays);
        ServerConnection::close(connection);
        if (purged.failure) {
            err << "carekiosk purge: " << tr("nothing was deleted on the server: %1").arg(purged.failure->toString()) << '\n';
            return 1;
        }
        out << (purged.value == 1 ? tr("Deleted 1 request on the server.")
                                  : tr("Deleted %1 requests on the server.").arg(purged.value))
            << '\n';
        return 0;
    }
    KioskDatabase database(parser.value(paths.data));
    if (const std::optional<StoreFailure> failure = database.open()) {
        err << "carekiosk purge: " << tr("the database can't be used: %1").arg(failure->toString()) << '\n';
        return 1;
    }
    // A kiosk that forwards keeps a done request until the server has it.
    DeletionResult purged;
    int neverForwarded = 0;
    if (settings.server() && settings.server()->canForward()) {
        const ForwardedPurge forwardedPurge =
            CallbackStore(database).purgeForwarded(settings.doneRetentionDays(), allDays, QDateTime::currentDateTimeUtc());
        purged = forwardedPurge.deletion;
        neverForwarded = forwardedPurge.neverForwarded;
    } else {
        purged = CallbackStore(database).purge(settings.doneRetentionDays(), allDays, QDateTime::currentDateTimeUtc());
    }
    if (purged.notCommitted) {
        err << "carekiosk purge: " << tr("nothing was deleted: %1").arg(purged.notCommitted->toString()) << '\n';
        return 1;
    }
    out << (purged.rows == 1 ? tr("Deleted 1 request.") : tr("Deleted %1 requests.").arg(purged.rows)) << '\n';
    if (neverForwarded > 0)
        out << tr("%1 of them never reached the server.").arg(neverForwarded) << '\n';
    // Deleted, but not yet wiped from the write-ahead log: the promise of the command is not kept in full.
    if (purged.checkpointFailed) {
        err << "carekiosk purge: "
            << tr("the deleted requests may stay in %1-wal until the next clean-up: %2")
                   .arg(KioskDatabase::fileName(), purged.checkpointFailed->toString())
            << '\n';
        return 1;
    }
    return 0;
}
