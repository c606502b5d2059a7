// `carekiosk desk`: the front desk's window on the clinic's server.
#pragma once

namespace DeskApplication {
// argv[1] is "desk". Exit code 0 when the window is closed, 1 with one line
// on stderr when the configuration has no usable [server].
int run(int &argc, char **argv);
} // namespace DeskApplication
