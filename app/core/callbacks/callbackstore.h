// The durable queue of call-back requests: a SQLite file in the data folder
// that a confirmed request never leaves except by staff action or retention.
#pragma once

#include "callbacks/callbackrequest.h"
#include "callbacks/storefailure.h"

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

class CallbackStore
{
public:
    static constexpr int busyTimeoutMilliseconds = 2000;
    static QString databaseFileName() { return QStringLiteral("callbacks.db"); }

    // Nothing is touched until open(). The store must then be used only from
    // the thread that opened it (an SQLite connection is not shared).
    explicit CallbackStore(const QString &dataDir);
    ~CallbackStore();
    CallbackStore(const CallbackStore &) = delete;
    CallbackStore &operator=(const CallbackStore &) = delete;

    // Creates the folder (0700) and the database (0600) if needed, applies the
    // migrations, and sets aside a damaged file, making a fresh one and
    // recording a notice. A failure leaves the kiosk usable: save() retries.
    std::optional<StoreFailure> open();
    bool isOpen() const { return m_open; }
    void close();

    // Returns only after the request is committed to disk (WAL with
    // synchronous=FULL). Saving a request whose id is already stored changes
    // nothing and succeeds, so a retried save never makes a second row.
    std::optional<StoreFailure> save(const CallbackRequest &request);

    // Every stored request, oldest first.
    StoreResult<QList<CallbackRequest>> requests();
    StoreResult<QList<StoreNotice>> notices();
    // PRAGMA integrity_check: "ok", or what it found.
    StoreResult<QString> integrityCheck();

    QString databasePath() const { return m_databasePath; }

private:
    std::optional<StoreFailure> openOnce(bool *damaged);
    std::optional<StoreFailure> configure();
    std::optional<StoreFailure> setAsideDamagedFile(QString *setAsidePath);
    std::optional<StoreFailure> recoverIfJournalReplaced();
    std::optional<StoreFailure> addNotice(StoreNotice::Kind kind, const QString &detail);
    std::optional<StoreFailure> exec(const QString &statement, const QString &during);
    // Opens the store if needed, runs a query with bound `values` and hands
    // each row to `readRow`.
    std::optional<StoreFailure> forEachRow(const QString &statement, const QVariantList &values, const QString &during,
                                           const std::function<void(const QSqlQuery &)> &readRow);
    std::optional<StoreFailure> wrongThread() const;
    void rememberJournalIdentity();
    QSqlDatabase database() const;

    QString m_dataDir;
    QString m_databasePath;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    bool m_open = false;
    // The -wal file SQLite has open: if that path stops naming it, SQLite
    // would go on writing into a deleted file and lose it at the next crash.
    std::optional<std::pair<dev_t, ino_t>> m_journalIdentity;
};
