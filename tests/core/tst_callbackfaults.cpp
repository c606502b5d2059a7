// The queue when the disk fails it, in a separate process: a full disk and a
// read-only file system (a small tmpfs in a private mount namespace), and a
// -wal file deleted under a running kiosk that is then killed. Each save fails
// or succeeds cleanly and no request already confirmed is lost.
#include "support/writersession.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString writer = QStringLiteral(CAREKIOSK_CALLBACK_WRITER);

// unshare(1) gives the writer its own user and mount namespace, where it may
// mount a tmpfs without being root on the machine.
bool namespacesAvailable()
{
    return QProcess::execute(QStringLiteral("unshare"), {QStringLiteral("-Urm"), QStringLiteral("true")}) == 0;
}

WriterTranscript runOnSmallDisk(const QString &mountPoint, const QStringList &script)
{
    const QString shell = QStringLiteral(R"(mount -t tmpfs -o size=1m,mode=0700 carekiosk-test "$0" && exec "$1" --data "$0/data")");
    return runWriter(QStringLiteral("unshare"), {QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"), shell, mountPoint, writer},
                     script);
}
} // namespace

class TestCallbackFaults : public QObject
{
    Q_OBJECT

private slots:
    void aFullDiskFailsTheSaveAndKeepsWhatWasStored()
    {
        if (!namespacesAvailable())
            QSKIP("needs user and mount namespaces (unshare -Urm) for a small private disk");
        QTemporaryDir dir;
        const WriterTranscript run = runOnSmallDisk(
            dir.path(), {QStringLiteral("save 3"), QStringLiteral("shell cat /dev/zero > \"%1/filler\" 2>/dev/null").arg(dir.path()),
                         QStringLiteral("save 1"), QStringLiteral("shell rm \"%1/filler\"").arg(dir.path()),
                         QStringLiteral("save 1"), QStringLiteral("ids"), QStringLiteral("check")});
        QVERIFY2(run.failures() == QStringList{QStringLiteral("disk full")}, qPrintable(run.lines.join(u'\n')));
        QCOMPARE(run.savedIds().size(), 4);
        QCOMPARE(run.storedIds(), run.savedIds());
        QCOMPARE(run.valuesAfter(QStringLiteral("integrity ")), QStringList{QStringLiteral("ok")});
    }

    void aReadOnlyDiskFailsTheSaveAndKeepsWhatWasStored()
    {
        if (!namespacesAvailable())
            QSKIP("needs user and mount namespaces (unshare -Urm) for a private mount");
        QTemporaryDir dir;
        // Linux won't remount read-only under an open file, so the kiosk
        // meets the read-only disk when it next opens the database.
        const WriterTranscript run = runOnSmallDisk(
            dir.path(), {QStringLiteral("save 2"), QStringLiteral("close"),
                         QStringLiteral("shell mount -o remount,ro \"%1\"").arg(dir.path()), QStringLiteral("save 1"),
                         QStringLiteral("shell mount -o remount,rw \"%1\"").arg(dir.path()), QStringLiteral("save 1"),
                         QStringLiteral("ids"), QStringLiteral("check")});
        QVERIFY2(run.lines.contains(QStringLiteral("shell 0")), qPrintable(run.lines.join(u'\n')));
        QVERIFY2(run.failures() == QStringList{QStringLiteral("read-only")}, qPrintable(run.lines.join(u'\n')));
        QCOMPARE(run.savedIds().size(), 3);
        QCOMPARE(run.storedIds(), run.savedIds());
        QCOMPARE(run.valuesAfter(QStringLiteral("integrity ")), QStringList{QStringLiteral("ok")});
    }

    void aDeletedWalFileLosesNothingEvenWhenTheKioskIsKilled()
    {
        QTemporaryDir dir;
        const QString wal = QDir(dir.path()).filePath(QStringLiteral("callbacks.db-wal"));
        const WriterTranscript killed = runWriter(
            writer, {QStringLiteral("--data"), dir.path()},
            {QStringLiteral("save 3"), QStringLiteral("shell rm \"%1\"").arg(wal), QStringLiteral("save 2"), QStringLiteral("die")});
        QCOMPARE(killed.exitStatus, QProcess::CrashExit);
        QVERIFY2(killed.failures().isEmpty(), qPrintable(killed.lines.join(u'\n')));
        QCOMPARE(killed.savedIds().size(), 5);

        const WriterTranscript after = runWriter(writer, {QStringLiteral("--data"), dir.path()},
                                                 {QStringLiteral("ids"), QStringLiteral("check")});
        QCOMPARE(after.storedIds(), killed.savedIds());
        QCOMPARE(after.valuesAfter(QStringLiteral("integrity ")), QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestCallbackFaults)
#include "tst_callbackfaults.moc"
