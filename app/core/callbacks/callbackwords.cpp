// Translated names of best times, statuses and yes/no.
#include "core/callbacks/callbackwords.h"

#include <QCoreApplication>

namespace CallbackWords {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CallbackWords", text);
}
} // namespace

QString bestTime(BestTimeToCall time)
{
    switch (time) {
    case BestTimeToCall::Morning: return tr("Morning");
    case BestTimeToCall::Afternoon: return tr("Afternoon");
    case BestTimeToCall::AnyTime: return tr("Any time");
    }
    return {};
}

QString status(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::New: return tr("New");
    case CallbackStatus::Called: return tr("Called");
    case CallbackStatus::NoAnswer: return tr("No answer");
    case CallbackStatus::Done: return tr("Done");
    }
    return {};
}

QString yesNo(bool yes)
{
    return yes ? tr("Yes") : tr("No");
}
} // namespace CallbackWords
