// When the kiosk restarts itself for the night, so that a process that has
// run for months starts each day fresh. Decides only; the clock is passed in.
#pragma once

#include <QDateTime>
#include <QTime>

#include <optional>

class QuietHourRestart
{
public:
    // A kiosk that started less than this before the restart time (after a
    // power cut, an update, a crash) is fresh enough: it waits a day.
    static constexpr int minimumUptimeSeconds = 60 * 60;

    // `restartAt`: the local time of day; empty: never. `startedAt`: when this
    // run of the kiosk began.
    QuietHourRestart(std::optional<QTime> restartAt, const QDateTime &startedAt);

    // After the configuration was read again; the start time stays.
    void setRestartAt(std::optional<QTime> restartAt) { m_restartAt = restartAt; }
    std::optional<QTime> restartAt() const { return m_restartAt; }

    // Whether the restart is due at `now`: the first restart time at least
    // minimumUptimeSeconds after the start has come. It stays due until the
    // kiosk restarts, which waits for the visitor to be done. The comparison
    // is by wall-clock time of day in `now`'s time zone, so a restart time
    // skipped or repeated by a daylight-saving change still happens once.
    [[nodiscard]] bool isDue(const QDateTime &now) const;

private:
    std::optional<QTime> m_restartAt;
    QDateTime m_startedAt;
};
