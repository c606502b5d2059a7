// Storage names of the request's enumerations.
#include "core/callbacks/callbackrequest.h"

#include <array>
#include <utility>

namespace {
const std::array<std::pair<BestTimeToCall, const char16_t *>, 3> bestTimeNames = {{
    {BestTimeToCall::Morning, u"morning"},
    {BestTimeToCall::Afternoon, u"afternoon"},
    {BestTimeToCall::AnyTime, u"any"},
}};
const std::array<std::pair<CallbackStatus, const char16_t *>, 4> statusNames = {{
    {CallbackStatus::New, u"new"},
    {CallbackStatus::Called, u"called"},
    {CallbackStatus::NoAnswer, u"no_answer"},
    {CallbackStatus::Done, u"done"},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &names, const QString &name)
{
    for (const auto &[value, candidate] : names) {
        if (name == QString::fromUtf16(candidate))
            return value;
    }
    return std::nullopt;
}
} // namespace

QString storageName(BestTimeToCall time) { return nameOf(bestTimeNames, time); }
QString storageName(CallbackStatus status) { return nameOf(statusNames, status); }
std::optional<BestTimeToCall> bestTimeFromStorageName(const QString &name) { return valueOf(bestTimeNames, name); }
std::optional<CallbackStatus> statusFromStorageName(const QString &name) { return valueOf(statusNames, name); }

bool CallbackRequest::operator==(const CallbackRequest &other) const
{
    return id == other.id && createdUtc == other.createdUtc && firstName == other.firstName
        && phoneE164 == other.phoneE164 && officeId == other.officeId && bestTime == other.bestTime
        && topicSlug == other.topicSlug && language == other.language && note == other.note
        && voicemailOk == other.voicemailOk && textOk == other.textOk && consentVersion == other.consentVersion
        && consentUtc == other.consentUtc && status == other.status && statusChangedUtc == other.statusChangedUtc;
}
