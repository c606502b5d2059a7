// Where the visitor has been: the Back button's memory, wiped on idle.
#pragma once

#include <QList>
#include <QString>

struct Location
{
    enum class Screen { Attract, Home, Topic, Article, Search, Callback, Staff };

    Screen screen = Screen::Home;
    QString argument;  // the category of a topic list, the slug of an article or of a call-back topic

    bool operator==(const Location &other) const { return screen == other.screen && argument == other.argument; }
};

class NavigationHistory
{
public:
    // Goes to `location`; going to the same place again adds nothing.
    // Home and Attract start a fresh history: Back from Home goes nowhere.
    void go(const Location &location);
    // Back one step; returns the new current location.
    Location back();
    bool canGoBack() const { return m_stack.size() > 1; }
    Location current() const { return m_stack.isEmpty() ? Location{} : m_stack.last(); }
    // Forget everything, for the next visitor.
    void reset(const Location &start);
    int depth() const { return int(m_stack.size()); }

private:
    static constexpr int maximumDepth = 50;  // a visitor tapping related topics for an hour
    QList<Location> m_stack{Location{}};
};
