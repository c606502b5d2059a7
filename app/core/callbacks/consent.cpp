// Consent wording, version 1.
#include "core/callbacks/consent.h"

QString Consent::version(int retentionDays, const QString &language)
{
    return inLanguage(QStringLiteral("1/%1d").arg(retentionDays), language);
}

QString Consent::inLanguage(const QString &version, const QString &language)
{
    return language.isEmpty() ? version : version + u'/' + language;
}

QString Consent::text(const QString &clinicName, int retentionDays)
{
    return tr("We keep your first name, phone number, office, best time to call, topic and note on this kiosk so "
              "that %1 can call you back. Only clinic staff can see them. We delete them within %n days. You do "
              "not need to leave a request to get care.",
              nullptr, retentionDays)
        .arg(clinicName);
}
