// Another program's view of the kiosk database: statements run on the file
// through a connection of the test's own, as a second process would run them.
// The tests use it to look past the stores, and to inject faults with plain
// SQL (a trigger that refuses a statement, a table moved away, a reader that
// keeps the write-ahead log from being emptied).
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

// Runs `statements` in order; returns the first column of the first row of
// the last one that gave a row, or an invalid QVariant.
inline QVariant querySideways(const QString &databasePath, const QStringList &statements)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sideways"));
        db.setDatabaseName(databasePath);
        if (!db.open())
            return {};
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                last = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sideways"));
    return last;
}

// Installs a trigger that makes SQLite refuse `event` ("UPDATE", "DELETE",
// "INSERT") on `table` where `condition` holds, with "injected fault" as the
// error. Returns whether the trigger is in place.
inline bool injectFault(const QString &databasePath, const QString &event, const QString &table,
                        const QString &condition = QStringLiteral("1"))
{
    const QString name = QStringLiteral("injected_%1_%2").arg(event.toLower(), table);
    return querySideways(databasePath,
                         {QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 WHEN %4"
                                         " BEGIN SELECT RAISE(ABORT, 'injected fault'); END")
                              .arg(name, event, table, condition),
                          QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = '%1'")
                              .arg(name)})
               .toInt()
        == 1;
}

// Another program in the middle of reading the database: while its read transaction is open, a
// checkpoint can't empty the write-ahead log (the reader may still need the pages in it), so it
// fails as Locked after the busy time-out. Writing and committing still work.
class SnapshotReader
{
public:
    explicit SnapshotReader(const QString &databasePath)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(databasePath);
        m_reading = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        m_query = QSqlQuery(db);
        m_reading = m_reading && m_query.exec(QStringLiteral("SELECT count(*) FROM callback_requests")) && m_query.next();
    }
    ~SnapshotReader() { stop(); }
    SnapshotReader(const SnapshotReader &) = delete;
    SnapshotReader &operator=(const SnapshotReader &) = delete;

    bool isReading() const { return m_reading; }
    void stop()
    {
        if (!QSqlDatabase::contains(connectionName))
            return;
        m_query = QSqlQuery();
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName);
            QSqlQuery(db).exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
        m_reading = false;
    }

private:
    static inline const QString connectionName = QStringLiteral("reader");
    QSqlQuery m_query;
    bool m_reading = false;
};
