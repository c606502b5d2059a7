// Runs the visitor kiosk: `carekiosk [--windowed] [--content DIR] [--data DIR] [--config FILE]`.
#pragma once

#include <QString>

namespace KioskApplication {
// Call with the untouched argc/argv: the URL scheme must be registered
// before the QApplication exists. Returns the exit code.
int run(int &argc, char **argv);
}
