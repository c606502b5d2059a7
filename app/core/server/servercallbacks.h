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

    // Server-side retention (`carekiosk purge --server`): requests marked
    // done longer ago than `doneDays`, and every request older than
    // `allDays`, in one transaction, audited as "purge". How many went.
    [[nodiscard]] StoreResult<int> purge(int doneDays, int allDays);

private:
    QString m_connectionName;
};
