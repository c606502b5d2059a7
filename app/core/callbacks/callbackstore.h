// The durable queue of call-back requests, on the kiosk database: a request
// leaves it only by a staff action or the retention policy.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/staff/callbacklist.h"
#include "core/storage/kioskdatabase.h"

#include <QMap>
#include <QStringList>

// A status change made on this kiosk's staff screen, to forward.
struct StatusChange
{
    QString id;
    CallbackStatus status = CallbackStatus::New;
    QDateTime changedUtc;
};

// What retention did on a kiosk that forwards to a server.
struct ForwardedPurge
{
    DeletionResult deletion;
    // Of the deleted, how many never reached the server (older than the
    // retention period all the same).
    int neverForwarded = 0;
};

class CallbackStore : public CallbackList
{
public:
    explicit CallbackStore(KioskDatabase &database);

    // Returns only after the request is committed to disk. Saving a request
    // whose id is already stored changes nothing and succeeds, so a retried
    // save never makes a second row.
    [[nodiscard]] std::optional<StoreFailure> save(const CallbackRequest &request);

    // Oldest first.
    [[nodiscard]] StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter) override;
    [[nodiscard]] StoreResult<QList<CallbackRequest>> requests() { return requests(CallbackFilter{}); }
    // New requests per office id.
    [[nodiscard]] StoreResult<QMap<QString, int>> newRequestsByOffice() override;

    // Staff actions, each on disk when it returns; deletions are audited and
    // wiped (KioskDatabase::deleteForGood).
    [[nodiscard]] std::optional<StoreFailure> setStatus(const QString &id, CallbackStatus status,
                                                        const QDateTime &whenUtc);
    // Every request of `ids` or none: one transaction, rolled back if any id
    // is unknown or any update fails.
    [[nodiscard]] std::optional<StoreFailure> setStatus(const QStringList &ids, CallbackStatus status,
                                                        const QDateTime &whenUtc) override;
    [[nodiscard]] DeletionResult remove(const QStringList &ids) override;
    [[nodiscard]] std::optional<StoreFailure> recordAudit(const QString &action, int rows, const QString &detail) override;

    // Retention: requests marked done longer ago than `doneDays` and every
    // request older than `allDays` are deleted, for good (secure_delete and
    // a truncated write-ahead log). Says how many went.
    [[nodiscard]] DeletionResult purge(int doneDays, int allDays, const QDateTime &nowUtc);

    // The same on a kiosk that forwards to the clinic's server: a request
    // marked done goes only once the server has it; every request older than
    // `allDays` goes anyway, and the audit line says how many never reached it.
    [[nodiscard]] ForwardedPurge purgeForwarded(int doneDays, int allDays, const QDateTime &nowUtc);

    // Forwarding (RequestForwarder): the oldest requests the server doesn't
    // have yet, and the status changes it hasn't seen.
    [[nodiscard]] StoreResult<QList<CallbackRequest>> unforwarded(int limit);
    [[nodiscard]] StoreResult<QList<StatusChange>> unforwardedStatusChanges(int limit);
    [[nodiscard]] StoreResult<int> unforwardedCount();
    // Only after the server's COMMIT returned: each of `sent` is there, with
    // the status it carried. One transaction.
    [[nodiscard]] std::optional<StoreFailure> markForwarded(const QList<CallbackRequest> &sent, const QDateTime &nowUtc);
    [[nodiscard]] std::optional<StoreFailure> markStatusForwarded(const QList<StatusChange> &sent);

    KioskDatabase &database() const { return m_database; }

private:
    KioskDatabase &m_database;
};
