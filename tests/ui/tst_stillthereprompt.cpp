// The "Still there?" prompt of the real window: the whole message shows at
// every text size, a touch on the dimmed screen only dismisses it (the card
// under the finger is not opened), at least 30 s to answer by default and
// never under 20 s, and screen readers are told it is an alert.
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "ui/attract/attractscreen.h"
#include "ui/cardlist.h"
#include "ui/home/homescreen.h"
#include "ui/idlewatcher.h"
#include "ui/overlays/overlay.h"
#include "ui/touchcard.h"
#include "ui/visitsession.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointingDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

class StillTherePromptTest : public QObject
{
    Q_OBJECT

private:
    ShippedKiosk m_shipped;
    std::unique_ptr<TestCallbackQueue> m_queue;
    std::unique_ptr<KioskWindow> m_window;

    Overlay *prompt() const { return m_window->stillThereOverlay(); }

    // Home, left alone until the prompt comes up.
    void promptOverHome()
    {
        if (m_window->location().screen == Location::Screen::Attract)
            tap(m_window->attractScreen());
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        m_window->idleWatcher()->setTimeout(200);
        QTRY_VERIFY_WITH_TIMEOUT(prompt()->isVisible(), 3000);
    }

    TouchCard *firstCategoryCard() const
    {
        const QList<TouchCard *> cards = m_window->homeScreen()->categoryList()->cards();
        return cards.isEmpty() ? nullptr : cards.first();
    }

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void init()
    {
        m_queue = std::make_unique<TestCallbackQueue>(m_shipped.settings, m_shipped.library);
        m_window = m_shipped.showWindow(m_queue->intake, QSize(1920, 1080));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_queue.reset();
    }

    void messageIsWhollyShownAtEveryTextSize_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::addColumn<int>("percent");
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)}) {
            for (int percent : {100, 125, 150, 175, 200})
                QTest::addRow("%dx%d at %d %%", size.width(), size.height(), percent) << size << percent;
        }
    }

    void messageIsWhollyShownAtEveryTextSize()
    {
        QFETCH(QSize, windowSize);
        QFETCH(int, percent);
        m_window->resize(windowSize);
        tap(m_window->attractScreen());
        m_window->setTextPercent(percent);
        QCOMPARE(m_window->textPercent(), percent);
        promptOverHome();
        QLabel *message = prompt()->messageLabel();
        QVERIFY(message->text().endsWith(QStringLiteral("will be cleared.")));
        QTRY_VERIFY(message->width() > 0);
        // Every line it needs at its width, and inside the panel and the window.
        QVERIFY2(message->height() >= message->heightForWidth(message->width()),
                 qPrintable(QStringLiteral("%1 px tall, needs %2").arg(message->height()).arg(message->heightForWidth(message->width()))));
        QVERIFY(message->width() >= message->minimumSizeHint().width());
        const QRect inWindow(message->mapTo(m_window.get(), QPoint(0, 0)), message->size());
        QVERIFY2(m_window->rect().contains(inWindow), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(inWindow.x()).arg(inWindow.y()).arg(inWindow.width()).arg(inWindow.height())));
        QVERIFY(prompt()->panel()->rect().contains(QRect(message->pos(), message->size())));
        QPushButton *button = prompt()->button();
        QVERIFY(button->width() >= button->sizeHint().width());
        QVERIFY(button->height() >= button->sizeHint().height());
        QVERIFY(prompt()->panel()->rect().contains(button->geometry()));
    }

    // A mouse click and a finger tap on the dimmed screen, right over a card.
    void touchOnTheDimmedScreenOnlyDismisses_data()
    {
        QTest::addColumn<bool>("finger");
        QTest::newRow("mouse") << false;
        QTest::newRow("finger") << true;
    }

    void touchOnTheDimmedScreenOnlyDismisses()
    {
        QFETCH(bool, finger);
        promptOverHome();
        TouchCard *card = firstCategoryCard();
        QVERIFY(card);
        QSignalSpy cardTapped(card, &QAbstractButton::clicked);
        QSignalSpy ended(m_window->findChild<VisitSession *>(), &VisitSession::ended);
        QPoint overCard = card->mapTo(m_window.get(), card->rect().center());
        // Outside the prompt's panel: on the dimmed part of the screen.
        const QRect panel(prompt()->panel()->mapTo(m_window.get(), QPoint(0, 0)), prompt()->panel()->size());
        if (panel.contains(overCard))
            overCard = card->mapTo(m_window.get(), QPoint(card->width() / 2, 8));
        QVERIFY(!panel.contains(overCard));
        QCOMPARE(m_window->childAt(overCard) == prompt(), true);

        if (finger) {
            QPointingDevice *touchScreen = QTest::createTouchDevice();
            QTest::touchEvent(m_window.get(), touchScreen).press(0, overCard, m_window.get());
            QTest::touchEvent(m_window.get(), touchScreen).release(0, overCard, m_window.get());
        } else {
            QTest::mousePress(m_window->windowHandle(), Qt::LeftButton, {}, overCard);
            QTest::mouseRelease(m_window->windowHandle(), Qt::LeftButton, {}, overCard);
        }
        QTRY_VERIFY(!prompt()->isVisible());
        QTest::qWait(300);
        QCOMPARE(cardTapped.size(), 0);
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        QCOMPARE(ended.size(), 0);
        // The card works again for the next touch.
        m_window->idleWatcher()->setTimeout(60000);
        tap(card);
        QCOMPARE(m_window->location().screen, Location::Screen::Topic);
    }

    void givesAtLeastThirtySecondsByDefault()
    {
        QCOMPARE(VisitSession::defaultStillThereSeconds, 30);
        QCOMPARE(m_shipped.settings.stillThereSeconds(), 30);
        promptOverHome();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(prompt()->findChild<QLabel *>(QStringLiteral("countdown"))->text(), QStringLiteral("30"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 40000);
        qInfo("the visit ended %lld ms after the prompt", clock.elapsed());
        QVERIFY(clock.elapsed() >= 29500);
    }

    void neverUnderTwentySecondsFromTheConfiguration_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("warned");
        QTest::newRow("45") << QStringLiteral("45") << 45 << false;
        QTest::newRow("20") << QStringLiteral("20") << 20 << false;
        QTest::newRow("10: too short") << QStringLiteral("10") << 30 << true;
        QTest::newRow("not a number") << QStringLiteral("soon") << 30 << true;
    }

    void neverUnderTwentySecondsFromTheConfiguration()
    {
        QFETCH(QString, value);
        QFETCH(int, seconds);
        QFETCH(bool, warned);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[kiosk]\nstill_there_seconds=%1\n").arg(value).toUtf8());
        file.close();
        const KioskSettings settings = KioskSettings::load(file.fileName());
        QCOMPARE(settings.stillThereSeconds(), seconds);
        QCOMPARE(settings.warnings().join(u' ').contains(QStringLiteral("still_there_seconds")), warned);
    }

    void isAnAlertForScreenReaders()
    {
        promptOverHome();
        QAccessibleInterface *panel = QAccessible::queryAccessibleInterface(prompt()->panel());
        QVERIFY(panel);
        QCOMPARE(panel->role(), QAccessible::AlertMessage);
        QCOMPARE(panel->text(QAccessible::Name), QStringLiteral("Still there?"));
        QAccessibleInterface *pageError = QAccessible::queryAccessibleInterface(m_window->pageErrorOverlay()->panel());
        QVERIFY(pageError);
        QCOMPARE(pageError->role(), QAccessible::Dialog);
    }
};

CAREKIOSK_WEBENGINE_TEST_MAIN(StillTherePromptTest)
#include "tst_stillthereprompt.moc"
