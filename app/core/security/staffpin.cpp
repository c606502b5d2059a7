// Hashing, storing and checking the staff PIN with libsodium's Argon2id, and
// keeping the wrong-PIN count in the database so that no restart resets it.
#include "core/security/staffpin.h"

#include "core/storage/sqlvalues.h"

#include "core/logging.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <sodium.h>

#include <cerrno>
#include <limits>

namespace {

// Argon2id with t = 5 passes over m = 128 MiB, one lane (libsodium's only choice).
// OWASP's floor for Argon2id is m = 19 MiB with t = 2; this is well above it
// on both counts. The cost was set by measuring: one verification takes
// about 0.23 s on the 2-core build machine (AMD EPYC), so perhaps 0.4 to 0.6 s
// on a small kiosk PC — once per unlock, which staff won't mind, while every
// guess against a stolen database file costs the same 128 MiB and time.
// 128 MiB rather than libsodium's MODERATE 256 MiB because the kiosk also
// runs a web engine and may have little RAM. No hash makes a 4-digit PIN
// safe against an offline guesser on its own (10 000 tries); that rests on
// the file being private (0600) and on the wrong-PIN lock-out; longer PINs help.
// The parameters are stored in each hash, so raising them later still lets
// old PINs be checked.
constexpr unsigned long long hashPasses = 5;
constexpr size_t hashMemoryBytes = size_t(128) * 1024 * 1024;
static_assert(hashPasses >= 2 && hashMemoryBytes >= size_t(19) * 1024 * 1024, "below OWASP's Argon2id minimum");

bool sodiumReady()
{
    // sodium_init() picks the fastest code for this CPU and seeds the random
    // salt generator; once per process is enough, and a static makes it once.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The typed PIN lives in this buffer for the hash only; wiping it keeps one
// copy fewer of the PIN in freed memory.
class PinBytes
{
public:
    explicit PinBytes(const QString &pin) : m_bytes(pin.toUtf8()) {}
    ~PinBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    PinBytes(const PinBytes &) = delete;
    PinBytes &operator=(const PinBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

[[nodiscard]] std::optional<QString> hashOf(const QString &pin)
{
    const PinBytes bytes(pin);
    char hash[crypto_pwhash_STRBYTES] = {};
    // The algorithm is named, not left to libsodium's default, so the string
    // is Argon2id whatever a later libsodium prefers.
    if (crypto_pwhash_str_alg(hash, bytes.data(), bytes.size(), hashPasses, hashMemoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return std::nullopt;  // out of memory: the only way it fails with these parameters
    }
    return QString::fromLatin1(hash);
}

enum class PinMatch { Same, Different, CantTell };

[[nodiscard]] PinMatch compare(const QString &pin, const QString &storedHash)
{
    const QByteArray hash = storedHash.toLatin1();
    if (!hash.startsWith(crypto_pwhash_argon2id_STRPREFIX))
        return PinMatch::CantTell;
    const PinBytes bytes(pin);
    // libsodium answers -1 both for a wrong PIN and for an error; only a
    // failed allocation is told apart, so that a right PIN on a machine short
    // of memory is not counted as a wrong one. Anything else stays "wrong",
    // which can only err towards the lock-out.
    errno = 0;
    const int verdict = crypto_pwhash_str_verify(hash.constData(), bytes.data(), bytes.size());
    const int reason = errno;
    if (verdict == 0)
        return PinMatch::Same;
    return reason == ENOMEM ? PinMatch::CantTell : PinMatch::Different;
}

// The PINs a guesser tries first: one digit over and over (0000), a run up
// or down the digits (1234, 4321, 98765), a pair repeated (1212, 6969), and
// a few that every list of common PINs starts with.
bool isEasyToGuess(const QString &pin)
{
    static const QStringList common = {QStringLiteral("1004"), QStringLiteral("2000"), QStringLiteral("2580"),
                                       QStringLiteral("0852"), QStringLiteral("1122"), QStringLiteral("1231")};
    if (common.contains(pin))
        return true;
    bool up = true;
    bool down = true;
    bool pairRepeated = pin.size() % 2 == 0;
    for (qsizetype i = 1; i < pin.size(); ++i) {
        const int step = pin.at(i).unicode() - pin.at(i - 1).unicode();
        up = up && step == 1;
        down = down && step == -1;
        pairRepeated = pairRepeated && (i < 2 || pin.at(i) == pin.at(i - 2));
    }
    // One digit repeated is a pair repeated too.
    return up || down || pairRepeated;
}

PinCheck unavailable(const StoreFailure &failure)
{
    PinCheck result;
    result.outcome = PinCheck::Outcome::Unavailable;
    result.failure = failure;
    return result;
}

PinCheck withOutcome(PinCheck::Outcome outcome, const PinLockout &lockout, const QDateTime &nowUtc)
{
    PinCheck result;
    result.outcome = outcome;
    result.failures = lockout.failures();
    result.secondsLeft = lockout.secondsLeft(nowUtc);
    return result;
}
} // namespace

StaffPin::StaffPin(KioskDatabase &database) : m_database(database)
{
}

std::optional<QString> StaffPin::problemWithNewPin(const QString &pin)
{
    if (pin.isEmpty())
        return tr("The PIN is empty. Please use %1 to %2 digits.").arg(shortestPin).arg(longestPin);
    // ASCII digits only, although QChar::isDigit() would take more: the pad
    // sends 0-9, so a full-width or Arabic-Indic digit makes a PIN nobody can type.
    for (const QChar character : pin) {
        if (character < u'0' || character > u'9')
            return tr("A PIN can only have the digits 0 to 9, with no letters, spaces or other signs.");
    }
    if (pin.size() < shortestPin)
        return tr("The PIN is too short. Please use %1 to %2 digits.").arg(shortestPin).arg(longestPin);
    if (pin.size() > longestPin)
        return tr("The PIN is too long. Please use %1 to %2 digits.").arg(shortestPin).arg(longestPin);
    if (isEasyToGuess(pin))
        return tr("The PIN %1 is one of the first anyone would guess (the same digit, a run like 1234 or 4321, a "
                  "pair repeated). Please choose another.")
            .arg(pin);
    return std::nullopt;
}

std::optional<SetPinFailure> StaffPin::setPin(const QString &pin)
{
    if (const std::optional<QString> problem = problemWithNewPin(pin))
        return SetPinFailure{SetPinFailure::Kind::InvalidPin, *problem, std::nullopt};
    if (!sodiumReady()) {
        return SetPinFailure{SetPinFailure::Kind::HashingFailed,
                             tr("The PIN was not set: the encryption library could not start."), std::nullopt};
    }
    // Hashed before the transaction starts, so the database is not held for it.
    const std::optional<QString> hash = hashOf(pin);
    if (!hash) {
        return SetPinFailure{SetPinFailure::Kind::HashingFailed,
                             tr("The PIN was not set: the computer is short of memory. Please try again."),
                             std::nullopt};
    }
    const std::optional<StoreFailure> failure =
        m_database.write(QStringLiteral("setting the staff PIN"), [&]() -> std::optional<StoreFailure> {
            const StoreResult<int> stored = m_database.run(
                QStringLiteral("INSERT INTO staff_pin (id, hash, set_utc) VALUES (1, ?, ?) "
                               "ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, set_utc = excluded.set_utc"),
                {*hash, SqlValues::utcText(QDateTime::currentDateTimeUtc())}, QStringLiteral("setting the staff PIN"));
            if (stored.failure)
                return stored.failure;
            return saveLockout(PinLockout());
        });
    if (failure) {
        return SetPinFailure{SetPinFailure::Kind::NotSaved, tr("The PIN was not saved: %1").arg(failure->toString()),
                             failure};
    }
    qCInfo(lcSecurity) << "the staff PIN was set and the wrong-PIN lock-out cleared";
    return std::nullopt;
}

StoreResult<bool> StaffPin::isSet()
{
    const StoreResult<QString> hash = storedHash();
    return {!hash.value.isEmpty(), hash.failure};
}

StoreResult<PinLockout> StaffPin::lockout()
{
    StoreResult<PinLockout> result;
    result.failure = m_database.forEachRow(
        QStringLiteral("SELECT failures, locked_until_utc, last_wrong_utc, wrong_since_sign_in FROM pin_lockout "
                       "WHERE id = 1"),
        {}, QStringLiteral("reading the PIN lock-out"), [&](const QSqlQuery &row) {
            const auto count = [&row](int column) {
                return int(qBound(qint64(0), row.value(column).toLongLong(), qint64(std::numeric_limits<int>::max())));
            };
            result.value = PinLockout(count(0), SqlValues::utcFrom(row.value(1)), SqlValues::utcFrom(row.value(2)),
                                      count(3));
        });
    return result;
}

LockoutVerdict StaffPin::lockoutAt(const QDateTime &nowUtc)
{
    const StoreResult<PinLockout> stored = lockout();
    if (stored.failure) {
        qCWarning(lcSecurity).noquote() << "the PIN lock-out can't be read, so the pad stays locked:"
                                        << stored.failure->toString();
        return {LockoutVerdict::State::Unreadable, 0, stored.failure};
    }
    const int secondsLeft = stored.value.secondsLeft(nowUtc);
    if (secondsLeft > 0)
        return {LockoutVerdict::State::LockedOut, secondsLeft, std::nullopt};
    return {LockoutVerdict::State::Open, 0, std::nullopt};
}

PinCheck StaffPin::check(const QString &pin, const QDateTime &nowUtc)
{
    if (!sodiumReady())
        return unavailable({StoreFailure::Kind::Other, QStringLiteral("libsodium could not start")});
    PinCheck result;
    // The state is read, decided on and written back inside one IMMEDIATE
    // transaction: a second kiosk process can't slip a try in between, and
    // nothing is answered before the count is on disk.
    const std::optional<StoreFailure> failure =
        m_database.write(QStringLiteral("checking the staff PIN"), [&]() -> std::optional<StoreFailure> {
            const StoreResult<QString> hash = storedHash();
            if (hash.failure)
                return hash.failure;
            if (hash.value.isEmpty()) {
                result.outcome = PinCheck::Outcome::NoPinSet;
                return std::nullopt;
            }
            const StoreResult<PinLockout> stored = lockout();
            if (stored.failure)
                return stored.failure;
            const PinLockout current = stored.value.withLockAtMostLongest(nowUtc);
            if (current.isLocked(nowUtc)) {
                // The PIN is not even compared: a locked pad tells a guesser nothing.
                result = withOutcome(PinCheck::Outcome::LockedOut, current, nowUtc);
                return current == stored.value ? std::nullopt : saveLockout(current);
            }
            switch (compare(pin, hash.value)) {
            case PinMatch::Same:
                result = withOutcome(PinCheck::Outcome::Accepted, PinLockout(), nowUtc);
                result.wrongSinceLastSignIn = current.wrongSinceSignIn();
                // Written even when there was nothing to clear: if the disk
                // refuses writes, a right PIN must fail like a wrong one, or
                // the difference would let a guesser try without being counted.
                return saveLockout(PinLockout());
            case PinMatch::Different: {
                const PinLockout next = current.afterWrongPin(nowUtc);
                result = withOutcome(PinCheck::Outcome::Wrong, next, nowUtc);
                return saveLockout(next);
            }
            case PinMatch::CantTell:
                break;
            }
            return StoreFailure{StoreFailure::Kind::Other,
                                QStringLiteral("the stored staff PIN could not be checked (not an Argon2id hash, or "
                                               "too little memory); set it again with carekiosk set-pin")};
        });
    if (failure)
        return unavailable(*failure);
    if (result.outcome == PinCheck::Outcome::Wrong && result.secondsLeft > 0) {
        qCWarning(lcSecurity, "the staff PIN pad is locked for %d s after %d wrong PINs in a row", result.secondsLeft,
                  result.failures);
    }
    return result;
}

StoreResult<QString> StaffPin::storedHash()
{
    StoreResult<QString> result;
    result.failure = m_database.forEachRow(QStringLiteral("SELECT hash FROM staff_pin WHERE id = 1"), {},
                                           QStringLiteral("reading the staff PIN"),
                                           [&](const QSqlQuery &row) { result.value = row.value(0).toString(); });
    return result;
}

std::optional<StoreFailure> StaffPin::saveLockout(const PinLockout &lockout)
{
    return m_database
        .run(QStringLiteral("INSERT INTO pin_lockout (id, failures, locked_until_utc, last_wrong_utc, wrong_since_sign_in) "
                            "VALUES (1, ?, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET failures = excluded.failures, "
                            "locked_until_utc = excluded.locked_until_utc, last_wrong_utc = excluded.last_wrong_utc, "
                            "wrong_since_sign_in = excluded.wrong_since_sign_in"),
             {lockout.failures(), SqlValues::optionalUtc(lockout.lockedUntilUtc()),
              SqlValues::optionalUtc(lockout.lastWrongUtc()), lockout.wrongSinceSignIn()},
             QStringLiteral("saving the PIN lock-out"))
        .failure;
}
