// Runs the visitor kiosk: `carekiosk [--windowed] [--content DIR] [--data DIR] [--config FILE]`.
#pragma once

#include <QString>

namespace KioskApplication {
// The article reader's renderer kept failing to start: only a fresh start of
// the kiosk (by its service manager) can help.
constexpr int readerFailedExitCode = 3;

// Call with the untouched argc/argv: the URL scheme must be registered
// before the QApplication exists. Returns the exit code.
int run(int &argc, char **argv);
}
