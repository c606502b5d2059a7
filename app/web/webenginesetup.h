// What Qt WebEngine needs before the QApplication exists: the app's URL
// scheme, and Chromium switches for an unattended lobby screen.
#pragma once

namespace WebEngineSetup {
void beforeApplication();
}
