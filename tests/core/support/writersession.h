// Runs carekiosk-callback-writer with a script of commands and reads back what
// it said, for the tests that need the queue in a separate process.
#pragma once

#include <QProcess>
#include <QStringList>

struct WriterTranscript
{
    QStringList lines;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;

    // The ids whose commit returned ("saved <id>"), in order.
    QStringList savedIds() const { return valuesAfter(QStringLiteral("saved ")); }
    QStringList storedIds() const { return valuesAfter(QStringLiteral("id ")); }
    QStringList failures() const { return valuesAfter(QStringLiteral("failed ")); }

    QStringList valuesAfter(const QString &prefix) const
    {
        QStringList values;
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                values.append(line.mid(prefix.size()));
        }
        return values;
    }
};

// `program` and `arguments` start the writer, possibly through a wrapper
// such as unshare; the script is written to its stdin, which is then closed.
inline WriterTranscript runWriter(const QString &program, const QStringList &arguments, const QStringList &script)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(program, arguments);
    WriterTranscript transcript;
    if (!writer.waitForStarted(10'000))
        return transcript;
    writer.write((script.join(u'\n') + u'\n').toUtf8());
    writer.closeWriteChannel();
    writer.waitForFinished(60'000);
    transcript.exitStatus = writer.exitStatus();
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            transcript.lines.append(QString::fromUtf8(line));
    }
    return transcript;
}
