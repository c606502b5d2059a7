// The button's words follow the reading: Read aloud, Stop reading, or that
// there is no sound.
#include "ui/readaloudbutton.h"

#include "core/speech/readaloud.h"
#include "ui/widgets/languagewatch.h"

#include <QLocale>

ReadAloudButton::ReadAloudButton(std::function<QStringList()> words, QWidget *parent)
    : QPushButton(parent), m_words(std::move(words)), m_readAloud(new ReadAloud(this))
{
    setMinimumHeight(64);
    connect(this, &QPushButton::clicked, this, &ReadAloudButton::onTapped);
    connect(m_readAloud, &ReadAloud::stateChanged, this, &ReadAloudButton::retranslate);
    retranslate();
    LanguageWatch::onChange(this, [this] {
        // A switch stops the reading; a late or repeated notice of the
        // language it started in does not.
        if (screensLanguage() != m_language)
            stop();
        retranslate();
    });
}

void ReadAloudButton::onTapped()
{
    if (m_readAloud->state() == ReadAloud::State::Reading || m_readAloud->state() == ReadAloud::State::Paused) {
        m_readAloud->stop();
        return;
    }
    m_language = screensLanguage();
    m_readAloud->read(m_words(), m_language);
}

QString ReadAloudButton::screensLanguage()
{
    // Set by UiTranslations as the default locale.
    return QLocale().name().section(u'_', 0, 0);
}

void ReadAloudButton::stop()
{
    m_readAloud->stop();
}

void ReadAloudButton::hideEvent(QHideEvent *event)
{
    stop();
    QPushButton::hideEvent(event);
}

void ReadAloudButton::retranslate()
{
    switch (m_readAloud->state()) {
    case ReadAloud::State::Reading:
    case ReadAloud::State::Paused:
        setText(tr("Stop reading"));
        setAccessibleName(tr("Stop reading aloud"));
        break;
    case ReadAloud::State::NoSound:
        setText(tr("Sound is not available on this kiosk"));
        setAccessibleName(tr("Sound is not available on this kiosk. Touch to try again."));
        break;
    case ReadAloud::State::Idle:
        setText(tr("Read aloud"));
        setAccessibleName(tr("Read this screen aloud"));
        break;
    }
}
