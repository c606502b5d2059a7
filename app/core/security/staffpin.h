// The staff PIN that unlocks the staff screen: checking a new one, storing it as a slow salted hash, and
// checking a typed one against it under the wrong-PIN lock-out.
#pragma once

#include "core/security/pinlockout.h"
#include "core/storage/kioskdatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// What came of one PIN typed on the pad.
struct PinCheck
{
    enum class Outcome {
        Accepted,     // the right PIN: the lock-out is cleared
        Wrong,        // counted; may have started a lock (secondsLeft > 0)
        LockedOut,    // not looked at: the pad is locked for secondsLeft more seconds
        NoPinSet,     // nothing to compare with: IT must run `carekiosk set-pin`
        Unavailable,  // the database could not be read or written, or the stored hash not
                      // checked: nothing was decided or counted
    };

    Outcome outcome = Outcome::Unavailable;
    int failures = 0;     // Wrong, LockedOut: wrong PINs in a row, this one included
    int secondsLeft = 0;  // LockedOut: the wait left; Wrong: the lock this PIN started, else 0
    std::optional<StoreFailure> failure;  // Unavailable: why
    int wrongSinceLastSignIn = 0;  // Accepted: wrong PINs typed since staff last signed in
};

// Whether the PIN pad takes a PIN at a given moment. It fails closed: a
// lock-out that can't be read counts as locked, so that a database refusing
// reads never opens the pad to a guesser.
struct LockoutVerdict
{
    enum class State {
        Open,        // a PIN may be typed
        LockedOut,   // too many wrong PINs: closed for secondsLeft more seconds
        Unreadable,  // the lock-out could not be read: closed until it can be; `failure` says why
    };

    State state = State::Unreadable;
    int secondsLeft = 0;                  // LockedOut: the wait left, 1 to PinLockout::longestLockSeconds
    std::optional<StoreFailure> failure;  // Unreadable: why

    bool isLocked() const { return state != State::Open; }
};

// Why a new PIN was not set. Nothing was changed in any of these cases.
struct SetPinFailure
{
    enum class Kind {
        InvalidPin,     // not 4 to 12 digits
        HashingFailed,  // libsodium could not start or had too little memory
        NotSaved,       // the database refused the write
    };

    Kind kind = Kind::NotSaved;
    QString message;                      // one line in plain words, translated
    std::optional<StoreFailure> storeFailure;  // NotSaved: the database's reason
};

class StaffPin
{
    Q_DECLARE_TR_FUNCTIONS(StaffPin)

public:
    // The pad has the ten digits only; 4 is the least anyone will accept,
    // 12 the most anyone will type on a touch-screen.
    static constexpr int shortestPin = 4;
    static constexpr int longestPin = 12;

    // The database must outlive this object and is used from its thread only.
    explicit StaffPin(KioskDatabase &database);

    // Why `pin` can't be the staff PIN, in plain words for IT; nullopt if it can.
    [[nodiscard]] static std::optional<QString> problemWithNewPin(const QString &pin);

    // Replaces the PIN and clears the lock-out in one transaction: setting a
    // new PIN is how IT lets staff back in. Takes about as long as check().
    [[nodiscard]] std::optional<SetPinFailure> setPin(const QString &pin);

    // Whether a PIN has been set, or why that can't be told.
    [[nodiscard]] StoreResult<bool> isSet();

    // The lock-out as stored. Whether the pad is open is lockoutAt()'s to say:
    // a failure here leaves the value "not locked".
    [[nodiscard]] StoreResult<PinLockout> lockout();

    // Whether the pad takes a PIN at `nowUtc`, without typing anything: for
    // the pad to show a count-down, or why it can't open, as it is shown.
    // A lock-out that can't be read counts as locked.
    [[nodiscard]] LockoutVerdict lockoutAt(const QDateTime &nowUtc);

    // Checks `pin` at `nowUtc` (the caller's clock, so that tests can move it).
    // The verdict and the new lock-out state are committed in one transaction
    // before this returns: killing the kiosk after a wrong PIN still counts it.
    // Blocks for one slow hash (see staffpin.cpp), unless locked out.
    [[nodiscard]] PinCheck check(const QString &pin, const QDateTime &nowUtc);

private:
    [[nodiscard]] StoreResult<QString> storedHash();
    [[nodiscard]] std::optional<StoreFailure> saveLockout(const PinLockout &lockout);

    KioskDatabase &m_database;
};
