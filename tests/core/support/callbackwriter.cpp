// A separate process that saves call-back requests through the library, for
// the tests that kill it, fill its disk or lock its database. Commands come
// one per line on stdin; every answer is one line on stdout, flushed at once.
//   save N       saves N requests; "saved <id>" after each commit returned,
//                or "failed <kind>" and stops
//   loop         saves until killed
//   ids          "id <uuid>" for every stored request, then "end"
//   check        "integrity <result>"
//   close        closes the database
//   shell CMD    runs CMD with /bin/sh; "shell <exit code>"
//   die          SIGKILL to itself
// With --hold-lock it instead takes an exclusive lock on the database, says
// "locked", and keeps it until stdin closes.
#include "core/callbacks/callbackstore.h"
#include "support/samplerequest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int holdLock(const QString &dataDir)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
    db.setDatabaseName(QDir(dataDir).filePath(KioskDatabase::fileName()));
    QSqlQuery lock(db);
    if (!db.open() || !lock.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
        say(QStringLiteral("failed ") + lock.lastError().text());
        return 1;
    }
    say(QStringLiteral("locked"));
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    lock.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

bool saveSome(CallbackStore &store, int count, int &number)
{
    for (int i = 0; i < count; ++i) {
        const CallbackRequest request = sampleRequest(++number);
        if (const std::optional<StoreFailure> failure = store.save(request)) {
            say(QStringLiteral("failed ") + kindName(failure->kind));
            return false;
        }
        say(QStringLiteral("saved ") + request.id);
    }
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    const QCommandLineOption holdLockOption(QStringLiteral("hold-lock"), QStringLiteral("hold an exclusive lock"));
    parser.addOptions({data, holdLockOption});
    parser.process(application);
    if (parser.isSet(holdLockOption))
        return holdLock(parser.value(data));

    KioskDatabase database(parser.value(data));
    CallbackStore store(database);
    if (const std::optional<StoreFailure> failure = database.open())
        say(QStringLiteral("open-failed ") + kindName(failure->kind));
    int number = 0;
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command.startsWith(QStringLiteral("save"))) {
            saveSome(store, qMax(1, command.section(u' ', 1, 1).toInt()), number);
        } else if (command == QStringLiteral("loop")) {
            while (saveSome(store, 1, number)) {
            }
        } else if (command == QStringLiteral("ids")) {
            const StoreResult<QList<CallbackRequest>> stored = store.requests();
            if (stored.failure)
                say(QStringLiteral("failed ") + kindName(stored.failure->kind));
            for (const CallbackRequest &request : stored.value)
                say(QStringLiteral("id ") + request.id);
            say(QStringLiteral("end"));
        } else if (command == QStringLiteral("check")) {
            const StoreResult<QString> check = database.integrityCheck();
            say(QStringLiteral("integrity ") + (check.failure ? check.failure->toString() : check.value));
        } else if (command == QStringLiteral("close")) {
            database.close();
            say(QStringLiteral("closed"));
        } else if (command.startsWith(QStringLiteral("shell "))) {
            const int status = std::system(qPrintable(command.mid(6)));
            say(QStringLiteral("shell %1").arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
        } else if (command == QStringLiteral("die")) {
            std::raise(SIGKILL);
        }
    }
    return 0;
}
