// `carekiosk purge [--older-than DAYS]`: applies the retention policy now.
#pragma once

#include <QStringList>

class QTextStream;

namespace PurgeCommand {
// `arguments` start with the sub-command's name. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
}
