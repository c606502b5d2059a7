// Reading carekiosk.conf.
#include "settings/kiosksettings.h"

#include "logging.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString officeGroupPrefix = QStringLiteral("office.");

// QSettings splits an unquoted value at commas; an address is still one text.
QString textValue(const QSettings &ini, const QString &key, const QString &fallback = {})
{
    const QVariant value = ini.value(key, fallback);
    if (value.userType() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", ")).trimmed();
    return value.toString().trimmed();
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
    if (ini.status() != QSettings::NoError) {
        settings.m_warnings.append(tr("%1: can't be read as an INI file; using the defaults").arg(iniFile));
        return settings;
    }

    const auto positiveInteger = [&](const QString &key, int fallback, int minimum, int maximum) {
        const QVariant value = ini.value(key);
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok && number >= minimum && number <= maximum)
            return number;
        settings.m_warnings.append(tr("%1: %2 must be a whole number from %3 to %4, not '%5'; using %6")
                                       .arg(iniFile, key)
                                       .arg(minimum)
                                       .arg(maximum)
                                       .arg(value.toString())
                                       .arg(fallback));
        return fallback;
    };

    settings.m_clinicName = textValue(ini, QStringLiteral("clinic/name"), settings.m_clinicName);
    settings.m_phoneRegion = textValue(ini, QStringLiteral("clinic/phone_region"), settings.m_phoneRegion);
    settings.m_callbackConfirmation = textValue(ini, QStringLiteral("callbacks/confirmation"));
    settings.m_idleTimeoutSeconds =
        positiveInteger(QStringLiteral("kiosk/idle_timeout_seconds"), defaultIdleTimeoutSeconds, 15, 3600);
    settings.m_retentionDays = positiveInteger(QStringLiteral("privacy/retention_days"), defaultRetentionDays, 1, 3650);
    settings.m_doneRetentionDays =
        positiveInteger(QStringLiteral("privacy/done_retention_days"), defaultDoneRetentionDays, 1, 3650);
    settings.m_staffIdleSeconds =
        positiveInteger(QStringLiteral("staff/idle_timeout_seconds"), defaultStaffIdleSeconds, 15, 3600);
    settings.m_exportFolder = textValue(ini, QStringLiteral("staff/export_folder"));
    if (!settings.m_exportFolder.isEmpty() && QFileInfo(settings.m_exportFolder).isRelative()) {
        settings.m_warnings.append(tr("%1: staff/export_folder must be a full path, not '%2'; using the data folder")
                                       .arg(iniFile, settings.m_exportFolder));
        settings.m_exportFolder.clear();
    }
    const QStringList languages = ini.value(QStringLiteral("kiosk/languages")).toStringList();
    if (!languages.isEmpty())
        settings.m_languages = languages;

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
        ini.endGroup();
        if (office.name.isEmpty())
            settings.m_warnings.append(tr("%1: [%2] has no name; the office is left out").arg(iniFile, group));
        else
            settings.m_offices.append(office);
    }
    for (const QString &warning : std::as_const(settings.m_warnings))
        qCWarning(lcSettings).noquote() << warning;
    return settings;
}
