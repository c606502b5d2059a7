// A real PostgreSQL 15 for a test: initdb into a folder of the test, a
// throw-away CA and server certificate made with openssl, TLS on a loopback
// port, the CareKiosk schema and roles made by the shipped setup script.
// Started and stopped by the test; as root, the server programs run as the
// user postgres (PostgreSQL refuses to run as root).
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <optional>

class PostgresServer
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static QString owner() { return QStringLiteral("owner"); }
    static QString database() { return QStringLiteral("carekiosk"); }

    // `dir`: an empty folder the test owns (a QTemporaryDir).
    explicit PostgresServer(const QString &dir) : m_dir(dir) {}
    ~PostgresServer() { stop(); }

    int port() const { return m_port; }
    QString socketDir() const { return m_dir; }
    QString caFile() const { return m_dir + QStringLiteral("/ca.crt"); }
    QString otherCaFile() const { return m_dir + QStringLiteral("/other-ca.crt"); }
    QString log() const
    {
        QFile file(m_dir + QStringLiteral("/server.log"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // initdb, certificates, configuration, first start, database, schema.
    std::optional<QString> create()
    {
        if (!QFile::exists(binDir() + QStringLiteral("/initdb")))
            return QStringLiteral("PostgreSQL 15 is not installed (package postgresql-15)");
        if (::geteuid() == 0) {
            const passwd *postgres = ::getpwnam("postgres");
            if (!postgres)
                return QStringLiteral("running as root, but there is no user postgres to run the server as");
            if (::chown(QFile::encodeName(m_dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                return QStringLiteral("can't give %1 to the user postgres").arg(m_dir);
            m_serverUid = postgres->pw_uid;
            m_serverGid = postgres->pw_gid;
        }
        if (auto failure = makeCertificates())
            return failure;
        if (auto failure = asServer(binDir() + QStringLiteral("/initdb"),
                                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), owner(),
                                     QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=reject"),
                                     QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                     QStringLiteral("--locale=C")}))
            return failure;
        m_port = freePort();
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append))
            return QStringLiteral("postgresql.conf can't be written");
        conf.write(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\nunix_socket_directories = '%2'\n"
                                  "ssl = on\nssl_cert_file = '%2/server.crt'\nssl_key_file = '%2/server.key'\n"
                                  "max_connections = 40\nlog_connections = on\n")
                       .arg(m_port)
                       .arg(m_dir)
                       .toUtf8());
        conf.close();
        // Owner over the Unix socket only; everyone else over TLS with a password.
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("pg_hba.conf can't be written");
        hba.write("local all owner trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n");
        hba.close();
        if (auto failure = start())
            return failure;
        if (auto failure = psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE carekiosk")))
            return failure;
        return setup({QStringLiteral("migrate")});
    }

    bool isRunning() const { return QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")); }

    std::optional<QString> start()
    {
        return asServer(binDir() + QStringLiteral("/pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    }

    // "fast" ends every connection at once; "immediate" is a crash.
    std::optional<QString> stop(const QString &mode = QStringLiteral("fast"))
    {
        if (!isRunning())
            return std::nullopt;
        return asServer(binDir() + QStringLiteral("/pg_ctl"),
                        {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                         QStringLiteral("stop")});
    }

    // The shipped packaging/postgresql/carekiosk-server-setup.sh, as the owner.
    std::optional<QString> setup(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess script;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGHOST"), m_dir);
        environment.insert(QStringLiteral("PGPORT"), QString::number(m_port));
        environment.insert(QStringLiteral("PGUSER"), owner());
        environment.insert(QStringLiteral("PGDATABASE"), database());
        environment.insert(QStringLiteral("CAREKIOSK_PSQL"), binDir() + QStringLiteral("/psql"));
        script.setProcessEnvironment(environment);
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral(CAREKIOSK_SOURCE_DIR "/packaging/postgresql/carekiosk-server-setup.sh"), arguments);
        script.write(input);
        script.closeWriteChannel();
        if (!script.waitForFinished(120'000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
            return QStringLiteral("setup %1: %2").arg(arguments.join(u' '), QString::fromUtf8(script.readAll()));
        return std::nullopt;
    }

    // A kiosk or desk login role, and its password file (0600).
    std::optional<QString> addRole(const QString &command, const QString &name, const QString &password)
    {
        return setup({command, name}, password.toUtf8() + '\n');
    }

    // A statement as the owner, over the Unix socket.
    std::optional<QString> psql(const QString &db, const QString &statement)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(binDir() + QStringLiteral("/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                       m_dir, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), owner(),
                       QStringLiteral("-d"), db, QStringLiteral("-c"), statement});
        if (!process.waitForFinished(60'000) || process.exitCode() != 0)
            return QString::fromUtf8(process.readAll());
        return std::nullopt;
    }

    // A QPSQL connection as the owner (no TLS: the Unix socket), named `name`.
    QSqlDatabase ownerConnection(const QString &name) const
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_dir);
        db.setPort(m_port);
        db.setDatabaseName(database());
        db.setUserName(owner());
        if (!db.isOpen())
            db.open();
        return db;
    }

    // One number from the owner's connection, -1 on an error.
    long long count(const QString &statement) const
    {
        QSqlDatabase db = ownerConnection(QStringLiteral("owner-count"));
        for (int attempt = 0; attempt < 2; ++attempt) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                return query.value(0).toLongLong();
            // The server was stopped and started since: a new connection.
            db.close();
            db.open();
        }
        return -1;
    }

    // A file only the calling user can read, as the kiosk's password file.
    static QString writePasswordFile(const QString &path, const QString &password)
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(password.toUtf8() + '\n');
        file.close();
        ::chmod(QFile::encodeName(path).constData(), 0600);
        return path;
    }

private:
    QString dataDir() const { return m_dir + QStringLiteral("/data"); }

    static int freePort()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            const int port = int(QRandomGenerator::global()->bounded(20000, 60000));
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(quint16(port));
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            const bool free = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
            ::close(fd);
            if (free)
                return port;
        }
        return 54321;
    }

    std::optional<QString> run(const QString &program, const QStringList &arguments, const QString &workDir = {})
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (!workDir.isEmpty())
            process.setWorkingDirectory(workDir);
        process.start(program, arguments);
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("%1 %2: %3").arg(program, arguments.join(u' '), QString::fromUtf8(process.readAll()));
        return std::nullopt;
    }

    // As the user postgres when we are root; output to a file, since the
    // server that pg_ctl starts keeps what it inherited open.
    std::optional<QString> asServer(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        const QString output = m_dir + QStringLiteral("/command.out");
        process.setStandardOutputFile(output);
        process.setStandardErrorFile(output, QIODevice::Append);
        process.setWorkingDirectory(m_dir);
        if (m_serverUid)
            process.start(QStringLiteral("/sbin/runuser"),
                          QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        const bool ok = process.waitForFinished(120'000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        if (ok)
            return std::nullopt;
        QFile file(output);
        file.open(QIODevice::ReadOnly);
        return QStringLiteral("%1 %2: %3").arg(program, arguments.join(u' '), QString::fromUtf8(file.readAll()));
    }

    std::optional<QString> makeCertificates()
    {
        const QString openssl = QStringLiteral("/usr/bin/openssl");
        const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other-ca")}) {
            if (auto failure = run(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                                                + QStringList{QStringLiteral("-keyout"), ca + QStringLiteral(".key"),
                                                              QStringLiteral("-out"), ca + QStringLiteral(".crt"),
                                                              QStringLiteral("-days"), QStringLiteral("2"),
                                                              QStringLiteral("-subj"), QStringLiteral("/CN=CareKiosk test ") + ca},
                                   m_dir))
                return failure;
        }
        QFile extensions(m_dir + QStringLiteral("/server.ext"));
        extensions.open(QIODevice::WriteOnly);
        extensions.write("subjectAltName = DNS:localhost, IP:127.0.0.1\n");
        extensions.close();
        if (auto failure = run(openssl, QStringList{QStringLiteral("req")} + ecKey
                                            + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                                          QStringLiteral("-out"), QStringLiteral("server.csr"),
                                                          QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                               m_dir))
            return failure;
        if (auto failure = run(openssl,
                               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                                QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.crt"),
                                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                               m_dir))
            return failure;
        // The server reads its key only if it alone can.
        const QByteArray key = QFile::encodeName(m_dir + QStringLiteral("/server.key"));
        ::chmod(key.constData(), 0600);
        if (m_serverUid && ::chown(key.constData(), *m_serverUid, *m_serverGid) != 0)
            return QStringLiteral("can't give the server key to postgres");
        return std::nullopt;
    }

    QString m_dir;
    int m_port = 0;
    std::optional<uid_t> m_serverUid;
    std::optional<gid_t> m_serverGid;
};
