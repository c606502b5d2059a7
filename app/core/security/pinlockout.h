// The wrong-PIN lock-out rule: how many wrong staff PINs lock the pad, for how long, and when it opens again.
#pragma once

#include <QDateTime>

// A value: the state as stored, and what it becomes after a wrong PIN. No
// clock and no storage here, so every step of the rule can be tested.
class PinLockout
{
public:
    // A visitor who taps at random must not lock staff out for long, and a
    // guesser must not get far: five tries, then 60 s, doubling, at most an
    // hour (24 guesses a day at the most). A day with no wrong PIN forgets the
    // count, so yesterday's guesser doesn't turn today's typo into a long wait.
    static constexpr int wrongPinsBeforeLock = 5;
    static constexpr int firstLockSeconds = 60;
    static constexpr int longestLockSeconds = 60 * 60;
    static constexpr int quietSecondsBeforeForgetting = 24 * 60 * 60;

    // Not locked, no wrong PIN counted: also the state after a right PIN.
    PinLockout() = default;
    // An invalid `lockedUntilUtc` means "not locked"; a negative count is taken as none.
    // An invalid `lastWrongUtc` (a lock-out stored before it was kept) is never forgotten.
    PinLockout(int failures, const QDateTime &lockedUntilUtc, const QDateTime &lastWrongUtc = {},
               int wrongSinceSignIn = 0);

    // Wrong PINs in a row since the last right one (or since the PIN was set),
    // with no quiet day between them.
    int failures() const { return m_failures; }
    QDateTime lockedUntilUtc() const { return m_lockedUntilUtc; }
    QDateTime lastWrongUtc() const { return m_lastWrongUtc; }
    // Every wrong PIN since staff last signed in, forgotten or not: what staff
    // are told when they sign in.
    int wrongSinceSignIn() const { return m_wrongSinceSignIn; }
    // Whether the count in a row has been forgotten by `nowUtc`.
    bool isForgottenAt(const QDateTime &nowUtc) const;

    // Whole seconds, rounded up, until the pad takes a PIN again; 0 when it
    // takes one now. Never more than longestLockSeconds, even if the stored
    // end lies further ahead because the clock was moved back.
    int secondsLeft(const QDateTime &nowUtc) const;
    bool isLocked(const QDateTime &nowUtc) const { return secondsLeft(nowUtc) > 0; }

    // The state after one more wrong PIN at `nowUtc`. While locked, a PIN is
    // not even looked at, so nothing changes.
    [[nodiscard]] PinLockout afterWrongPin(const QDateTime &nowUtc) const;

    // The same state, with a lock that ends more than longestLockSeconds after
    // `nowUtc` (the clock went back) moved to end exactly then. Stored, this
    // makes the lock really end within the longest wait.
    [[nodiscard]] PinLockout withLockAtMostLongest(const QDateTime &nowUtc) const;

    // How long the pad locks when the `failures`-th wrong PIN in a row is
    // entered: 0 below wrongPinsBeforeLock, then 60, 120, 240 … up to the longest.
    static int lockSecondsAfter(int failures);

    bool operator==(const PinLockout &other) const
    {
        return m_failures == other.m_failures && m_lockedUntilUtc == other.m_lockedUntilUtc
            && m_lastWrongUtc == other.m_lastWrongUtc && m_wrongSinceSignIn == other.m_wrongSinceSignIn;
    }
    bool operator!=(const PinLockout &other) const { return !(*this == other); }

private:
    int m_failures = 0;
    QDateTime m_lockedUntilUtc;
    QDateTime m_lastWrongUtc;
    int m_wrongSinceSignIn = 0;
};
