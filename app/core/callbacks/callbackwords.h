// The words staff read for a request's choices, the same on the staff
// screen, in the CSV and on the printed list.
#pragma once

#include "core/callbacks/callbackrequest.h"

namespace CallbackWords {
QString bestTime(BestTimeToCall time);
QString status(CallbackStatus status);
QString yesNo(bool yes);
} // namespace CallbackWords
