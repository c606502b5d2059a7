// A confirmed request survives the kiosk being killed at any moment: a writer
// process saves requests and prints each id once its commit has returned; it
// is killed with SIGKILL at random moments, again and again, and every id it
// printed must be in the database, which must pass PRAGMA integrity_check.
#include "core/callbacks/callbackstore.h"
#include "support/writersession.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestCallbackDurability : public QObject
{
    Q_OBJECT

private slots:
    void everyConfirmedRequestSurvivesSigkill()
    {
        const int runs = qEnvironmentVariableIntValue("CAREKIOSK_KILL_RUNS") > 0
            ? qEnvironmentVariableIntValue("CAREKIOSK_KILL_RUNS")
            : 200;
        const quint32 seed = qEnvironmentVariableIsSet("CAREKIOSK_KILL_SEED")
            ? quint32(qEnvironmentVariable("CAREKIOSK_KILL_SEED").toULong())
            : QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("seed %u (CAREKIOSK_KILL_SEED=%u replays these kill moments)", seed, seed);

        QTemporaryDir dir;
        QStringList confirmed;
        int kills = 0;
        int killedBeforeFirstSave = 0;
        for (int run = 0; run < runs; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(CAREKIOSK_CALLBACK_WRITER), {QStringLiteral("--data"), dir.path()});
            QVERIFY(writer.waitForStarted(10'000));
            writer.write("loop\n");
            QVERIFY(writer.waitForBytesWritten(10'000));
            // Anywhere from start-up (opening, migrating) to deep in the loop.
            QThread::usleep(random.bounded(5'000, 150'000));
            writer.kill();  // SIGKILL
            QVERIFY(writer.waitForFinished(10'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;

            int savedThisRun = 0;
            // A line cut by the kill has no newline and is not counted.
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("saved ") && line.size() == 6 + 36) {
                    confirmed.append(QString::fromLatin1(line.mid(6)));
                    ++savedThisRun;
                }
                QVERIFY2(!line.startsWith("failed"), line.constData());
            }
            if (savedThisRun == 0)
                ++killedBeforeFirstSave;
            if (run % 50 == 49 || run == runs - 1)
                verifyAllPresent(dir.path(), confirmed);
        }
        qInfo("runs %d, SIGKILLs %d (%d before the first save), confirmed requests %lld, all present, integrity ok",
              runs, kills, killedBeforeFirstSave, static_cast<long long>(confirmed.size()));
        QVERIFY(confirmed.size() > runs);
    }

private:
    void verifyAllPresent(const QString &dataDir, const QStringList &confirmed)
    {
        KioskDatabase database(dataDir);
        CallbackStore store(database);
        QVERIFY(!database.open());
        const StoreResult<QString> check = database.integrityCheck();
        QVERIFY(!check.failure);
        QCOMPARE(check.value, QStringLiteral("ok"));
        const StoreResult<QList<CallbackRequest>> stored = store.requests();
        QVERIFY(!stored.failure);
        QSet<QString> ids;
        for (const CallbackRequest &request : stored.value)
            ids.insert(request.id);
        for (const QString &id : confirmed)
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("confirmed but lost: ") + id));
    }
};

QTEST_GUILESS_MAIN(TestCallbackDurability)
#include "tst_callbackdurability.moc"
