// The visitor's trail through the screens.
#include "core/navigation/navigationhistory.h"

void NavigationHistory::go(const Location &location)
{
    if (location.screen == Location::Screen::Home || location.screen == Location::Screen::Attract) {
        reset(location);
        return;
    }
    if (!m_stack.isEmpty() && m_stack.last() == location)
        return;
    m_stack.append(location);
    if (m_stack.size() > maximumDepth)
        m_stack.remove(1);  // keep Home at the bottom
}

Location NavigationHistory::back()
{
    if (canGoBack())
        m_stack.removeLast();
    return current();
}

void NavigationHistory::reset(const Location &start)
{
    m_stack = {start};
}
