// `carekiosk export --format csv|pdf|json --out FILE [--status S] [--office O] [--since DATE]`.
#pragma once

#include <QStringList>

class QTextStream;

namespace ExportCommand {
// `arguments` start with the sub-command's name. Returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
}
