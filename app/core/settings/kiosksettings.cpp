// Reading carekiosk.conf, and pointing at the line of every value it can't use.
#include "core/settings/kiosksettings.h"

#include "core/content/webaddress.h"
#include "core/server/passwordfile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>

namespace {
const QString officeGroupPrefix = QStringLiteral("office.");

// QSettings splits an unquoted value at commas; an address is still one text.
QString textOf(const QVariant &value)
{
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", ")).trimmed();
    return value.toString().trimmed();
}

QString textValue(const QSettings &ini, const QString &key, const QString &fallback = {})
{
    return textOf(ini.value(key, fallback));
}

// Where each group and key is written in an INI file. QSettings gives values
// but no line numbers, and IT fixing a file wants the line.
class IniLines
{
public:
    explicit IniLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QString group;
        for (qsizetype index = 0; index < lines.size(); ++index) {
            QString text = lines[index].trimmed();  // also drops the '\r' of a file saved on Windows
            if (index == 0 && text.startsWith(QChar(0xFEFF)))
                text = text.mid(1).trimmed();
            if (text.isEmpty() || text.startsWith(u';') || text.startsWith(u'#'))
                continue;
            const int number = int(index) + 1;
            if (text.startsWith(u'[')) {
                const qsizetype end = text.indexOf(u']');
                if (end < 0 && m_firstUnclosedGroupLine == 0)
                    m_firstUnclosedGroupLine = number;
                group = text.mid(1, end < 0 ? -1 : end - 1).trimmed();
                // A group may be opened twice; its first header is where a reader looks.
                if (!m_groupLines.contains(group))
                    m_groupLines.insert(group, number);
                continue;
            }
            const qsizetype equals = text.indexOf(u'=');
            // The last one wins, as it does in QSettings.
            if (equals > 0)
                m_keyLines.insert(group + u'/' + text.left(equals).trimmed(), number);
        }
    }

    // The line of `key` in [group]; the group's header when the key isn't
    // written there; 0 when neither is.
    int lineOf(const QString &group, const QString &key) const
    {
        return m_keyLines.value(group + u'/' + key, m_groupLines.value(group, 0));
    }

    // The first "[group" without its "]", which QSettings reports as a format
    // error; 0 when there is none.
    int firstUnclosedGroupLine() const { return m_firstUnclosedGroupLine; }

private:
    int m_firstUnclosedGroupLine = 0;
    QHash<QString, int> m_groupLines;
    QHash<QString, int> m_keyLines;
};

// "HH:MM", 24-hour; "3:30" is read too.
std::optional<QTime> timeOfDay(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}
} // namespace

KioskSettings KioskSettings::load(const QString &iniFile)
{
    KioskSettings settings;
    if (!QFileInfo::exists(iniFile)) {
        settings.m_warnings.append(tr("%1: no such file; using the defaults").arg(iniFile));
        return settings;
    }
    QSettings ini(iniFile, QSettings::IniFormat);
    // A format error is one line QSettings couldn't read; it still reads every
    // other line, and one typo must not bring back the defaults of them all.
    if (ini.status() == QSettings::AccessError || !QFileInfo(iniFile).isReadable()) {
        settings.m_warnings.append(tr("%1: can't be read as an INI file; using the defaults").arg(iniFile));
        return settings;
    }
    settings.m_isFromFile = true;
    const IniLines lines(iniFile);

    // "FILE:LINE: SUBJECT PROBLEM", as compilers and check-content say it.
    const auto report = [&](int line, const QString &subject, const QString &problem) {
        const QString where = line > 0 ? QStringLiteral("%1:%2").arg(iniFile).arg(line) : iniFile;
        settings.m_warnings.append(QStringLiteral("%1: %2 %3").arg(where, subject, problem));
    };
    const auto warn = [&](const QString &group, const QString &key, const QString &problem) {
        report(lines.lineOf(group, key), QStringLiteral("[%1] %2").arg(group, key), problem);
    };
    if (ini.status() == QSettings::FormatError)
        report(lines.firstUnclosedGroupLine(), tr("this line"),
               tr("can't be read (a group is written [name]); the other lines are used"));

    const auto positiveInteger = [&](const QString &group, const QString &key, int fallback, int minimum, int maximum) {
        const QVariant value = ini.value(group + u'/' + key);
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const int number = textOf(value).toInt(&ok);
        if (ok && number >= minimum && number <= maximum)
            return number;
        warn(group, key,
             tr("must be a whole number from %1 to %2, not '%3'; using %4")
                 .arg(minimum)
                 .arg(maximum)
                 .arg(textOf(value))
                 .arg(fallback));
        return fallback;
    };

    const QString kiosk = QStringLiteral("kiosk");
    const QString privacy = QStringLiteral("privacy");
    const QString staff = QStringLiteral("staff");
    settings.m_clinicName = textValue(ini, QStringLiteral("clinic/name"), settings.m_clinicName);
    settings.m_phoneRegion = textValue(ini, QStringLiteral("clinic/phone_region"), settings.m_phoneRegion);
    settings.m_callbackConfirmation = textValue(ini, QStringLiteral("callbacks/confirmation"));
    const QString bookingUrl = textValue(ini, QStringLiteral("clinic/booking_url"));
    if (!bookingUrl.isEmpty()) {
        const QUrl url(bookingUrl, QUrl::StrictMode);
        if (!WebAddress::isWebAddress(url))
            warn(QStringLiteral("clinic"), QStringLiteral("booking_url"),
                 tr("must be a web address starting with https:// or http://, not '%1'; no booking code is shown")
                     .arg(bookingUrl));
        else if (WebAddress::isPlaceholder(url))
            warn(QStringLiteral("clinic"), QStringLiteral("booking_url"),
                 tr("'%1' is a placeholder address; no booking code is shown").arg(bookingUrl));
        else
            settings.m_bookingUrl = url;
    }
    settings.m_idleTimeoutSeconds =
        positiveInteger(kiosk, QStringLiteral("idle_timeout_seconds"), defaultIdleTimeoutSeconds, 15, 3600);
    settings.m_stillThereSeconds = positiveInteger(kiosk, QStringLiteral("still_there_seconds"), defaultStillThereSeconds,
                                                   minimumStillThereSeconds, 600);
    settings.m_retentionDays = positiveInteger(privacy, QStringLiteral("retention_days"), defaultRetentionDays, 1, 3650);
    settings.m_doneRetentionDays =
        positiveInteger(privacy, QStringLiteral("done_retention_days"), defaultDoneRetentionDays, 1, 3650);
    settings.m_staffIdleSeconds =
        positiveInteger(staff, QStringLiteral("idle_timeout_seconds"), defaultStaffIdleSeconds, 15, 3600);
    settings.m_exportFolder = textValue(ini, QStringLiteral("staff/export_folder"));
    if (!settings.m_exportFolder.isEmpty() && QFileInfo(settings.m_exportFolder).isRelative()) {
        warn(staff, QStringLiteral("export_folder"),
             tr("must be a full path, not '%1'; using the data folder").arg(settings.m_exportFolder));
        settings.m_exportFolder.clear();
    }
    const QVariant restartAt = ini.value(QStringLiteral("kiosk/restart_at"));
    if (restartAt.isValid()) {
        const QString text = textOf(restartAt);
        if (text.compare(QStringLiteral("off"), Qt::CaseInsensitive) == 0) {
            settings.m_restartAt.reset();
        } else if (const std::optional<QTime> time = timeOfDay(text)) {
            settings.m_restartAt = time;
        } else {
            warn(kiosk, QStringLiteral("restart_at"),
                 tr("must be a time of day from 00:00 to 23:59, or 'off', not '%1'; using %2")
                     .arg(text, defaultRestartAt().toString(QStringLiteral("HH:mm"))));
        }
    }
    for (const QString &language : ini.value(QStringLiteral("kiosk/languages")).toStringList()) {
        if (!language.trimmed().isEmpty())
            settings.m_languages.append(language.trimmed());
    }
    settings.m_staffLanguage = textValue(ini, QStringLiteral("staff/language"));

    if (ini.childGroups().contains(QStringLiteral("server"))) {
        const QString server = QStringLiteral("server");
        ServerSettings wanted;
        wanted.host = textValue(ini, QStringLiteral("server/host"));
        wanted.port = positiveInteger(server, QStringLiteral("port"), ServerSettings::defaultPort, 1, 65535);
        wanted.database = textValue(ini, QStringLiteral("server/database"), wanted.database);
        wanted.user = textValue(ini, QStringLiteral("server/user"));
        wanted.passwordFile = textValue(ini, QStringLiteral("server/password_file"));
        wanted.sslMode = textValue(ini, QStringLiteral("server/sslmode"), wanted.sslMode);
        wanted.caFile = textValue(ini, QStringLiteral("server/ca_file"));
        wanted.maxRetrySeconds = positiveInteger(server, QStringLiteral("max_retry_seconds"),
                                                 ServerSettings::defaultMaxRetrySeconds, 1, 3600);
        // Each missing piece is named; requests then stay on the kiosk.
        bool usable = true;
        const auto refuse = [&](const QString &key, const QString &problem) {
            warn(server, key, problem + tr("; requests are kept on this kiosk and not forwarded"));
            usable = false;
        };
        if (wanted.host.isEmpty())
            refuse(QStringLiteral("host"), tr("is missing"));
        if (wanted.database.isEmpty())
            refuse(QStringLiteral("database"), tr("is empty"));
        // A front-desk PC has neither: staff sign in with their own role. A
        // kiosk needs both to forward its requests.
        const bool forwards = !wanted.user.isEmpty() || !wanted.passwordFile.isEmpty();
        if (forwards && wanted.user.isEmpty())
            refuse(QStringLiteral("user"), tr("is missing"));
        if (forwards && wanted.passwordFile.isEmpty()) {
            refuse(QStringLiteral("password_file"), tr("is missing"));
        } else if (!forwards) {
            // Nothing to check.
        } else if (QFileInfo(wanted.passwordFile).isRelative()) {
            refuse(QStringLiteral("password_file"), tr("must be a full path, not '%1'").arg(wanted.passwordFile));
        } else if (const PasswordFile password = PasswordFile::read(wanted.passwordFile); password.problem) {
            // Checked again at every connection: a fixed file is used without a restart.
            warn(server, QStringLiteral("password_file"), *password.problem);
        }
        const QStringList sslModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require")};
        if (!sslModes.contains(wanted.sslMode))
            refuse(QStringLiteral("sslmode"),
                   tr("must be verify-full, verify-ca or require, not '%1'").arg(wanted.sslMode));
        const bool overSocket = wanted.host.startsWith(u'/');
        if (wanted.sslMode.startsWith(QStringLiteral("verify-")) && !overSocket) {
            if (wanted.caFile.isEmpty())
                refuse(QStringLiteral("ca_file"), tr("is missing: sslmode=%1 needs the clinic's CA certificate").arg(wanted.sslMode));
            else if (QFileInfo(wanted.caFile).isRelative())
                refuse(QStringLiteral("ca_file"), tr("must be a full path, not '%1'").arg(wanted.caFile));
        }
        if (usable)
            settings.m_server = wanted;
    }

    QStringList groups = ini.childGroups();
    groups.sort();
    for (const QString &group : std::as_const(groups)) {
        if (!group.startsWith(officeGroupPrefix))
            continue;
        ini.beginGroup(group);
        Office office;
        office.id = group.mid(officeGroupPrefix.size());
        office.name = textValue(ini, QStringLiteral("name"));
        office.phone = textValue(ini, QStringLiteral("phone"));
        office.address = textValue(ini, QStringLiteral("address"));
        office.hours = textValue(ini, QStringLiteral("hours"));
        office.afterHours = textValue(ini, QStringLiteral("after_hours"));
        ini.endGroup();
        if (office.name.isEmpty())
            report(lines.lineOf(group, QStringLiteral("name")), QStringLiteral("[%1]").arg(group),
                   tr("has no name; the office is left out"));
        else
            settings.m_offices.append(office);
    }
    return settings;
}

bool ServerSettings::operator==(const ServerSettings &other) const
{
    return host == other.host && port == other.port && database == other.database && user == other.user
        && passwordFile == other.passwordFile && sslMode == other.sslMode && caFile == other.caFile
        && maxRetrySeconds == other.maxRetrySeconds;
}
