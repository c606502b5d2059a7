// Logging category of the web layer.
#include "web/weblogging.h"

Q_LOGGING_CATEGORY(lcWeb, "carekiosk.web")
