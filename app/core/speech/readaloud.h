// Reading a text aloud sentence by sentence with Qt TextToSpeech: which
// sentence is being read, pause and resume (from the start of that
// sentence), stop, a slower speed, and a sound output that never answers.
// speech-dispatcher with no sound device says "speaking" forever, so a
// sentence that has not ended well after it should have is taken as "no
// sound": reading stops, the screen says so, and the log says it once per run.
#pragma once

#include "core/speech/sentencesplitter.h"

#include <QLocale>
#include <QObject>
#include <QTimer>

class QTextToSpeech;

class ReadAloud : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Reading, Paused, NoSound };
    Q_ENUM(State)
    enum class Speed { Normal, Slower };

    // The engine is started at the first read(): a screen nobody asks to
    // read costs nothing.
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    // Reads `blocks` (title, summary, paragraphs…) in `language` ("en", "es")
    // from the first sentence, after stopping anything being read.
    void read(const QStringList &blocks, const QString &language);
    void pause();
    void resume();
    void stop();
    void setSpeed(Speed speed);
    Speed speed() const { return m_speed; }
    State state() const { return m_state; }

    QList<Sentence> sentences() const { return m_sentences; }
    int currentIndex() const { return m_index; }
    // The engine and voice in use ("speechd", "flite"), once reading started.
    QString engineName() const { return m_engineName; }
    QLocale voiceLocale() const;

    // How long a sentence may go without ending before the sound is taken
    // to be missing: 3 s to start, then twice its expected length.
    static int silenceLimitMs(const QString &sentence, Speed speed);

signals:
    void stateChanged(ReadAloud::State state);
    void sentenceStarted(int index);
    // The last sentence was read.
    void finished();

private:
    bool useVoiceFor(const QString &language);
    void speakCurrent();
    void onEngineState(int engineState);
    void onSilence();
    // Reading can't go on: no sound (or a broken engine). Says so once.
    void giveUp(const QString &why);
    void setState(State state);
    void silenceEngine();

    QTextToSpeech *m_speech = nullptr;
    QString m_engineName;
    QList<Sentence> m_sentences;
    QTimer m_silence;
    State m_state = State::Idle;
    Speed m_speed = Speed::Normal;
    int m_index = -1;
    // Each sentence spoken gets a new number: a late "ready" from a sentence
    // cut short can't end the next one.
    int m_utterance = 0;
    bool m_sawSpeaking = false;
};
