// `carekiosk check-content [DIR]`: every problem as FILE:LINE: severity: message.
#pragma once

#include <QStringList>

class QTextStream;

namespace CheckContentCommand {
// `arguments` start with the sub-command's name. Returns the exit code.
int run(const QStringList &arguments, const QString &defaultContentDir, QTextStream &out, QTextStream &err);
}
