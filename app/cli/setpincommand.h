// `carekiosk set-pin`: reads a new staff PIN from stdin, stores it and clears the wrong-PIN lock-out.
#pragma once

#include <QStringList>

class QTextStream;

namespace SetPinCommand {
// `arguments` start with the sub-command's name; `--data DIR` among them
// overrides `dataDir`. The PIN is the first line of `in`; when `in` reads a
// terminal, it is asked for twice with echo off, prompts going to `err`.
// Returns the exit code: 0 when set, 1 for a bad PIN, a mismatch or a database failure.
int run(const QStringList &arguments, const QString &dataDir, QTextStream &in, QTextStream &out, QTextStream &err);
}
