// RestartBackoff and ThrottledReport: pure decisions over a passed-in clock.
#include "core/service/restartbackoff.h"

#include <algorithm>
#include <utility>

RestartBackoff::Decision RestartBackoff::onFailure(qint64 nowMs)
{
    if (m_lastFailureMs && nowMs - *m_lastFailureMs >= m_limits.healthyAfterMs)
        m_failuresInARow = 0;
    m_lastFailureMs = nowMs;
    ++m_failuresInARow;

    Decision decision;
    decision.failuresInARow = m_failuresInARow;
    if (m_failuresInARow >= m_limits.giveUpAfter) {
        decision.giveUp = true;
        return decision;
    }
    // Doubling from the first delay; the shift is bounded so it can't overflow.
    const int doublings = std::min(m_failuresInARow - 1, 30);
    decision.delayMs = std::min(m_limits.firstDelayMs << doublings, m_limits.longestDelayMs);
    return decision;
}

std::optional<int> ThrottledReport::onEvent(qint64 nowMs)
{
    ++m_unreported;
    if (m_lastLineMs && nowMs - *m_lastLineMs < m_periodMs)
        return std::nullopt;
    m_lastLineMs = nowMs;
    return std::exchange(m_unreported, 0);
}

int ThrottledReport::takeUnreported()
{
    return std::exchange(m_unreported, 0);
}
