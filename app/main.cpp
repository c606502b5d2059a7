// Entry point: a sub-command for IT and scripts, or the kiosk itself.
#include "cli/checkcontentcommand.h"
#include "cli/commandpaths.h"
#include "cli/exportcommand.h"
#include "cli/purgecommand.h"
#include "cli/setpincommand.h"
#include "deskapplication.h"
#include "kioskapplication.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/stat.h>

#include <cstring>

namespace {

using SubCommand = int (*)(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

int checkContent(const QStringList &arguments, QTextStream &, QTextStream &out, QTextStream &err)
{
    return CheckContentCommand::run(arguments, CommandPaths::defaultContentDir(), out, err);
}

SubCommand subCommandNamed(const char *name)
{
    static const struct
    {
        const char *name;
        SubCommand run;
    } commands[] = {
        {"check-content", checkContent},
        {"purge", [](const QStringList &arguments, QTextStream &, QTextStream &out, QTextStream &err) {
             return PurgeCommand::run(arguments, out, err);
         }},
        {"set-pin", [](const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err) {
             return SetPinCommand::run(arguments, CommandPaths::defaultDataDir(), in, out, err);
         }},
        {"export", [](const QStringList &arguments, QTextStream &, QTextStream &out, QTextStream &err) {
             return ExportCommand::run(arguments, out, err);
         }},
    };
    for (const auto &command : commands) {
        if (name && std::strcmp(name, command.name) == 0)
            return command.run;
    }
    return nullptr;
}

int runSubCommand(SubCommand command, int &argc, char **argv)
{
    // Exports paint PDF pages, which needs a GUI application, but never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Sub-commands speak through their own output, one line on stderr for a
    // problem; the library's and Qt's log lines would only add noise.
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*=false\nqt.*=false\ndefault.warning=false"));
    QGuiApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carekiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREKIOSK_VERSION));
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command(QCoreApplication::arguments().mid(1), in, out, err);
}

} // namespace

int main(int argc, char **argv)
{
    // Everything the kiosk writes (the queue, exports) is for the clinic's
    // eyes only, from the moment each file exists.
    ::umask(077);
    if (argc > 1 && std::strcmp(argv[1], "desk") == 0)
        return DeskApplication::run(argc, argv);
    if (argc > 1) {
        if (const SubCommand command = subCommandNamed(argv[1]))
            return runSubCommand(command, argc, argv);
    }
    return KioskApplication::run(argc, argv);
}
