// The durable queue of call-back requests, on the kiosk database: a request
// leaves it only by a staff action or the retention policy.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/storage/kioskdatabase.h"

#include <QMap>
#include <QStringList>

// Which requests a list or an export shows; empty parts match everything.
struct CallbackFilter
{
    std::optional<CallbackStatus> status;
    QString officeId;
    QDateTime fromUtc;   // created at or after
    QDateTime untilUtc;  // created before
};

class CallbackStore
{
public:
    explicit CallbackStore(KioskDatabase &database);

    // Returns only after the request is committed to disk. Saving a request
    // whose id is already stored changes nothing and succeeds, so a retried
    // save never makes a second row.
    [[nodiscard]] std::optional<StoreFailure> save(const CallbackRequest &request);

    // Oldest first.
    [[nodiscard]] StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter = {});
    // New requests per office id.
    [[nodiscard]] StoreResult<QMap<QString, int>> newRequestsByOffice();

    // Staff actions, each on disk when it returns; deletions are audited and
    // wiped (KioskDatabase::deleteForGood).
    [[nodiscard]] std::optional<StoreFailure> setStatus(const QString &id, CallbackStatus status,
                                                        const QDateTime &whenUtc);
    // Every request of `ids` or none: one transaction, rolled back if any id
    // is unknown or any update fails.
    [[nodiscard]] std::optional<StoreFailure> setStatus(const QStringList &ids, CallbackStatus status,
                                                        const QDateTime &whenUtc);
    [[nodiscard]] DeletionResult remove(const QStringList &ids);

    // Retention: requests marked done longer ago than `doneDays` and every
    // request older than `allDays` are deleted, for good (secure_delete and
    // a truncated write-ahead log). Says how many went.
    [[nodiscard]] DeletionResult purge(int doneDays, int allDays, const QDateTime &nowUtc);

    KioskDatabase &database() const { return m_database; }

private:
    KioskDatabase &m_database;
};
