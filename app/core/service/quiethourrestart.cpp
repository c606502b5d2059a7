// The daily restart decision, by local wall-clock time.
#include "core/service/quiethourrestart.h"

#include <QTimeZone>

QuietHourRestart::QuietHourRestart(std::optional<QTime> restartAt, const QDateTime &startedAt)
    : m_restartAt(restartAt), m_startedAt(startedAt)
{
}

bool QuietHourRestart::isDue(const QDateTime &now) const
{
    if (!m_restartAt || !m_restartAt->isValid() || !now.isValid() || !m_startedAt.isValid())
        return false;
    // Seconds are added before converting to wall-clock time, so an hour of
    // uptime is an hour even across a daylight-saving change.
    const QDateTime earliest = m_startedAt.addSecs(minimumUptimeSeconds).toTimeZone(now.timeZone());
    // The day of the first restart time not before `earliest`. Times of day
    // are compared, never built into a QDateTime: 02:30 doesn't exist on the
    // night clocks go forward, and would be invalid.
    const QDate dueDay = earliest.time() <= *m_restartAt ? earliest.date() : earliest.date().addDays(1);
    return now.date() > dueDay || (now.date() == dueDay && now.time() >= *m_restartAt);
}
