// A separate process that types staff PINs through the library, for the test
// that kills it with SIGKILL. One PIN per line on stdin, checked at the
// current time; one line on stdout after each check has returned (so after
// its commit), flushed at once:
//   accepted | wrong F S | locked F S | no-pin | unavailable KIND
// where F is the wrong PINs in a row and S the seconds of lock left.
#include "core/security/staffpin.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString describe(const PinCheck &check)
{
    switch (check.outcome) {
    case PinCheck::Outcome::Accepted:
        return QStringLiteral("accepted");
    case PinCheck::Outcome::Wrong:
        return QStringLiteral("wrong %1 %2").arg(check.failures).arg(check.secondsLeft);
    case PinCheck::Outcome::LockedOut:
        return QStringLiteral("locked %1 %2").arg(check.failures).arg(check.secondsLeft);
    case PinCheck::Outcome::NoPinSet:
        return QStringLiteral("no-pin");
    case PinCheck::Outcome::Unavailable:
        break;
    }
    return QStringLiteral("unavailable ") + (check.failure ? kindName(check.failure->kind) : QStringLiteral("?"));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    parser.addOption(data);
    parser.process(application);

    KioskDatabase database(parser.value(data));
    if (const std::optional<StoreFailure> failure = database.open())
        say(QStringLiteral("open-failed ") + kindName(failure->kind));
    StaffPin staffPin(database);
    std::string line;
    while (std::getline(std::cin, line))
        say(describe(staffPin.check(QString::fromStdString(line), QDateTime::currentDateTimeUtc())));
    return 0;
}
