// Phone numbers for the exports, formatted once each.
#include "core/export/callbacktexts.h"

#include <QStringList>
#include <QtConcurrentMap>

CallbackTexts::CallbackTexts(const ExportContext &context) : m_phones(context.phoneRegion)
{
}

QString CallbackTexts::phone(const QString &e164)
{
    const auto known = m_formattedPhones.constFind(e164);
    if (known != m_formattedPhones.cend())
        return *known;
    return *m_formattedPhones.insert(e164, m_phones.formatNational(e164));
}

void CallbackTexts::formatPhonesAhead(const QList<CallbackRequest> &requests)
{
    QStringList numbers;
    for (const CallbackRequest &request : requests) {
        if (!m_formattedPhones.contains(request.phoneE164)) {
            m_formattedPhones.insert(request.phoneE164, QString());
            numbers.append(request.phoneE164);
        }
    }
    // PhoneNumberUtil is safe to share between threads (its caches are locked). For a few hundred
    // numbers, handing them to the thread pool would cost more than it saves.
    constexpr qsizetype numbersWorthThreads = 1000;
    const auto format = [this](const QString &e164) { return m_phones.formatNational(e164); };
    QStringList formatted;
    if (numbers.size() < numbersWorthThreads) {
        formatted.reserve(numbers.size());
        for (const QString &number : std::as_const(numbers))
            formatted.append(format(number));
    } else {
        formatted = QtConcurrent::blockingMapped(numbers, format);
    }
    for (qsizetype i = 0; i < numbers.size(); ++i)
        m_formattedPhones.insert(numbers.at(i), formatted.at(i));
}
