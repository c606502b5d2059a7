// The clinic's one call-back list on the PostgreSQL server, as the front desk
// sees it: every kiosk's requests, with the kiosk that sent each.
#pragma once

#include "core/callbacks/callbackstore.h"

#include <QString>

struct ServerCallback
{
    CallbackRequest request;
    QString kiosk;  // the login role of the kiosk that sent it
};

class ServerCallbacks
{
public:
    // `connectionName`: an open QPSQL connection, used from this thread only.
    explicit ServerCallbacks(const QString &connectionName);

    // Oldest first.
    [[nodiscard]] StoreResult<QList<ServerCallback>> requests(const CallbackFilter &filter = {}) const;

private:
    QString m_connectionName;
};
