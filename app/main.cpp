// Entry point: a sub-command for IT and scripts, or the kiosk itself.
#include "cli/checkcontentcommand.h"
#include "kioskapplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/stat.h>

#include <cstring>

namespace {

bool isSubCommand(const char *argument)
{
    return argument && std::strcmp(argument, "check-content") == 0;
}

int runSubCommand(int &argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carekiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREKIOSK_VERSION));
    // Sub-commands speak through their own output, not the log.
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CheckContentCommand::run(QCoreApplication::arguments().mid(1), KioskApplication::defaultContentDir(), out, err);
}

} // namespace

int main(int argc, char **argv)
{
    // Everything the kiosk writes (the queue, exports) is for the clinic's
    // eyes only, from the moment each file exists.
    ::umask(077);
    if (argc > 1 && isSubCommand(argv[1]))
        return runSubCommand(argc, argv);
    return KioskApplication::run(argc, argv);
}
