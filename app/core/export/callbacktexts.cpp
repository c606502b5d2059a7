// Phone numbers for the exports, formatted once each.
#include "core/export/callbacktexts.h"

#include <QStringList>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

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

// PhoneNumberUtil is safe to share between threads (its caches are locked).
void CallbackTexts::formatPhonesAhead(const QList<CallbackRequest> &requests)
{
    QStringList numbers;
    for (const CallbackRequest &request : requests) {
        if (!m_formattedPhones.contains(request.phoneE164)) {
            m_formattedPhones.insert(request.phoneE164, QString());
            numbers.append(request.phoneE164);
        }
    }
    // For a few hundred numbers, starting threads would cost more than it saves.
    constexpr qsizetype numbersWorthThreads = 1000;
    const int workers = numbers.size() < numbersWorthThreads ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    // Worker w formats numbers w, w + workers, w + 2 × workers…
    std::vector<QStringList> formatted(static_cast<size_t>(workers));
    const auto formatShare = [&](int worker) {
        for (qsizetype i = worker; i < numbers.size(); i += workers)
            formatted[size_t(worker)].append(m_phones.formatNational(numbers.at(i)));
    };
    std::vector<std::thread> threads;
    for (int worker = 1; worker < workers; ++worker)
        threads.emplace_back(formatShare, worker);
    formatShare(0);
    for (std::thread &thread : threads)
        thread.join();
    for (qsizetype i = 0; i < numbers.size(); ++i)
        m_formattedPhones.insert(numbers.at(i), formatted[size_t(i % workers)].at(i / workers));
}
