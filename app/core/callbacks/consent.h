// The consent a visitor gives with a call-back request: the words shown and
// the version stored with the request, so staff can tell what was agreed to.
#pragma once

#include <QCoreApplication>
#include <QString>

class Consent
{
    Q_DECLARE_TR_FUNCTIONS(Consent)

public:
    // Changes whenever the meaning of the text changes, including the number
    // of days requests are kept; with `language`, also says which translation
    // was shown ("1/90d/es").
    static QString version(int retentionDays, const QString &language = {});
    static QString inLanguage(const QString &version, const QString &language);
    static QString text(const QString &clinicName, int retentionDays);
};
