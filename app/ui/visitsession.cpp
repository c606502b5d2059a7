// Idle → "Still there?" → countdown → end of the visit.
#include "ui/visitsession.h"

#include "ui/idlewatcher.h"
#include "ui/overlays/overlay.h"
#include "ui/readaloudbutton.h"
#include "ui/widgets/plainlabel.h"

#include <QLabel>

VisitSession::VisitSession(QWidget *window, int visitorIdleSeconds, int staffIdleSeconds)
    : QObject(window),
      m_idle(new IdleWatcher(this)),
      m_stillThere(new Overlay(window)),
      m_countdown(plainLabel()),
      m_visitorIdleMs(visitorIdleSeconds * 1000),
      m_staffIdleMs(staffIdleSeconds * 1000)
{
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_stillThere->addContent(m_countdown);
    m_readPrompt = new ReadAloudButton([this] { return QStringList{m_stillThere->title(), m_stillThere->message()}; });
    m_readPrompt->setObjectName(QStringLiteral("readPromptAloud"));
    m_stillThere->addContent(m_readPrompt);
    m_stillThere->setRole(Overlay::Role::Alert);
    m_stillThere->setDismissedByTouchOutside(true);
    connect(m_stillThere, &Overlay::dismissed, this, [this] {
        m_countdownTimer.stop();
        m_idle->restart();
    });
    connect(m_idle, &IdleWatcher::idle, this, &VisitSession::onIdle);
    connect(m_idle, &IdleWatcher::activity, this, [this](bool pointer) {
        if (!m_stillThere->isVisible())
            return;
        m_countdownTimer.stop();  // the visit goes on
        // A touch lands on the prompt, which closes at its release so the
        // touch reaches nothing under it; a key closes it at once.
        if (!pointer)
            m_stillThere->close();
    });
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &VisitSession::countDown);
    applyTimeout();
}

void VisitSession::setScreen(Location::Screen screen)
{
    const bool staffBefore = m_screen == Location::Screen::Staff;
    m_screen = screen;
    // Only a change between visitor and staff sets a time-out: anything else
    // keeps the quiet period running as it is.
    if (staffBefore != (screen == Location::Screen::Staff))
        applyTimeout();
}

void VisitSession::setIdleSeconds(int visitorIdleSeconds, int staffIdleSeconds)
{
    m_visitorIdleMs = visitorIdleSeconds * 1000;
    m_staffIdleMs = staffIdleSeconds * 1000;
    applyTimeout();
}

void VisitSession::applyTimeout()
{
    // Staff have their own idle time; visitors get theirs back afterwards.
    m_idle->setTimeout(m_screen == Location::Screen::Staff ? m_staffIdleMs : m_visitorIdleMs);
}

void VisitSession::restart()
{
    m_countdownTimer.stop();
    m_stillThere->close();
    m_idle->restart();
}

void VisitSession::onIdle()
{
    if (m_screen == Location::Screen::Attract)
        return;
    if (m_screen == Location::Screen::Staff) {
        emit ended();
        return;
    }
    m_secondsLeft = m_stillThereSeconds;
    retranslate();
    m_countdown->setText(QString::number(m_secondsLeft));
    m_stillThere->open();
    m_countdownTimer.start();
}

void VisitSession::countDown()
{
    --m_secondsLeft;
    m_countdown->setText(QString::number(m_secondsLeft));
    if (m_secondsLeft <= 0) {
        m_countdownTimer.stop();
        emit ended();
    }
}

void VisitSession::retranslate()
{
    m_stillThere->setTitle(tr("Still there?"));
    m_stillThere->setMessage(tr("Touch the screen to keep reading. Otherwise we will start over for the next "
                                "person, and what you looked at will be cleared."));
    m_stillThere->setButtonText(tr("I'm still here"));
}
