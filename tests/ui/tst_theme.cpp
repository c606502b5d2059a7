// Theme: WCAG AA contrast (4.5:1) for every text colour on the surface it is
// drawn on, in both themes, and text sizes from 100 % to 200 %.
#include "ui/theme.h"

#include <QColor>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QString &first, const QString &second)
{
    const double a = luminance(QColor(first));
    const double b = luminance(QColor(second));
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void textMeetsWcagAA_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        const QList<std::pair<const char *, const char *>> pairs = {
            {"text", "background"}, {"muted", "background"}, {"accent", "background"}, {"text", "panel"},
            {"muted", "panel"},     {"onaccent", "accent"},  {"bartext", "bar"},       {"text", "pressed"},
            {"problem", "background"}, {"problem", "panel"},
        };
        for (const bool highContrast : {false, true}) {
            for (const auto &[foreground, background] : pairs)
                QTest::addRow("%s: %s on %s", highContrast ? "high contrast" : "normal", foreground, background)
                    << highContrast << QString::fromLatin1(foreground) << QString::fromLatin1(background);
        }
    }

    void textMeetsWcagAA()
    {
        QFETCH(bool, highContrast);
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        const QHash<QString, QString> colours = Theme::palette(highContrast);
        const double ratio = contrast(colours.value(foreground), colours.value(background));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1:1").arg(ratio, 0, 'f', 2)));
    }

    void highContrastIsHigher()
    {
        const QHash<QString, QString> colours = Theme::palette(true);
        QVERIFY(contrast(colours.value(QStringLiteral("text")), colours.value(QStringLiteral("background"))) >= 7.0);
    }

    void textScalesWithTheSetting()
    {
        QVERIFY(Theme::styleSheet(100, false).contains(QStringLiteral("font-size: 22px")));
        QVERIFY(Theme::styleSheet(200, false).contains(QStringLiteral("font-size: 44px")));
        for (const bool highContrast : {false, true}) {
            const QString sheet = Theme::styleSheet(150, highContrast);
            const QRegularExpressionMatch unfilled = QRegularExpression(QStringLiteral("@\\w+")).match(sheet);
            QVERIFY2(!unfilled.hasMatch(), qPrintable(unfilled.captured()));  // every placeholder filled
        }
    }
};

QTEST_GUILESS_MAIN(TestTheme)
#include "tst_theme.moc"
