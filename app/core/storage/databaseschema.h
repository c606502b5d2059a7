// The kiosk database's schema as numbered migrations, applied in order at
// start-up. PRAGMA user_version holds the number of the last one applied.
#pragma once

#include "core/storage/storefailure.h"

#include <optional>

class QSqlDatabase;

namespace DatabaseSchema {
// The schema this build writes; a database with a higher number came from a
// newer CareKiosk and is left untouched.
int latestVersion();

// Applies the missing migrations, each with its new version number in one
// transaction: a failure leaves the database as it was.
[[nodiscard]] std::optional<StoreFailure> migrate(QSqlDatabase &db);

// A failure if the database was made by a newer CareKiosk.
[[nodiscard]] std::optional<StoreFailure> refuseNewerVersion(const QSqlDatabase &db);

// The version the database says it has, or a failure.
[[nodiscard]] std::optional<int> versionOf(const QSqlDatabase &db);
} // namespace DatabaseSchema
