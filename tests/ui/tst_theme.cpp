// Theme: WCAG AA contrast (4.5:1) for every text colour on the surface it is
// drawn on, placeholders included, 3:1 for the outlines of controls (in the
// palette and in the style sheet's rules), in both themes, and text sizes
// from 100 % to 200 %.
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
            {"problem", "background"}, {"problem", "panel"}, {"placeholder", "background"},
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

    // WCAG 1.4.11: what shows where a control is stands out 3:1 from around it.
    void controlOutlinesMeetThreeToOne_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("surface");
        for (const bool highContrast : {false, true}) {
            const char *theme = highContrast ? "high contrast" : "normal";
            // A text field and a drop-down on the form, a card on the window.
            QTest::addRow("%s: text field", theme) << highContrast << QStringLiteral("QLineEdit[formField=\"true\"]") << QStringLiteral("background");
            QTest::addRow("%s: card", theme) << highContrast << QStringLiteral("#touchCard") << QStringLiteral("background");
            QTest::addRow("%s: check box", theme) << highContrast << QStringLiteral("QCheckBox::indicator") << QStringLiteral("background");
            QTest::addRow("%s: button", theme) << highContrast << QStringLiteral("QPushButton") << QStringLiteral("background");
        }
    }

    void controlOutlinesMeetThreeToOne()
    {
        QFETCH(bool, highContrast);
        QFETCH(QString, rule);
        QFETCH(QString, surface);
        const QString sheet = Theme::styleSheet(100, highContrast);
        // The first rule for exactly this selector (as the first thing on its line), and its border colour.
        const QRegularExpression pattern(QStringLiteral("(?:^|\\n)%1(?:,[^{]*)?\\s*\\{[^}]*border:\\s*\\d+px solid (#[0-9a-fA-F]{6})")
                                             .arg(QRegularExpression::escape(rule)));
        const QRegularExpressionMatch match = pattern.match(sheet);
        QVERIFY2(match.hasMatch(), qPrintable(rule));
        const QString outline = match.captured(1);
        const QHash<QString, QString> colours = Theme::palette(highContrast);
        for (const QString &around : {colours.value(surface), colours.value(QStringLiteral("panel"))}) {
            const double ratio = contrast(outline, around);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3:1").arg(outline, around).arg(ratio, 0, 'f', 2)));
        }
    }

    // One placeholder colour serves both themes (ui/placeholdercolour.h).
    void placeholderIsTheSameInBothThemes()
    {
        QCOMPARE(Theme::palette(true).value(QStringLiteral("placeholder")),
                 Theme::palette(false).value(QStringLiteral("placeholder")));
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
