// Placeholder text as drawn on the real window, in both themes: its darkest
// (or, in high contrast, brightest) glyph pixels stand 4.5:1 from the field's
// background (WCAG 1.4.3). Style sheets alone draw it at 3:1.
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "ui/attract/attractscreen.h"
#include "ui/callback/callbackscreen.h"

#include <QLineEdit>
#include <cmath>

namespace {
double luminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}
} // namespace

class PlaceholderTextTest : public QObject
{
    Q_OBJECT

private:
    ShippedKiosk m_shipped;

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void placeholderIsReadable_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("normal") << false;
        QTest::newRow("high contrast") << true;
    }

    void placeholderIsReadable()
    {
        QFETCH(bool, highContrast);
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = m_shipped.showWindow(queue.intake, QSize(1920, 1080));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        tap(window->attractScreen());
        window->setHighContrast(highContrast);
        window->go({Location::Screen::Callback, {}});
        QLineEdit *phone = window->callbackScreen()->findChild<QLineEdit *>(QStringLiteral("phoneField"));
        QVERIFY(phone);
        QVERIFY(phone->text().isEmpty());
        QVERIFY(!phone->placeholderText().isEmpty());
        phone->clearFocus();  // a focused field hides nothing, but keep the caret out of the picture
        QTest::qWait(50);
        const QImage image = phone->grab().toImage();
        // The field's background: the middle of its right end, where no text is.
        const QColor background = image.pixelColor(image.width() - 20, image.height() / 2);
        double best = 1.0;
        for (int y = 8; y < image.height() - 8; ++y) {
            for (int x = 16; x < image.width() / 2; ++x)
                best = std::max(best, contrast(image.pixelColor(x, y), background));
        }
        qInfo("placeholder contrast %.2f:1", best);
        QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("%1:1").arg(best, 0, 'f', 2)));
    }
};

CAREKIOSK_WEBENGINE_TEST_MAIN(PlaceholderTextTest)
#include "tst_placeholdertext.moc"
