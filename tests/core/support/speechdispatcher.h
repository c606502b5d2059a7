// A real speech-dispatcher of the test's own (its own HOME, runtime folder,
// socket and configuration), whose only voice writes what it is asked to say
// to a file, one line per message: "LANGUAGE|VOICE|text". Silent, its voice
// never finishes a message, as speech-dispatcher behaves when it has no
// sound device: "speaking" forever.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class SpeechDispatcher
{
public:
    enum class Voice { WritesToFile, NeverFinishes };

    explicit SpeechDispatcher(Voice voice = Voice::WritesToFile)
    {
        const QString root = m_dir.path();
        QDir(root).mkpath(QStringLiteral("conf/modules"));
        QDir(root).mkpath(QStringLiteral("run"));
        QFile::setPermissions(root + QStringLiteral("/run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ExeOwner);
        write(QStringLiteral("conf/speechd.conf"),
              QStringLiteral("Timeout 0\n"
                             "DefaultModule said\n"
                             "AddModule \"said\" \"sd_generic\" \"said.conf\"\n"
                             "DefaultLanguage \"en\"\n"
                             "AudioOutputMethod \"libao\"\n"));
        // libao's null driver: the module opens "sound" that goes nowhere.
        write(QStringLiteral(".libao"), QStringLiteral("default_driver=null\n"));
        const QString command = voice == Voice::WritesToFile
            ? QStringLiteral("echo \\'$LANGUAGE|$VOICE|$DATA\\' >> %1").arg(saidPath())
            // The module runs no command that doesn't use the text.
            : QStringLiteral("sleep 3600 && echo \\'$DATA\\' > /dev/null");
        write(QStringLiteral("conf/modules/said.conf"),
              QStringLiteral("GenericExecuteSynth \"%1\"\n"
                             // One message, one line: the module cuts only at a
                             // character no article has (no escapes here: "\x01"
                             // would be the four characters \ x 0 1).
                             "GenericDelimiters \"^\"\n"
                             "GenericMaxChunkLength 100000\n"
                             "GenericLanguage \"en\" \"en\" \"utf-8\"\n"
                             "GenericLanguage \"es\" \"es\" \"utf-8\"\n"
                             "AddVoice \"en\" \"MALE1\" \"english-voice\"\n"
                             "AddVoice \"es\" \"MALE1\" \"spanish-voice\"\n"
                             "DefaultVoice \"english-voice\"\n")
                  .arg(command));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), root);
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")),
                        {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
                         QStringLiteral("--config-dir"), root + QStringLiteral("/conf"),
                         QStringLiteral("--socket-path"), socketPath(),
                         QStringLiteral("--log-dir"), root});
    }

    ~SpeechDispatcher()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }

    // Started and listening; points this process's speech clients at it.
    [[nodiscard]] bool waitUntilListening()
    {
        for (int i = 0; i < 100 && !QFile::exists(socketPath()); ++i) {
            if (m_process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(50);
        }
        if (!QFile::exists(socketPath()))
            return false;
        qputenv("SPEECHD_ADDRESS", (QStringLiteral("unix_socket:") + socketPath()).toLocal8Bit());
        return true;
    }

    QString socketPath() const { return m_dir.path() + QStringLiteral("/run/speechd.sock"); }
    QString saidPath() const { return m_dir.path() + QStringLiteral("/said.txt"); }
    QString output() { return QString::fromLocal8Bit(m_process.readAll()); }

    // What the voice was asked to say, a line per message.
    QStringList said() const
    {
        QFile file(saidPath());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    void write(const QString &relativePath, const QString &text) const
    {
        QFile file(m_dir.path() + u'/' + relativePath);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
    }

    QTemporaryDir m_dir;
    QProcess m_process;
};
