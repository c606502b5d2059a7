// A valid call-back request for tests and benchmarks: distinct per number.
#pragma once

#include "core/callbacks/callbackrequest.h"

#include <QUuid>

inline CallbackRequest sampleRequest(int number)
{
    CallbackRequest request;
    request.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.createdUtc = QDateTime::currentDateTimeUtc();
    request.firstName = QStringLiteral("Visitor %1").arg(number);
    request.phoneE164 = QStringLiteral("+1301555%1").arg(100 + number % 100, 4, 10, QLatin1Char('0'));
    request.officeId = QStringLiteral("waldorf");
    request.bestTime = static_cast<BestTimeToCall>(number % 3);
    request.topicSlug = QStringLiteral("botox-for-pain");
    request.language = QStringLiteral("en");
    request.note = QStringLiteral("Note number %1").arg(number);
    request.voicemailOk = number % 2 == 0;
    request.textOk = number % 3 == 0;
    request.consentVersion = QStringLiteral("2026-11");
    request.consentUtc = request.createdUtc;
    return request;
}
