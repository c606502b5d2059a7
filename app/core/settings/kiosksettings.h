// The clinic's configuration (an INI file), asked typed questions. QSettings
// is used only here.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

#include <optional>

struct Office
{
    QString id;  // from the group name: [office.waldorf] -> "waldorf"
    QString name;
    QString phone;
    QString address;
    QString hours;       // free text: "Monday to Friday, 8 am to 5 pm"
    QString afterHours;  // free text: what to do when the office is closed
};

// The clinic's PostgreSQL server ([server]), where the kiosk forwards its
// requests and the front desk reads them. Absent: the kiosk works alone.
struct ServerSettings
{
    static constexpr int defaultPort = 5432;
    static constexpr int defaultMaxRetrySeconds = 60;

    QString host;  // a name or address; a path is a folder holding a Unix socket
    int port = defaultPort;
    QString database = QStringLiteral("carekiosk");
    QString user;          // this kiosk's role: its id on the server
    QString passwordFile;  // one line; readable by the kiosk's user only
    // libpq's sslmode: verify-full (the default) checks the certificate against
    // caFile and the host name; verify-ca and require are weaker.
    QString sslMode = QStringLiteral("verify-full");
    QString caFile;
    // The longest wait between two tries while the server is unreachable.
    int maxRetrySeconds = defaultMaxRetrySeconds;

    // A kiosk forwards with its own role; a front-desk PC's [server] has no
    // user: staff sign in with theirs.
    bool canForward() const { return !user.isEmpty() && !passwordFile.isEmpty(); }
    // "host:port/database", for log lines.
    QString address() const { return QStringLiteral("%1:%2/%3").arg(host).arg(port).arg(database); }
    bool operator==(const ServerSettings &other) const;
    bool operator!=(const ServerSettings &other) const { return !(*this == other); }
};

class KioskSettings
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettings)

public:
    static constexpr int defaultIdleTimeoutSeconds = 90;
    static constexpr int defaultRetentionDays = 90;
    static constexpr int defaultDoneRetentionDays = 30;
    static constexpr int defaultStaffIdleSeconds = 120;
    // "Still there?" gives at least this long to answer: WCAG 2.2.1 asks 20 s.
    static constexpr int defaultStillThereSeconds = 30;
    static constexpr int minimumStillThereSeconds = 20;
    static QTime defaultRestartAt() { return QTime(3, 30); }

    // Reads `iniFile`; a missing file gives the defaults. Values that don't
    // make sense are reported in warnings() and replaced by the default; each
    // warning names the file, the line and the key ("FILE:LINE: [group] key …").
    // Nothing is logged here: the kiosk logs them at start and on a re-read.
    static KioskSettings load(const QString &iniFile);

    // False when the file was missing or unreadable and these are the defaults.
    bool isFromFile() const { return m_isFromFile; }

    QString clinicName() const { return m_clinicName; }
    // The clinic's online booking page ([clinic] booking_url), shown as a QR
    // code on article pages; empty when the clinic has none.
    QUrl bookingUrl() const { return m_bookingUrl; }
    QList<Office> offices() const { return m_offices; }
    int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
    // How long "Still there?" waits for a touch ([kiosk] still_there_seconds,
    // never under minimumStillThereSeconds).
    int stillThereSeconds() const { return m_stillThereSeconds; }
    // The visitor's languages as configured, in order (empty: every language
    // with articles); see offeredLanguages().
    QStringList languages() const { return m_languages; }
    // The language of the staff screen, whatever the visitor chose; empty:
    // the first language offered.
    QString staffLanguage() const { return m_staffLanguage; }
    // Every request is deleted after retentionDays(); one marked done after
    // doneRetentionDays().
    int retentionDays() const { return m_retentionDays; }
    int doneRetentionDays() const { return m_doneRetentionDays; }
    // Where exports go when no removable drive is plugged in.
    QString exportFolder() const { return m_exportFolder; }
    int staffIdleSeconds() const { return m_staffIdleSeconds; }
    QString phoneRegion() const { return m_phoneRegion; }
    // The clinic's own words for the thank-you page; empty: the kiosk's own.
    QString callbackConfirmation() const { return m_callbackConfirmation; }
    // The local time of the nightly restart ([kiosk] restart_at); empty: off.
    std::optional<QTime> restartAt() const { return m_restartAt; }

    // The [server] section; empty when there is none or it can't be used
    // (each reason is in warnings()).
    std::optional<ServerSettings> server() const { return m_server; }

    QStringList warnings() const { return m_warnings; }

private:
    QString m_clinicName = QStringLiteral("CareKiosk");
    QUrl m_bookingUrl;
    QList<Office> m_offices;
    int m_idleTimeoutSeconds = defaultIdleTimeoutSeconds;
    int m_stillThereSeconds = defaultStillThereSeconds;
    QStringList m_languages;
    QString m_staffLanguage;
    int m_retentionDays = defaultRetentionDays;
    int m_doneRetentionDays = defaultDoneRetentionDays;
    QString m_exportFolder;
    int m_staffIdleSeconds = defaultStaffIdleSeconds;
    QString m_phoneRegion = QStringLiteral("US");
    QString m_callbackConfirmation;
    std::optional<QTime> m_restartAt = defaultRestartAt();
    std::optional<ServerSettings> m_server;
    bool m_isFromFile = false;
    QStringList m_warnings;
};
