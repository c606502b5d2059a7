// Migrations of the kiosk database. Never edit a migration that has
// shipped: add the next one.
#include "core/storage/databaseschema.h"

#include "core/logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
struct Migration
{
    int version;
    QStringList statements;
};

const QList<Migration> &migrations()
{
    // Limits repeat CallbackLimits so that no other program can store what the
    // kiosk would refuse. STRICT tables keep every column to its type.
    static const QList<Migration> all = {
        {1,
         {QStringLiteral(R"(
            CREATE TABLE callback_requests (
                row INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE CHECK (length(id) = 36),
                created_utc TEXT NOT NULL,
                first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 40),
                phone_e164 TEXT NOT NULL CHECK (phone_e164 GLOB '+[1-9]*' AND length(phone_e164) <= 16),
                office TEXT NOT NULL CHECK (length(office) <= 64),
                best_time TEXT NOT NULL CHECK (best_time IN ('morning', 'afternoon', 'any')),
                topic_slug TEXT NOT NULL CHECK (length(topic_slug) <= 64),
                language TEXT NOT NULL CHECK (length(language) <= 64),
                note TEXT NOT NULL CHECK (length(note) <= 280),
                voicemail_ok INTEGER NOT NULL CHECK (voicemail_ok IN (0, 1)),
                text_ok INTEGER NOT NULL CHECK (text_ok IN (0, 1)),
                consent_version TEXT NOT NULL CHECK (length(consent_version) BETWEEN 1 AND 64),
                consent_utc TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'called', 'no_answer', 'done')),
                status_changed_utc TEXT
            ) STRICT)"),
          QStringLiteral("CREATE INDEX callback_requests_by_status ON callback_requests (status, office, created_utc)"),
          QStringLiteral(R"(
            CREATE TABLE store_notices (
                row INTEGER PRIMARY KEY,
                created_utc TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL,
                acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1))
            ) STRICT)")}},
        {2,
         {QStringLiteral("CREATE INDEX callback_requests_by_created ON callback_requests (created_utc)"),
          // What staff did with requests: never their content.
          QStringLiteral(R"(
            CREATE TABLE audit_log (
                row INTEGER PRIMARY KEY,
                created_utc TEXT NOT NULL,
                action TEXT NOT NULL,
                rows INTEGER NOT NULL,
                detail TEXT NOT NULL DEFAULT ''
            ) STRICT)"),
          // Anonymous: how often each article was opened, per day.
          QStringLiteral(R"(
            CREATE TABLE article_views (
                day TEXT NOT NULL,
                slug TEXT NOT NULL,
                language TEXT NOT NULL,
                views INTEGER NOT NULL CHECK (views >= 0),
                PRIMARY KEY (day, slug, language)
            ) STRICT)"),
          // The staff PIN as libsodium's Argon2id string: parameters, salt and key.
          QStringLiteral(R"(
            CREATE TABLE staff_pin (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                hash TEXT NOT NULL,
                set_utc TEXT NOT NULL
            ) STRICT)"),
          QStringLiteral(R"(
            CREATE TABLE pin_lockout (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                failures INTEGER NOT NULL CHECK (failures >= 0),
                locked_until_utc TEXT
            ) STRICT)")}},
        // The wrong-PIN count is forgotten after a quiet day, and staff are
        // told at sign-in how many wrong PINs were typed since the last one.
        {3,
         {QStringLiteral("ALTER TABLE pin_lockout ADD COLUMN last_wrong_utc TEXT"),
          QStringLiteral("ALTER TABLE pin_lockout ADD COLUMN wrong_since_sign_in INTEGER NOT NULL DEFAULT 0 "
                         "CHECK (wrong_since_sign_in >= 0)")}},
        // Forwarding to the clinic's server: when a request reached it (its
        // COMMIT returned), and which status change of it the server has.
        // NULL: not yet. The partial index keeps finding the unsent cheap.
        {4,
         {QStringLiteral("ALTER TABLE callback_requests ADD COLUMN forwarded_utc TEXT"),
          QStringLiteral("ALTER TABLE callback_requests ADD COLUMN status_forwarded_utc TEXT"),
          QStringLiteral("CREATE INDEX callback_requests_unforwarded ON callback_requests (row) WHERE forwarded_utc IS NULL")}},
    };
    return all;
}

[[nodiscard]] std::optional<StoreFailure> run(QSqlDatabase &db, const QString &statement, const QString &during)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return std::nullopt;
    return StoreFailure::fromSqlError(db, query.lastError(), during);
}

[[nodiscard]] std::optional<StoreFailure> apply(QSqlDatabase &db, const Migration &migration)
{
    const QString during = QStringLiteral("applying migration %1").arg(migration.version);
    if (auto failure = run(db, QStringLiteral("BEGIN IMMEDIATE"), during))
        return failure;
    // Another connection (the forwarder's, another process) may have applied
    // it between our reading the version and our write lock: read it again
    // under the lock, or an ALTER TABLE would run twice.
    {
        QSqlQuery version(db);
        if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next()
            && version.value(0).toInt() >= migration.version) {
            version.finish();
            return run(db, QStringLiteral("COMMIT"), during);
        }
    }
    std::optional<StoreFailure> failure;
    for (const QString &statement : migration.statements) {
        failure = run(db, statement, during);
        if (failure)
            break;
    }
    if (!failure)
        failure = run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), during);
    if (!failure)
        failure = run(db, QStringLiteral("COMMIT"), during);
    if (failure) {
        if (auto rollbackFailure = run(db, QStringLiteral("ROLLBACK"), during))
            qCWarning(lcCallbacks).noquote() << "rollback failed:" << rollbackFailure->toString();
    }
    return failure;
}
} // namespace

namespace DatabaseSchema {
int latestVersion()
{
    return migrations().last().version;
}

std::optional<int> versionOf(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

std::optional<StoreFailure> refuseNewerVersion(const QSqlDatabase &db)
{
    const std::optional<int> current = versionOf(db);
    if (!current)
        return StoreFailure{StoreFailure::Kind::Unavailable, QStringLiteral("the schema version can't be read")};
    if (*current > latestVersion()) {
        return StoreFailure{StoreFailure::Kind::Unavailable,
                            QStringLiteral("the database has schema %1, made by a newer CareKiosk (this one knows %2)")
                                .arg(*current)
                                .arg(latestVersion())};
    }
    return std::nullopt;
}

std::optional<StoreFailure> migrate(QSqlDatabase &db)
{
    if (auto failure = refuseNewerVersion(db))
        return failure;
    const int current = *versionOf(db);
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (std::optional<StoreFailure> failure = apply(db, migration)) {
            // A full or read-only disk says so; any other failure means the
            // file can't be brought up to date.
            const bool telling = failure->kind == StoreFailure::Kind::DiskFull
                || failure->kind == StoreFailure::Kind::ReadOnly || failure->kind == StoreFailure::Kind::Locked;
            if (!telling)
                failure->kind = StoreFailure::Kind::Unavailable;
            return failure;
        }
        qCInfo(lcCallbacks) << "database schema migrated to version" << migration.version;
    }
    return std::nullopt;
}
} // namespace DatabaseSchema
