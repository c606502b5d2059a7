// The forwarding loop: batches of unsent requests, each one transaction on
// the server (INSERT … ON CONFLICT DO NOTHING on the request's UUID, the
// table's one unique key, so a batch sent twice stores each request once), marked forwarded on the kiosk only after the
// server's COMMIT returned.
#include "core/server/requestforwarder.h"

#include "core/callbacks/callbackstore.h"
#include "core/logging.h"
#include "core/storage/kioskdatabase.h"
#include "core/storage/sqlvalues.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <memory>

namespace {
constexpr int pollIntervalMs = 1000;
constexpr int firstRetryMs = 1000;

RequestForwarder::State stateOf(ServerFailure::Kind kind)
{
    switch (kind) {
    case ServerFailure::Kind::Unreachable:
        return RequestForwarder::State::Unreachable;
    case ServerFailure::Kind::Untrusted:
        return RequestForwarder::State::Untrusted;
    case ServerFailure::Kind::Refused:
        return RequestForwarder::State::Refused;
    case ServerFailure::Kind::Rejected:
        return RequestForwarder::State::Rejected;
    }
    return RequestForwarder::State::Unreachable;
}
} // namespace

// Lives on the forwarder's thread; everything it touches was made there.
class ForwardingWorker : public QObject
{
    Q_OBJECT

public:
    ForwardingWorker(const QString &dataDir, const ServerSettings &server)
        : m_dataDir(dataDir), m_server(server),
          m_connectionName(QStringLiteral("carekiosk.server.%1").arg(quintptr(this), 0, 16))
    {
    }

public slots:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ForwardingWorker::tick);
        m_timer->start(0);
    }

    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        ServerConnection::close(m_connectionName);
        m_store.reset();
        m_database.reset();
    }

    void wake()
    {
        // Only while polling: mid-batch the loop looks again when it's done,
        // and a wait after a failure is kept.
        if (m_timer && m_state == RequestForwarder::State::Connected && m_timer->isActive())
            m_timer->start(0);
    }

signals:
    void stateChanged(RequestForwarder::State state, const QString &detail);
    void forwarded(int requests, int statusChanges);

private:
    void tick()
    {
        if (!openLocal() || !connectToServer())
            return retryLater();
        const StoreResult<QList<CallbackRequest>> requests = m_store->unforwarded(RequestForwarder::batchSize);
        if (requests.failure)
            return localFailed(*requests.failure);
        if (!requests.value.isEmpty()) {
            if (const std::optional<ServerFailure> failure = sendRequests(requests.value))
                return serverFailed(*failure);
            // The server has them now. A failure here only sends them again,
            // which stores nothing twice.
            if (const std::optional<StoreFailure> failure = m_store->markForwarded(requests.value, QDateTime::currentDateTimeUtc()))
                return localFailed(*failure);
        }
        const StoreResult<QList<StatusChange>> changes = m_store->unforwardedStatusChanges(RequestForwarder::batchSize);
        if (changes.failure)
            return localFailed(*changes.failure);
        if (!changes.value.isEmpty()) {
            if (const std::optional<ServerFailure> failure = sendStatusChanges(changes.value))
                return serverFailed(*failure);
            if (const std::optional<StoreFailure> failure = m_store->markStatusForwarded(changes.value))
                return localFailed(*failure);
        }
        if (!requests.value.isEmpty() || !changes.value.isEmpty())
            emit forwarded(int(requests.value.size()), int(changes.value.size()));
        m_retryMs = firstRetryMs;
        const bool more = requests.value.size() == RequestForwarder::batchSize
            || changes.value.size() == RequestForwarder::batchSize;
        m_timer->start(more ? 0 : pollIntervalMs);
    }

    bool openLocal()
    {
        if (m_database && m_database->isOpen())
            return true;
        if (!m_database) {
            m_database = std::make_unique<KioskDatabase>(m_dataDir);
            m_store = std::make_unique<CallbackStore>(*m_database);
        }
        if (const std::optional<StoreFailure> failure = m_database->open()) {
            localFailed(*failure);
            return false;
        }
        return true;
    }

    bool connectToServer()
    {
        if (QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen())
            return true;
        if (const std::optional<ServerFailure> failure = ServerConnection::openWithPasswordFile(m_server, m_connectionName)) {
            setState(stateOf(failure->kind), failure->detail);
            return false;
        }
        QString waiting;
        if (const StoreResult<int> count = m_store->unforwardedCount(); !count.failure)
            waiting = QStringLiteral("; %1 requests to send").arg(count.value);
        setState(RequestForwarder::State::Connected, QStringLiteral("connected as %1%2").arg(m_server.user, waiting));
        return true;
    }

    // One transaction; nothing is marked on the kiosk unless COMMIT returned.
    std::optional<ServerFailure> sendRequests(const QList<CallbackRequest> &requests)
    {
        using SqlValues::text;
        using SqlValues::utcText;
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.transaction())
            return ServerFailure::fromError(db.lastError());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO callback_requests (id, created_utc, first_name, phone_e164, office, best_time, topic_slug,"
            " language, note, voicemail_ok, text_ok, consent_version, consent_utc, status, status_changed_utc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // On the id, the only unique key; naming it would need SELECT (id), which kiosks don't have.
            " ON CONFLICT DO NOTHING"));
        for (const CallbackRequest &request : requests) {
            const QVariantList values = {text(request.id),
                                         utcText(request.createdUtc),
                                         text(request.firstName),
                                         text(request.phoneE164),
                                         text(request.officeId),
                                         storageName(request.bestTime),
                                         text(request.topicSlug),
                                         text(request.language),
                                         text(request.note),
                                         request.voicemailOk,
                                         request.textOk,
                                         text(request.consentVersion),
                                         utcText(request.consentUtc),
                                         storageName(request.status),
                                         SqlValues::optionalUtc(request.statusChangedUtc)};
            for (int index = 0; index < values.size(); ++index)
                insert.bindValue(index, values[index]);
            if (!insert.exec()) {
                const ServerFailure failure = ServerFailure::fromError(insert.lastError());
                db.rollback();
                return failure;
            }
        }
        if (!db.commit())
            return ServerFailure::fromError(db.lastError());
        return std::nullopt;
    }

    std::optional<ServerFailure> sendStatusChanges(const QList<StatusChange> &changes)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (!db.transaction())
            return ServerFailure::fromError(db.lastError());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO kiosk_status_changes (request_id, status, changed_utc) VALUES (?, ?, ?)"
                                      " ON CONFLICT DO NOTHING"));
        for (const StatusChange &change : changes) {
            insert.bindValue(0, change.id);
            insert.bindValue(1, storageName(change.status));
            insert.bindValue(2, SqlValues::utcText(change.changedUtc));
            if (!insert.exec()) {
                const ServerFailure failure = ServerFailure::fromError(insert.lastError());
                db.rollback();
                return failure;
            }
        }
        if (!db.commit())
            return ServerFailure::fromError(db.lastError());
        return std::nullopt;
    }

    void serverFailed(const ServerFailure &failure)
    {
        // A lost connection is opened afresh at the next try.
        ServerConnection::close(m_connectionName);
        setState(stateOf(failure.kind), failure.detail);
        retryLater();
    }

    void localFailed(const StoreFailure &failure)
    {
        // The kiosk's own database: the visitor's side reports it; here it only waits.
        if (!m_localFailing)
            qCWarning(lcServer).noquote() << "forwarding waits: the kiosk's database can't be read:" << failure.toString();
        m_localFailing = true;
        if (m_database)
            m_database->close();
        retryLater();
    }

    void retryLater()
    {
        m_timer->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, m_server.maxRetrySeconds * 1000);
    }

    // One log line per change of state, never one per try.
    void setState(RequestForwarder::State state, const QString &detail)
    {
        if (state == RequestForwarder::State::Connected)
            m_localFailing = false;
        if (state == m_state)
            return;
        m_state = state;
        const QString where = QStringLiteral("forwarding to %1:").arg(m_server.address());
        switch (state) {
        case RequestForwarder::State::Starting:
            break;
        case RequestForwarder::State::Connected:
            qCInfo(lcServer).noquote() << where << detail;
            break;
        case RequestForwarder::State::Unreachable:
            qCWarning(lcServer).noquote()
                << where
                << QStringLiteral("the server can't be reached; requests wait on this kiosk and are sent when it is back (%1)")
                       .arg(detail);
            break;
        case RequestForwarder::State::Untrusted:
            qCWarning(lcServer).noquote()
                << where
                << QStringLiteral("the server's certificate is not trusted (check [server] ca_file and host); nothing is "
                                  "sent (%1)")
                       .arg(detail);
            break;
        case RequestForwarder::State::Refused:
            qCWarning(lcServer).noquote()
                << where << QStringLiteral("the server refused this kiosk's sign-in; nothing is sent (%1)").arg(detail);
            break;
        case RequestForwarder::State::Rejected:
            qCWarning(lcServer).noquote()
                << where << QStringLiteral("the server refused a batch; it is tried again later (%1)").arg(detail);
            break;
        }
        emit stateChanged(state, detail);
    }

    QString m_dataDir;
    ServerSettings m_server;
    QString m_connectionName;
    QTimer *m_timer = nullptr;
    std::unique_ptr<KioskDatabase> m_database;
    std::unique_ptr<CallbackStore> m_store;
    RequestForwarder::State m_state = RequestForwarder::State::Starting;
    int m_retryMs = firstRetryMs;
    bool m_localFailing = false;
};

RequestForwarder::RequestForwarder(const QString &dataDir, const ServerSettings &server, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_server(server)
{
    m_thread.setObjectName(QStringLiteral("forwarder"));
}

RequestForwarder::~RequestForwarder()
{
    stop();
}

void RequestForwarder::start()
{
    if (m_worker)
        return;
    m_worker = new ForwardingWorker(m_dataDir, m_server);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ForwardingWorker::stateChanged, this, &RequestForwarder::stateChanged);
    connect(m_worker, &ForwardingWorker::forwarded, this, &RequestForwarder::forwarded);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ForwardingWorker::begin, Qt::QueuedConnection);
}

void RequestForwarder::stop()
{
    if (!m_worker)
        return;
    // The connections are closed on the thread that opened them.
    QMetaObject::invokeMethod(m_worker, &ForwardingWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

void RequestForwarder::wake()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ForwardingWorker::wake, Qt::QueuedConnection);
}

#include "requestforwarder.moc"
