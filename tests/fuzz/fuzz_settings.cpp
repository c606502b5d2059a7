// The clinic's configuration file (INI, read through QSettings): whatever IT
// writes in it, every value the kiosk uses stays in its range, every warning
// says where, and a good value earlier in the file is not lost.
#include "core/settings/kiosksettings.h"

#include "fuzzcheck.h"
#include "fuzzfiles.h"

namespace {

// Before the fuzzed text: a value the fuzzed text never names must survive it.
const QByteArray goodStart = QByteArrayLiteral("[privacy]\nretention_days=45\n");
constexpr int goodRetentionDays = 45;

void checkRange(int value, int minimum, int maximum, const char *property)
{
    Fuzz::check(value >= minimum && value <= maximum, property, QString::number(value));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray fuzzed = Fuzz::bytesOf(data, size);
    const QByteArray file = goodStart + fuzzed;
    // A name not used in the last thousand runs: QSettings keeps what it read of a
    // file by name, and two inputs of one size written in the same millisecond
    // look unchanged to it. A thousand names keep that cache small.
    static int count = 0;
    count = (count + 1) % 1000;
    const QString path = Fuzz::writeScratchFile(QStringLiteral("carekiosk-%1.conf").arg(count), file);
    const KioskSettings settings = KioskSettings::load(path);

    checkRange(settings.idleTimeoutSeconds(), 15, 3600, "[kiosk] idle_timeout_seconds is 15…3600");
    checkRange(settings.stillThereSeconds(), KioskSettings::minimumStillThereSeconds, 600,
               "[kiosk] still_there_seconds is 20…600");
    checkRange(settings.retentionDays(), 1, 3650, "[privacy] retention_days is 1…3650");
    checkRange(settings.doneRetentionDays(), 1, 3650, "[privacy] done_retention_days is 1…3650");
    checkRange(settings.staffIdleSeconds(), 15, 3600, "[staff] idle_timeout_seconds is 15…3600");
    if (const auto server = settings.server()) {
        checkRange(server->port, 1, 65535, "[server] port is 1…65535");
        checkRange(server->maxRetrySeconds, 1, 3600, "[server] max_retry_seconds is 1…3600");
        Fuzz::check(!server->host.isEmpty() && !server->database.isEmpty(), "a usable server has a host and a database");
    }
    Fuzz::check(settings.exportFolder().isEmpty() || settings.exportFolder().startsWith(u'/'),
                "the export folder is a full path", settings.exportFolder());
    if (!settings.bookingUrl().isEmpty()) {
        const QString scheme = settings.bookingUrl().scheme();
        Fuzz::check(scheme == u"https" || scheme == u"http", "the booking address is a web address",
                    settings.bookingUrl().toString());
    }
    for (const Office &office : settings.offices())
        Fuzz::check(!office.name.isEmpty(), "every office shown has a name", office.id);

    const int lineCount = int(file.count('\n')) + 1;
    for (const QString &warning : settings.warnings()) {
        Fuzz::check(warning.startsWith(path), "every warning names the file", warning);
        const QString rest = warning.mid(path.size());
        if (rest.startsWith(u':') && rest.size() > 1 && rest.at(1).isDigit()) {
            const int line = rest.mid(1).section(u':', 0, 0).toInt();
            Fuzz::check(line >= 1 && line <= lineCount, "a warning's line is a line of the file", warning);
        }
    }
    // QSettings also reads "%XX" escapes in keys; a text naming the key may change it.
    if (!fuzzed.contains("retention") && !fuzzed.contains('%')) {
        Fuzz::check(settings.retentionDays() == goodRetentionDays,
                    "a good value earlier in the file is kept, whatever comes after it",
                    QStringLiteral("retention_days %1; warnings:\n%2")
                        .arg(settings.retentionDays())
                        .arg(settings.warnings().join(u'\n')));
    }
    QFile::remove(path);
    return 0;
}
