// Where the staff desk's call-back list lives: the kiosk's own database
// (CallbackStore) or, on the front-desk PC, the clinic's server
// (ServerCallbacks). The staff screen and its exports work on either.
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

class CallbackList
{
public:
    virtual ~CallbackList() = default;

    // Oldest first.
    [[nodiscard]] virtual StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter) = 0;
    // New requests per office id.
    [[nodiscard]] virtual StoreResult<QMap<QString, int>> newRequestsByOffice() = 0;
    // Every request of `ids` or none.
    [[nodiscard]] virtual std::optional<StoreFailure> setStatus(const QStringList &ids, CallbackStatus status,
                                                                const QDateTime &whenUtc) = 0;
    // Deleted for good, and audited.
    [[nodiscard]] virtual DeletionResult remove(const QStringList &ids) = 0;
    // An export or a print, in the audit trail of the list's own database.
    [[nodiscard]] virtual std::optional<StoreFailure> recordAudit(const QString &action, int rows,
                                                                  const QString &detail) = 0;
};
