// Opening, checking, migrating and guarding the kiosk's SQLite file. Every
// statement's result is checked; every value goes through a bound parameter.
#include "core/storage/kioskdatabase.h"

#include "core/logging.h"
#include "core/storage/databaseschema.h"
#include "core/storage/privatepaths.h"
#include "core/storage/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace {
QString noticeKindName(StoreNotice::Kind kind)
{
    return kind == StoreNotice::Kind::DamagedFileSetAside ? QStringLiteral("damaged-file-set-aside")
                                                          : QStringLiteral("journal-replaced");
}

} // namespace

KioskDatabase::KioskDatabase(const QString &dataDir)
    : m_dataDir(dataDir),
      m_databasePath(QDir(dataDir).filePath(fileName())),
      m_connectionName(QStringLiteral("carekiosk.db.%1").arg(quintptr(this), 0, 16)),
      m_thread(QThread::currentThread())
{
}

KioskDatabase::~KioskDatabase()
{
    close();
}

QSqlDatabase KioskDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::optional<StoreFailure> KioskDatabase::wrongThread() const
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    if (QThread::currentThread() == m_thread)
        return std::nullopt;
    return StoreFailure{StoreFailure::Kind::Other, QStringLiteral("the store was used from another thread")};
}

std::optional<StoreFailure> KioskDatabase::exec(const QString &statement, const QString &during)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (query.exec(statement))
        return std::nullopt;
    return StoreFailure::fromSqlError(db, query.lastError(), during);
}

void KioskDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    m_journalIdentity.reset();
}

std::optional<StoreFailure> KioskDatabase::open()
{
    if (auto failure = wrongThread())
        return failure;
    close();
    if (auto failure = makePrivateDirectory(m_dataDir))
        return failure;
    bool damaged = false;
    std::optional<StoreFailure> failure = openOnce(&damaged);
    if (failure && damaged) {
        close();
        QString setAsidePath;
        if (auto setAsideFailure = setAsideDamagedFile(&setAsidePath)) {
            qCCritical(lcCallbacks).noquote() << "the database is damaged and can't be moved aside:"
                                              << setAsideFailure->toString();
            return setAsideFailure;
        }
        qCCritical(lcCallbacks).noquote() << "the database was damaged (" << failure->detail << "); it was moved to"
                                          << setAsidePath << "and a new, empty one was made";
        failure = openOnce(&damaged);
        if (!failure)
            failure = addNotice(StoreNotice::Kind::DamagedFileSetAside, setAsidePath);
    }
    if (failure) {
        // SQLite can't always tell why it could not open its files; a folder
        // that refuses writing is the usual reason.
        const bool unexplained = failure->kind == StoreFailure::Kind::Unavailable || failure->kind == StoreFailure::Kind::Other;
        if (unexplained && ::access(QFile::encodeName(m_dataDir).constData(), W_OK) != 0)
            *failure = StoreFailure::fromSystemError(QStringLiteral("%1 can't be written").arg(m_dataDir), errno);
        qCWarning(lcCallbacks).noquote() << "the call-back database can't be used:" << failure->toString();
        close();
        return failure;
    }
    m_open = true;
    rememberJournalIdentity();
    return std::nullopt;
}

std::optional<StoreFailure> KioskDatabase::openOnce(bool *damaged)
{
    *damaged = false;
    if (auto failure = makePrivateFile(m_databasePath))
        return failure;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMilliseconds));
    if (!db.open())
        return StoreFailure::fromSqlError(db, db.lastError(), QStringLiteral("opening the database"));

    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const StoreFailure failure = StoreFailure::fromSqlError(db, check.lastError(), QStringLiteral("checking the database"));
        *damaged = failure.kind == StoreFailure::Kind::Damaged;
        return failure;
    }
    QStringList findings;
    while (check.next())
        findings.append(check.value(0).toString());
    check.finish();
    if (findings != QStringList{QStringLiteral("ok")}) {
        *damaged = true;
        return StoreFailure{StoreFailure::Kind::Damaged,
                            QStringLiteral("quick_check found: %1").arg(findings.mid(0, 3).join(QStringLiteral("; ")))};
    }
    return configure();
}

std::optional<StoreFailure> KioskDatabase::configure()
{
    QSqlDatabase db = database();
    const QString during = QStringLiteral("setting up the database");
    // Checked before anything is written: a newer kiosk's file stays as it is.
    if (auto failure = DatabaseSchema::refuseNewerVersion(db))
        return failure;
    // A request whose confirmation was shown must survive a power cut: the
    // write-ahead log is synced at every commit.
    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next())
        return StoreFailure::fromSqlError(db, journal.lastError(), during);
    if (journal.value(0).toString() != QStringLiteral("wal"))
        return StoreFailure{StoreFailure::Kind::Unavailable,
                            QStringLiteral("the database can't use a write-ahead log (journal mode %1)")
                                .arg(journal.value(0).toString())};
    journal.finish();
    for (const QString &pragma : {QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA secure_delete = ON"),
                                  QStringLiteral("PRAGMA foreign_keys = ON")}) {
        if (auto failure = exec(pragma, during))
            return failure;
    }
    QSqlQuery synchronous(db);
    if (!synchronous.exec(QStringLiteral("PRAGMA synchronous")) || !synchronous.next()
        || synchronous.value(0).toInt() != 2) {
        return StoreFailure{StoreFailure::Kind::Unavailable, QStringLiteral("synchronous=FULL was not accepted")};
    }
    synchronous.finish();
    return DatabaseSchema::migrate(db);
}

std::optional<StoreFailure> KioskDatabase::setAsideDamagedFile(QString *setAsidePath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = m_databasePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_databasePath + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_databasePath, target))
        return StoreFailure::fromSystemError(QStringLiteral("can't move %1 aside").arg(m_databasePath), errno);
    // The damaged file's journal goes with it: a fresh database must not read it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_databasePath + suffix) && !QFile::rename(m_databasePath + suffix, target + suffix)
            && !QFile::remove(m_databasePath + suffix)) {
            return StoreFailure::fromSystemError(QStringLiteral("can't move %1 aside").arg(m_databasePath + suffix), errno);
        }
    }
    *setAsidePath = target;
    return std::nullopt;
}

void KioskDatabase::rememberJournalIdentity()
{
    struct stat info = {};
    if (::stat(QFile::encodeName(m_databasePath + QStringLiteral("-wal")).constData(), &info) == 0)
        m_journalIdentity = std::make_pair(info.st_dev, info.st_ino);
    else
        m_journalIdentity.reset();
}

std::optional<StoreFailure> KioskDatabase::recoverIfJournalReplaced()
{
    const auto before = m_journalIdentity;
    rememberJournalIdentity();
    if (!before || before == m_journalIdentity)
        return std::nullopt;
    qCCritical(lcCallbacks) << "the database's -wal file was deleted or replaced while the kiosk had it open;"
                               " its requests are being written into the database itself";
    // SQLite still holds the old journal open: a full checkpoint copies every
    // committed request from it into the database file before it is let go.
    QSqlDatabase db = database();
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next())
        return StoreFailure::fromSqlError(db, checkpoint.lastError(), QStringLiteral("saving a replaced journal"));
    if (checkpoint.value(0).toInt() != 0)
        return StoreFailure{StoreFailure::Kind::Locked,
                            QStringLiteral("the replaced journal could not be copied: another program is reading")};
    checkpoint.finish();
    checkpoint = QSqlQuery();
    db = QSqlDatabase();
    if (auto failure = open())
        return failure;
    return addNotice(StoreNotice::Kind::JournalReplaced,
                     QStringLiteral("the -wal file was deleted or replaced while in use; its content was kept"));
}

std::optional<StoreFailure> KioskDatabase::addNotice(StoreNotice::Kind kind, const QString &detail)
{
    QSqlDatabase db = database();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO store_notices (created_utc, kind, detail) VALUES (?, ?, ?)"));
    insert.addBindValue(SqlValues::utcText(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(noticeKindName(kind));
    insert.addBindValue(detail);
    if (!insert.exec())
        return StoreFailure::fromSqlError(db, insert.lastError(), QStringLiteral("recording a notice"));
    return std::nullopt;
}

std::optional<StoreFailure> KioskDatabase::forEachRow(const QString &statement, const QVariantList &values,
                                                      const QString &during,
                                                      const std::function<void(const QSqlQuery &)> &readRow)
{
    if (auto failure = ready())
        return failure;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        return StoreFailure::fromSqlError(db, query.lastError(), during);
    while (query.next())
        readRow(query);
    return std::nullopt;
}

StoreResult<QList<StoreNotice>> KioskDatabase::notices()
{
    StoreResult<QList<StoreNotice>> result;
    result.failure = forEachRow(
        QStringLiteral("SELECT kind, created_utc, detail FROM store_notices WHERE acknowledged = 0 ORDER BY row"), {},
        QStringLiteral("reading notices"), [&](const QSqlQuery &row) {
            const StoreNotice::Kind kind = row.value(0).toString() == noticeKindName(StoreNotice::Kind::JournalReplaced)
                ? StoreNotice::Kind::JournalReplaced
                : StoreNotice::Kind::DamagedFileSetAside;
            result.value.append({kind, SqlValues::utcFrom(row.value(1)), row.value(2).toString()});
        });
    return result;
}

std::optional<StoreFailure> KioskDatabase::dismissNotices()
{
    return run(QStringLiteral("UPDATE store_notices SET acknowledged = 1 WHERE acknowledged = 0"), {},
               QStringLiteral("dismissing notices"))
        .failure;
}

StoreResult<QString> KioskDatabase::integrityCheck()
{
    StoreResult<QString> result;
    QStringList findings;
    result.failure = forEachRow(QStringLiteral("PRAGMA integrity_check"), {}, QStringLiteral("checking integrity"),
                                [&](const QSqlQuery &row) { findings.append(row.value(0).toString()); });
    result.value = findings.join(u'\n');
    return result;
}

std::optional<StoreFailure> KioskDatabase::ready()
{
    if (auto failure = wrongThread())
        return failure;
    if (m_inTransaction)
        return std::nullopt;
    if (!m_open) {
        if (auto failure = open())
            return failure;
    }
    return recoverIfJournalReplaced();
}

std::optional<StoreFailure> KioskDatabase::write(const QString &during,
                                                 const std::function<std::optional<StoreFailure>()> &work)
{
    if (auto failure = ready())
        return failure;
    // IMMEDIATE takes the write lock first, so a busy database fails here,
    // before anything is half done.
    if (auto failure = exec(QStringLiteral("BEGIN IMMEDIATE"), during))
        return failure;
    m_inTransaction = true;
    std::optional<StoreFailure> failure = work();
    m_inTransaction = false;
    if (!failure)
        failure = exec(QStringLiteral("COMMIT"), during);
    if (failure) {
        // SQLite may already have rolled back (a full disk does); then this fails harmlessly.
        if (auto rollbackFailure = exec(QStringLiteral("ROLLBACK"), during))
            qCDebug(lcCallbacks).noquote() << "rollback:" << rollbackFailure->toString();
        qCWarning(lcCallbacks).noquote() << "a change to the database was not made:" << failure->toString();
    }
    return failure;
}

StoreResult<int> KioskDatabase::run(const QString &statement, const QVariantList &values, const QString &during)
{
    StoreResult<int> result;
    if ((result.failure = ready()))
        return result;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    bool ok = query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        result.failure = StoreFailure::fromSqlError(db, query.lastError(), during);
    else
        result.value = query.numRowsAffected();
    return result;
}

std::optional<StoreFailure> KioskDatabase::checkpoint()
{
    bool busy = false;
    if (auto failure = forEachRow(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {},
                                  QStringLiteral("checkpointing"),
                                  [&](const QSqlQuery &row) { busy = row.value(0).toInt() != 0; })) {
        return failure;
    }
    if (busy)
        return StoreFailure{StoreFailure::Kind::Locked, QStringLiteral("another program is reading the database")};
    return std::nullopt;
}

DeletionResult KioskDatabase::deleteForGood(const QString &during, const std::function<StoreResult<int>()> &work)
{
    DeletionResult result;
    int deleted = 0;
    result.notCommitted = write(during, [&]() -> std::optional<StoreFailure> {
        const StoreResult<int> done = work();
        deleted = done.value;
        return done.failure;
    });
    if (result.notCommitted)
        return result;
    result.rows = deleted;
    result.checkpointFailed = checkpoint();
    if (result.checkpointFailed) {
        qCWarning(lcCallbacks).noquote()
            << QStringLiteral("the deletion of %1 rows was committed, but their old bytes may stay in the -wal file until "
                              "the next checkpoint: %2")
                   .arg(deleted)
                   .arg(result.checkpointFailed->toString());
    }
    return result;
}
