// The clinic's configuration (an INI file), asked typed questions. QSettings
// is used only here.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

struct Office
{
    QString id;  // from the group name: [office.waldorf] -> "waldorf"
    QString name;
    QString phone;
    QString address;
};

class KioskSettings
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettings)

public:
    static constexpr int defaultIdleTimeoutSeconds = 90;
    static constexpr int defaultRetentionDays = 90;

    // Reads `iniFile`; a missing file gives the defaults. Values that don't
    // make sense are reported in warnings() and replaced by the default.
    static KioskSettings load(const QString &iniFile);

    QString clinicName() const { return m_clinicName; }
    QList<Office> offices() const { return m_offices; }
    int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
    QStringList languages() const { return m_languages; }
    int retentionDays() const { return m_retentionDays; }
    QString phoneRegion() const { return m_phoneRegion; }
    // The clinic's own words for the thank-you page; empty: the kiosk's own.
    QString callbackConfirmation() const { return m_callbackConfirmation; }

    QStringList warnings() const { return m_warnings; }

private:
    QString m_clinicName = QStringLiteral("CareKiosk");
    QList<Office> m_offices;
    int m_idleTimeoutSeconds = defaultIdleTimeoutSeconds;
    QStringList m_languages = {QStringLiteral("en")};
    int m_retentionDays = defaultRetentionDays;
    QString m_phoneRegion = QStringLiteral("US");
    QString m_callbackConfirmation;
    QStringList m_warnings;
};
