// The kiosk's style sheet for a text size and a contrast mode.
#pragma once

#include <QHash>
#include <QString>

class Theme
{
public:
    // Text sizes the A− and A+ buttons step through: 100 % to 200 %.
    static constexpr int smallestTextPercent = 100;
    static constexpr int largestTextPercent = 200;
    static constexpr int textPercentStep = 25;

    static QString styleSheet(int textPercent, bool highContrast);
    // Colour names (text, background, accent, …) to colours.
    static QHash<QString, QString> palette(bool highContrast);
};
