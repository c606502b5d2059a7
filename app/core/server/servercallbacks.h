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

class ServerCallbacks : public CallbackList
{
public:
    // `connectionName`: an open QPSQL connection, used from this thread only,
    // as the front desk's role (or the owner's).
    explicit ServerCallbacks(const QString &connectionName);

    // Oldest first, with the kiosk that sent each.
    [[nodiscard]] StoreResult<QList<ServerCallback>> withKiosks(const CallbackFilter &filter = {}) const;

    [[nodiscard]] StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter) override;
    [[nodiscard]] StoreResult<QMap<QString, int>> newRequestsByOffice() override;
    [[nodiscard]] std::optional<StoreFailure> setStatus(const QStringList &ids, CallbackStatus status,
                                                        const QDateTime &whenUtc) override;
    // The server audits deletions itself (a trigger), whoever deletes.
    [[nodiscard]] DeletionResult remove(const QStringList &ids) override;
    [[nodiscard]] std::optional<StoreFailure> recordAudit(const QString &action, int rows, const QString &detail) override;

private:
    QString m_connectionName;
};
