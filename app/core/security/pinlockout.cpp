// The wrong-PIN lock-out rule, as pure arithmetic on times.
#include "core/security/pinlockout.h"

#include <QtGlobal>

namespace {
// Far beyond anything a person can type (at an hour a try, a century), and it
// keeps `failures + 1` and the doubling clear of integer overflow whatever the
// database holds.
constexpr int mostFailuresCounted = 1'000'000;
} // namespace

PinLockout::PinLockout(int failures, const QDateTime &lockedUntilUtc, const QDateTime &lastWrongUtc,
                       int wrongSinceSignIn)
    : m_failures(qBound(0, failures, mostFailuresCounted)),
      m_lockedUntilUtc(lockedUntilUtc.toUTC()),
      m_lastWrongUtc(lastWrongUtc.toUTC()),
      m_wrongSinceSignIn(qBound(0, wrongSinceSignIn, mostFailuresCounted))
{
}

bool PinLockout::isForgottenAt(const QDateTime &nowUtc) const
{
    return m_lastWrongUtc.isValid() && nowUtc.isValid()
        && m_lastWrongUtc.secsTo(nowUtc) >= quietSecondsBeforeForgetting;
}

int PinLockout::secondsLeft(const QDateTime &nowUtc) const
{
    if (!m_lockedUntilUtc.isValid() || !nowUtc.isValid())
        return 0;
    const qint64 millisecondsLeft = nowUtc.msecsTo(m_lockedUntilUtc);
    if (millisecondsLeft <= 0)
        return 0;
    // Rounded up: "0 seconds left" must never be shown while the pad is still shut.
    const qint64 seconds = (millisecondsLeft + 999) / 1000;
    return int(qMin<qint64>(seconds, longestLockSeconds));
}

PinLockout PinLockout::afterWrongPin(const QDateTime &nowUtc) const
{
    if (isLocked(nowUtc))
        return *this;
    const int inARow = isForgottenAt(nowUtc) ? 0 : m_failures;
    const int failures = qMin(inARow + 1, mostFailuresCounted);
    const int lockSeconds = lockSecondsAfter(failures);
    return PinLockout(failures, lockSeconds > 0 ? nowUtc.toUTC().addSecs(lockSeconds) : QDateTime(), nowUtc,
                      qMin(m_wrongSinceSignIn + 1, mostFailuresCounted));
}

PinLockout PinLockout::withLockAtMostLongest(const QDateTime &nowUtc) const
{
    if (!m_lockedUntilUtc.isValid() || !nowUtc.isValid())
        return *this;
    const QDateTime latestEnd = nowUtc.toUTC().addSecs(longestLockSeconds);
    if (m_lockedUntilUtc <= latestEnd)
        return *this;
    return PinLockout(m_failures, latestEnd, m_lastWrongUtc, m_wrongSinceSignIn);
}

int PinLockout::lockSecondsAfter(int failures)
{
    if (failures < wrongPinsBeforeLock)
        return 0;
    // Doubling stops as soon as the longest wait is reached, so the loop is
    // short and nothing overflows.
    int seconds = firstLockSeconds;
    for (int extra = failures - wrongPinsBeforeLock; extra > 0 && seconds < longestLockSeconds; --extra)
        seconds *= 2;
    return qMin(seconds, longestLockSeconds);
}
