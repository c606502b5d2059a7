// The audit trail of what staff did with visitors' requests: exports,
// deletions and purges, with the time and how many rows. Never their content.
#pragma once

#include "core/storage/kioskdatabase.h"

struct AuditEntry
{
    QDateTime createdUtc;
    QString action;  // "export csv", "delete", "purge", …
    int rows = 0;
    QString detail;  // where an export went; never visitor data
};

class AuditLog
{
public:
    explicit AuditLog(KioskDatabase &database);

    // Inside or outside a KioskDatabase::write().
    [[nodiscard]] std::optional<StoreFailure> record(const QString &action, int rows, const QString &detail = {});
    // Newest first.
    [[nodiscard]] StoreResult<QList<AuditEntry>> entries();

private:
    KioskDatabase &m_database;
};
