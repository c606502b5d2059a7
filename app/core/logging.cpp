// Logging categories of the core library.
#include "logging.h"

Q_LOGGING_CATEGORY(lcContent, "carekiosk.content")
Q_LOGGING_CATEGORY(lcSearch, "carekiosk.search")
Q_LOGGING_CATEGORY(lcSettings, "carekiosk.settings")
Q_LOGGING_CATEGORY(lcCallbacks, "carekiosk.callbacks")
