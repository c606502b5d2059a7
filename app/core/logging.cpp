// The logging categories declared in logging.h.
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcContent, "carekiosk.content")
Q_LOGGING_CATEGORY(lcSearch, "carekiosk.search")
Q_LOGGING_CATEGORY(lcSettings, "carekiosk.settings")
Q_LOGGING_CATEGORY(lcCallbacks, "carekiosk.callbacks")
Q_LOGGING_CATEGORY(lcSecurity, "carekiosk.security")
Q_LOGGING_CATEGORY(lcStaff, "carekiosk.staff")
Q_LOGGING_CATEGORY(lcUsage, "carekiosk.usage")
Q_LOGGING_CATEGORY(lcService, "carekiosk.service")
Q_LOGGING_CATEGORY(lcServer, "carekiosk.server")
Q_LOGGING_CATEGORY(lcWeb, "carekiosk.web")
Q_LOGGING_CATEGORY(lcSpeech, "carekiosk.speech")
