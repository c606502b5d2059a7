// The life of a visit on a shared screen: no touch for the idle time-out
// brings up "Still there?" with a countdown; a touch keeps the visit, the
// end of the countdown ends it. While staff have the screen their own,
// shorter time-out applies and ends their session at once, no question asked.
#pragma once

#include "core/navigation/navigationhistory.h"
#include "core/settings/kiosksettings.h"

#include <QObject>
#include <QTimer>

#include <optional>

class IdleWatcher;
class Overlay;
class QLabel;
class ReadAloudButton;
class QWidget;

class VisitSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultStillThereSeconds = KioskSettings::defaultStillThereSeconds;

    // Watches the whole application for touches; the prompt covers `window`.
    VisitSession(QWidget *window, int visitorIdleSeconds, int staffIdleSeconds);

    // The screen now shown: the attract screen has no visit to end, the
    // staff screen has its own time-out.
    void setScreen(Location::Screen screen);
    void setIdleSeconds(int visitorIdleSeconds, int staffIdleSeconds);
    void setStillThereSeconds(int seconds) { m_stillThereSeconds = seconds; }
    // The visit was ended (by the countdown, staff, or otherwise): the prompt
    // goes, the quiet period starts over.
    void restart();

    IdleWatcher *idleWatcher() const { return m_idle; }
    Overlay *stillThereOverlay() const { return m_stillThere; }

signals:
    // Nobody answered: wipe the visit (or lock the staff screen).
    void ended();

private:
    void onIdle();
    void countDown();
    void applyTimeout();
    void retranslate();

    IdleWatcher *m_idle;
    Overlay *m_stillThere;
    QLabel *m_countdown;
    ReadAloudButton *m_readPrompt;
    QTimer m_countdownTimer;
    Location::Screen m_screen = Location::Screen::Attract;
    int m_visitorIdleMs;
    int m_staffIdleMs;
    int m_secondsLeft = 0;
    int m_stillThereSeconds = defaultStillThereSeconds;
};
