// The kiosk's SQLite file in the data folder: call-back requests, the staff
// PIN and its lock-out, the audit trail and anonymous usage. One connection,
// opened, checked, migrated and kept healthy here; the stores on top of it
// only run their statements.
#pragma once

#include "core/storage/storefailure.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <sys/types.h>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;
class QThread;

// Something staff should know about the database itself.
struct StoreNotice
{
    enum class Kind { DamagedFileSetAside, JournalReplaced };
    Kind kind;
    QDateTime createdUtc;
    QString detail;  // e.g. the path the damaged file was moved to
};

template <typename T>
struct StoreResult
{
    T value{};
    std::optional<StoreFailure> failure;
};

// What came of a deletion that must leave no trace. Committing it and wiping its bytes from the
// write-ahead log are two steps that fail apart, and the two failures are kept apart so that
// "not wiped yet" is never read as "not deleted".
struct DeletionResult
{
    int rows = 0;  // rows deleted; 0 when nothing was committed
    // Nothing was deleted (the transaction was rolled back), and why.
    std::optional<StoreFailure> notCommitted;
    // The rows are deleted, but the checkpoint after the commit failed: their old bytes may stay
    // in the -wal file until a later checkpoint empties it. Why it failed.
    std::optional<StoreFailure> checkpointFailed;

    bool committed() const { return !notCommitted; }
};

class KioskDatabase
{
public:
    static constexpr int busyTimeoutMilliseconds = 2000;
    static QString fileName() { return QStringLiteral("callbacks.db"); }

    // Nothing is touched until open(). The database must then be used only
    // from the thread that made it (an SQLite connection is not shared).
    explicit KioskDatabase(const QString &dataDir);
    ~KioskDatabase();
    KioskDatabase(const KioskDatabase &) = delete;
    KioskDatabase &operator=(const KioskDatabase &) = delete;

    // Creates the folder (0700) and the file (0600) if needed, applies the
    // migrations, and sets aside a damaged file, making a fresh one and
    // recording a notice. A failure leaves the kiosk usable: every use retries.
    [[nodiscard]] std::optional<StoreFailure> open();
    bool isOpen() const { return m_open; }
    void close();
    QString databasePath() const { return m_databasePath; }
    QString dataDir() const { return m_dataDir; }

    // Runs `work` between BEGIN IMMEDIATE and COMMIT, so it is on disk
    // (WAL, synchronous=FULL) when this returns without a failure; a failure
    // of `work` or of the commit rolls everything back.
    [[nodiscard]] std::optional<StoreFailure> write(const QString &during,
                                                    const std::function<std::optional<StoreFailure>()> &work);
    // One statement with bound values; the value is the number of rows changed.
    [[nodiscard]] StoreResult<int> run(const QString &statement, const QVariantList &values, const QString &during);
    // A query with bound values; each row goes to `readRow`.
    [[nodiscard]] std::optional<StoreFailure> forEachRow(const QString &statement, const QVariantList &values,
                                                         const QString &during,
                                                         const std::function<void(const QSqlQuery &)> &readRow);
    // Copies the write-ahead log into the file and empties it: deleted rows
    // then linger in neither.
    [[nodiscard]] std::optional<StoreFailure> checkpoint();
    // A deletion for good: `work` runs inside write() and returns how many rows it deleted; once
    // that is committed, checkpoint() empties the write-ahead log, so that the deleted bytes
    // linger in neither file (secure_delete zeroes them in the database file).
    [[nodiscard]] DeletionResult deleteForGood(const QString &during, const std::function<StoreResult<int>()> &work);

    // The notices staff have not dismissed yet, oldest first.
    [[nodiscard]] StoreResult<QList<StoreNotice>> notices();
    [[nodiscard]] std::optional<StoreFailure> dismissNotices();
    // PRAGMA integrity_check: "ok", or what it found.
    [[nodiscard]] StoreResult<QString> integrityCheck();

private:
    [[nodiscard]] std::optional<StoreFailure> ready();
    [[nodiscard]] std::optional<StoreFailure> openOnce(bool *damaged);
    [[nodiscard]] std::optional<StoreFailure> configure();
    [[nodiscard]] std::optional<StoreFailure> setAsideDamagedFile(QString *setAsidePath);
    [[nodiscard]] std::optional<StoreFailure> recoverIfJournalReplaced();
    [[nodiscard]] std::optional<StoreFailure> addNotice(StoreNotice::Kind kind, const QString &detail);
    [[nodiscard]] std::optional<StoreFailure> exec(const QString &statement, const QString &during);
    [[nodiscard]] std::optional<StoreFailure> wrongThread() const;
    void rememberJournalIdentity();
    QSqlDatabase database() const;

    QString m_dataDir;
    QString m_databasePath;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    bool m_open = false;
    bool m_inTransaction = false;
    // The -wal file SQLite has open: if that path stops naming it, SQLite
    // would go on writing into a deleted file and lose it at the next crash.
    std::optional<std::pair<dev_t, ino_t>> m_journalIdentity;
};
