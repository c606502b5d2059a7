// When to start a crashed helper process (the reader's renderer) again: after
// a pause that doubles with each failure in a row, and not for ever. A helper
// that cannot start at all must not be restarted in a hot loop, and the
// kiosk must then give up so that its service manager starts it fresh.
// Decides only; the monotonic clock is passed in.
#pragma once

#include <QtGlobal>

#include <optional>

class RestartBackoff
{
public:
    struct Limits
    {
        qint64 firstDelayMs = 250;
        qint64 longestDelayMs = 30000;
        // Failures in a row after which restarting here is pointless.
        int giveUpAfter = 10;
        // A helper that stayed up this long since its last failure is well:
        // the next failure starts a new count.
        qint64 healthyAfterMs = 60000;
    };

    struct Decision
    {
        bool giveUp = false;
        qint64 delayMs = 0;       // before the next start, when not giving up
        int failuresInARow = 0;
    };

    RestartBackoff() = default;
    explicit RestartBackoff(Limits limits) : m_limits(limits) {}

    // The helper ended at `nowMs`.
    [[nodiscard]] Decision onFailure(qint64 nowMs);
    int failuresInARow() const { return m_failuresInARow; }
    const Limits &limits() const { return m_limits; }

private:
    Limits m_limits;
    int m_failuresInARow = 0;
    std::optional<qint64> m_lastFailureMs;
};

// Says a repeated event in the log at most once a period: the first one at
// once, then a count of those since the last line ("failed 37 times in the
// last minute"), so a failing helper can't flood the journal.
class ThrottledReport
{
public:
    explicit ThrottledReport(qint64 periodMs = 60000) : m_periodMs(periodMs) {}

    // An event at `nowMs`. Returns how many events the line to write now
    // covers (this one included), or nothing when it is not time for a line.
    [[nodiscard]] std::optional<int> onEvent(qint64 nowMs);
    // Events not yet in any line; taken by the caller's closing line.
    [[nodiscard]] int takeUnreported();

private:
    qint64 m_periodMs;
    int m_unreported = 0;
    std::optional<qint64> m_lastLineMs;
};
