// Every logging category of CareKiosk, one per area, declared in this one
// place so that `journalctl -u carekiosk | grep carekiosk.AREA` finds all of
// an area's lines. A line goes to the area it is about, not to the file's.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcContent)    // carekiosk.content: articles, their problems
Q_DECLARE_LOGGING_CATEGORY(lcSearch)     // carekiosk.search: the search index
Q_DECLARE_LOGGING_CATEGORY(lcSettings)   // carekiosk.settings: the configuration file and its re-reads
Q_DECLARE_LOGGING_CATEGORY(lcCallbacks)  // carekiosk.callbacks: requests, their database, retention
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)   // carekiosk.security: the staff PIN, sign-in, lock-out
Q_DECLARE_LOGGING_CATEGORY(lcStaff)      // carekiosk.staff: staff actions (exports, prints, the audit trail)
Q_DECLARE_LOGGING_CATEGORY(lcUsage)      // carekiosk.usage: anonymous article view counts
Q_DECLARE_LOGGING_CATEGORY(lcService)    // carekiosk.service: systemd, signals, restarts
Q_DECLARE_LOGGING_CATEGORY(lcServer)     // carekiosk.server: the clinic's PostgreSQL server, forwarding, the desk's connection
Q_DECLARE_LOGGING_CATEGORY(lcWeb)        // carekiosk.web: the reader, its renderer and its lock-down
Q_DECLARE_LOGGING_CATEGORY(lcSpeech)     // carekiosk.speech: read aloud, its voices and the sound output
