// The reading state machine over QTextToSpeech.
#include "core/speech/readaloud.h"

#include "core/logging.h"

#include <QTextToSpeech>

#include <algorithm>
#include <atomic>

namespace {
// Engines in the order tried: speech-dispatcher (espeak-ng, English and
// Spanish), then flite (English only) when speech-dispatcher has no voice.
const char *const preferredEngines[] = {"speechd", "flite"};

// A kiosk without sound would otherwise log at every tap, on every screen
// that reads aloud: once per run is enough for staff to act on.
std::atomic_bool reportedNoSound{false};

// Characters spoken per second, roughly, by espeak-ng at each speed.
double charactersPerSecond(ReadAloud::Speed speed)
{
    return speed == ReadAloud::Speed::Slower ? 9.0 : 13.0;
}

double engineRate(ReadAloud::Speed speed)
{
    return speed == ReadAloud::Speed::Slower ? -0.35 : 0.0;
}

bool hasLanguage(const QTextToSpeech &speech, QLocale::Language language)
{
    const auto locales = speech.availableLocales();
    return std::any_of(locales.cbegin(), locales.cend(),
                       [language](const QLocale &locale) { return locale.language() == language; });
}
} // namespace

ReadAloud::ReadAloud(QObject *parent) : QObject(parent)
{
    m_silence.setSingleShot(true);
    // A coarse timer may fire 5 % early: a long sentence would be cut off as "no sound".
    m_silence.setTimerType(Qt::PreciseTimer);
    connect(&m_silence, &QTimer::timeout, this, &ReadAloud::onSilence);
}

ReadAloud::~ReadAloud()
{
    silenceEngine();
}

int ReadAloud::silenceLimitMs(const QString &sentence, Speed speed)
{
    const double expectedMs = 1000.0 * double(sentence.size()) / charactersPerSecond(speed);
    return 3000 + int(2.0 * expectedMs);
}

QLocale ReadAloud::voiceLocale() const
{
    return m_speech ? m_speech->locale() : QLocale::c();
}

bool ReadAloud::useVoiceFor(const QString &language)
{
    const QLocale::Language wanted = QLocale(language).language();
    // An engine may start in its error state when it has no voice for the
    // system's locale ("C" in a service): what counts is a voice for `language`.
    if (m_speech && hasLanguage(*m_speech, wanted)) {
        // Already there; only the locale may change.
    } else {
        delete m_speech;
        m_speech = nullptr;
        m_engineName.clear();
        const QStringList engines = QTextToSpeech::availableEngines();
        for (const char *name : preferredEngines) {
            const QString engine = QString::fromLatin1(name);
            if (!engines.contains(engine))
                continue;
            auto *speech = new QTextToSpeech(engine, this);
            if (!hasLanguage(*speech, wanted)) {
                delete speech;
                continue;
            }
            m_speech = speech;
            m_engineName = engine;
            connect(m_speech, &QTextToSpeech::stateChanged, this,
                    [this](QTextToSpeech::State state) { onEngineState(int(state)); });
            qCInfo(lcSpeech).noquote() << "reading aloud with" << engine;
            break;
        }
        if (!m_speech) {
            qCWarning(lcSpeech).noquote() << "no voice for language" << language << "in the engines" << engines.join(u',');
            return false;
        }
    }
    const auto locales = m_speech->availableLocales();
    QLocale chosen = *std::find_if(locales.cbegin(), locales.cend(),
                                   [wanted](const QLocale &locale) { return locale.language() == wanted; });
    // The country the language is usually spoken in, when the engine has it.
    for (const QLocale &locale : locales) {
        if (locale == QLocale(wanted))
            chosen = locale;
    }
    m_speech->setLocale(chosen);
    m_speech->setRate(engineRate(m_speed));
    return true;
}

void ReadAloud::read(const QStringList &blocks, const QString &language)
{
    stop();
    m_sentences = SentenceSplitter::split(blocks, language);
    if (m_sentences.isEmpty())
        return;
    if (!useVoiceFor(language)) {
        m_sentences.clear();
        setState(State::NoSound);
        return;
    }
    m_index = 0;
    setState(State::Reading);
    speakCurrent();
}

void ReadAloud::speakCurrent()
{
    const int utterance = ++m_utterance;
    m_sawSpeaking = false;
    const QString text = m_sentences.at(m_index).text;
    m_silence.start(silenceLimitMs(text, m_speed));
    emit sentenceStarted(m_index);
    if (m_state == State::Reading && utterance == m_utterance)  // not paused or stopped by a listener
        m_speech->say(text);
}

void ReadAloud::onEngineState(int engineState)
{
    if (m_state != State::Reading)
        return;  // a stop or pause of ours coming back
    switch (QTextToSpeech::State(engineState)) {
    case QTextToSpeech::Speaking:
        m_sawSpeaking = true;
        break;
    case QTextToSpeech::Ready: {
        if (!m_sawSpeaking)
            return;  // the end of a sentence cut short, not of this one
        m_silence.stop();
        if (m_index + 1 >= m_sentences.size()) {
            m_index = -1;
            setState(State::Idle);
            emit finished();
            return;
        }
        ++m_index;
        // Not from inside the engine's own notification.
        const int utterance = m_utterance;
        QTimer::singleShot(0, this, [this, utterance] {
            if (m_state == State::Reading && utterance == m_utterance)
                speakCurrent();
        });
        break;
    }
    case QTextToSpeech::Error:
        giveUp(QStringLiteral("%1 reported an error (%2)").arg(m_engineName, m_speech->errorString()));
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

void ReadAloud::onSilence()
{
    giveUp(QStringLiteral("%1 did not finish a sentence within %2 ms").arg(m_engineName).arg(m_silence.interval()));
}

void ReadAloud::giveUp(const QString &why)
{
    if (m_state != State::Reading)
        return;
    m_silence.stop();
    if (!reportedNoSound.exchange(true)) {
        qCWarning(lcSpeech).noquote() << QStringLiteral("sound is not available: %1; check the sound device of "
                                                        "the kiosk's session").arg(why);
    }
    silenceEngine();
    m_index = -1;
    setState(State::NoSound);
}

void ReadAloud::pause()
{
    if (m_state != State::Reading)
        return;
    m_silence.stop();
    ++m_utterance;
    setState(State::Paused);
    silenceEngine();
}

void ReadAloud::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Reading);
    speakCurrent();  // from the start of the sentence it stopped in
}

void ReadAloud::stop()
{
    m_silence.stop();
    ++m_utterance;
    if (m_state == State::Idle)
        return;
    m_index = -1;
    setState(State::Idle);
    silenceEngine();
}

void ReadAloud::setSpeed(Speed speed)
{
    m_speed = speed;
    if (m_speech)
        m_speech->setRate(engineRate(speed));  // from the next sentence
}

void ReadAloud::silenceEngine()
{
    if (m_speech)
        m_speech->stop();
}

void ReadAloud::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
