// A visitor for the soak benchmark, driving the real kiosk window with real
// input events: reads articles, searches, asks for a call back, walks away.
// Each action says whether the kiosk did what the visitor asked.
#pragma once

#include <QString>

class KioskWindow;

class SimulatedVisitor
{
public:
    explicit SimulatedVisitor(KioskWindow &window);

    // The article is loaded and painted.
    [[nodiscard]] bool openArticle(const QString &slug);
    // `words` typed into the search field, key by key, and results on screen.
    [[nodiscard]] bool search(const QString &words);
    // The call-back form about `slug` filled in and sent, the thank-you page
    // shown and left with its OK. `number` varies the phone number.
    [[nodiscard]] bool requestCallback(const QString &slug, int number);
    // No touch until the idle time-out and its "Still there?" countdown end
    // the visit: the kiosk wipes it and waits for the next visitor.
    [[nodiscard]] bool walkAway();

private:
    KioskWindow &m_window;
};
