// Sets the staff PIN for IT: typed twice, unseen, at a terminal, or piped in by a script.
#include "cli/setpincommand.h"

#include "core/security/staffpin.h"
#include "core/storage/kioskdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SetPinCommand", text);
}

QString errorLine(const QString &message)
{
    // One line whatever the message holds: scripts read stderr line by line.
    return QStringLiteral("carekiosk set-pin: ") + message.simplified() + u'\n';
}

// The terminal as it was before echo was turned off, for the signal handler:
// a Ctrl-C at the prompt must not leave IT typing blind in their shell.
termios terminalBeforeHiding;
volatile sig_atomic_t hiddenTerminal = -1;
constexpr int signalsThatEndThePrompt[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

void restoreTerminalAndStop(int signalNumber)
{
    if (hiddenTerminal >= 0)
        ::tcsetattr(hiddenTerminal, TCSANOW, &terminalBeforeHiding);
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

// Echo off for as long as it lives, so the PIN is not shown as it is typed.
class HiddenTyping
{
public:
    explicit HiddenTyping(int terminal) : m_terminal(terminal)
    {
        if (::tcgetattr(terminal, &terminalBeforeHiding) != 0)
            return;
        struct sigaction restoring = {};
        restoring.sa_handler = restoreTerminalAndStop;
        sigemptyset(&restoring.sa_mask);
        for (int i = 0; i < int(std::size(signalsThatEndThePrompt)); ++i)
            ::sigaction(signalsThatEndThePrompt[i], &restoring, &m_previousActions[i]);
        hiddenTerminal = terminal;
        termios hidden = terminalBeforeHiding;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        // TCSAFLUSH drops anything typed ahead, before the prompt was seen.
        m_hidden = ::tcsetattr(terminal, TCSAFLUSH, &hidden) == 0;
    }

    ~HiddenTyping()
    {
        if (hiddenTerminal < 0)
            return;
        ::tcsetattr(m_terminal, TCSANOW, &terminalBeforeHiding);
        hiddenTerminal = -1;
        for (int i = 0; i < int(std::size(signalsThatEndThePrompt)); ++i)
            ::sigaction(signalsThatEndThePrompt[i], &m_previousActions[i], nullptr);
    }

    HiddenTyping(const HiddenTyping &) = delete;
    HiddenTyping &operator=(const HiddenTyping &) = delete;

    bool isHidden() const { return m_hidden; }

private:
    int m_terminal;
    bool m_hidden = false;
    struct sigaction m_previousActions[std::size(signalsThatEndThePrompt)] = {};
};

// The terminal `in` reads from, or -1 when it reads a pipe, a file or memory.
int terminalBehind(const QTextStream &in)
{
    const auto *file = qobject_cast<const QFile *>(in.device());
    if (!file || file->handle() < 0)
        return -1;
    return ::isatty(file->handle()) ? file->handle() : -1;
}

// The new PIN as given, or the one-line reason there is none.
struct PinReading
{
    QString pin;
    QString problem;
};

PinReading firstLine(QTextStream &in)
{
    QString line;
    if (!in.readLineInto(&line))
        return {QString(), tr("no PIN on standard input: give the new PIN as its first line")};
    return {line, QString()};
}

std::optional<QString> readUnseen(QTextStream &in, QTextStream &err, int terminal, const QString &prompt)
{
    err << prompt;
    err.flush();
    QString line;
    bool typed = false;
    {
        const HiddenTyping hidden(terminal);
        if (!hidden.isHidden()) {
            err << '\n' << tr("the terminal can't hide what is typed; pipe the PIN in instead") << '\n';
            return std::nullopt;
        }
        typed = in.readLineInto(&line);
    }
    // The Enter key was not echoed either.
    err << '\n';
    err.flush();
    if (!typed)
        return std::nullopt;
    return line;
}

PinReading askTwice(QTextStream &in, QTextStream &err, int terminal)
{
    const std::optional<QString> pin = readUnseen(in, err, terminal, tr("New staff PIN (4 to 12 digits): "));
    if (!pin)
        return {QString(), tr("no PIN was typed; nothing was changed")};
    // Said now, not after the PIN has been typed a second time for nothing.
    if (const std::optional<QString> problem = StaffPin::problemWithNewPin(*pin))
        return {QString(), *problem};
    const std::optional<QString> again = readUnseen(in, err, terminal, tr("Type the same PIN again to confirm: "));
    if (!again)
        return {QString(), tr("the PIN was not confirmed; nothing was changed")};
    if (*again != *pin)
        return {QString(), tr("the two PINs are not the same; nothing was changed")};
    return {*pin, QString()};
}
} // namespace

int SetPinCommand::run(const QStringList &arguments, const QString &dataDir, QTextStream &in, QTextStream &out,
                       QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets the staff PIN (4 to 12 digits) that unlocks the staff screen, and clears the wrong-PIN lock-out. "
           "At a terminal the PIN is asked for twice and not shown; otherwise it is the first line of standard "
           "input, e.g. from a file readable only by IT. The PIN is stored only as a slow, salted hash."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dataOption(QStringLiteral("data"), tr("The kiosk's data folder (default: %1).").arg(dataDir),
                                        QStringLiteral("DIR"), dataDir);
    // Accepted like every sub-command's, though the PIN lives in the data folder only.
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Configuration file (not needed here)."),
                                          QStringLiteral("FILE"));
    parser.addOptions({helpOption, dataOption, configOption});
    if (!parser.parse(arguments)) {
        err << errorLine(parser.errorText());
        return 1;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        // The usage line names the binary as it was started; IT types "carekiosk".
        help.replace(0, help.indexOf(QStringLiteral("[options]")), QStringLiteral("Usage: carekiosk set-pin "));
        out << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // A PIN on the command line would sit in the shell history and in `ps`.
        err << errorLine(tr("set-pin takes no arguments: type the PIN when asked, or give it on standard input"));
        return 1;
    }

    const int terminal = terminalBehind(in);
    const PinReading reading = terminal >= 0 ? askTwice(in, err, terminal) : firstLine(in);
    if (!reading.problem.isEmpty()) {
        err << errorLine(reading.problem);
        return 1;
    }
    if (const std::optional<QString> problem = StaffPin::problemWithNewPin(reading.pin)) {
        err << errorLine(*problem);
        return 1;
    }

    KioskDatabase database(parser.value(dataOption));
    if (const std::optional<StoreFailure> failure = database.open()) {
        err << errorLine(tr("the database can't be used: %1").arg(failure->toString()));
        return 1;
    }
    if (const std::optional<SetPinFailure> failure = StaffPin(database).setPin(reading.pin)) {
        err << errorLine(failure->message);
        return 1;
    }
    out << tr("Staff PIN set.") << '\n';
    return 0;
}
