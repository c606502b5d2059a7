// The words of a call-back request as staff read them in the exports: phone numbers in the clinic's
// form, and the translation context ("CallbackExport") the CSV header and the printed list share.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/callbacks/phonenumber.h"
#include "core/export/exportcontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// One per export: it remembers every number it formatted, and is used from one thread.
class CallbackTexts
{
    Q_DECLARE_TR_FUNCTIONS(CallbackExport)

public:
    explicit CallbackTexts(const ExportContext &context);

    // "(301) 555-0142" at home, "+44 20 7946 0018" from abroad. libphonenumber takes most of an
    // export's time (about 10 µs a number), so a number that asked more than once is formatted once.
    QString phone(const QString &e164);

    // Formats every distinct number of `requests` before they are written, on every core when there
    // are many (QtConcurrent's global thread pool): phone() then finds them all.
    void formatPhonesAhead(const QList<CallbackRequest> &requests);

private:
    PhoneNumberParser m_phones;
    QHash<QString, QString> m_formattedPhones;
};
