// A window that covers the whole screen and stays so: whatever takes full
// screen away (a window manager, a key) gets it back, and a close request
// (Alt+F4, a window manager's button) is refused. Only release() lets go.
#pragma once

class QWidget;

namespace KioskMode {
void keepFullScreen(QWidget *window);
void release(QWidget *window);
}
