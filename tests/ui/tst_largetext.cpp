// Text up to 200 % on the real window, in both themes, at 1920×1080 and
// 1280×800: the window stays the screen's width, every button, box and
// unwrapped label of the call-back form and of the article screen shows its
// whole text (as wide and tall as it asks), and the form never needs a
// sideways scroll.
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "ui/attract/attractscreen.h"
#include "ui/article/articlescreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

class LargeTextTest : public QObject
{
    Q_OBJECT

private:
    ShippedKiosk m_shipped;

    // "" when every shown button and unwrapped label of `screen` is whole.
    static QStringList clipped(QWidget *screen)
    {
        QStringList problems;
        for (QAbstractButton *button : screen->findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(screen) || button->text().isEmpty())
                continue;
            const QSize wanted = button->sizeHint();
            if (button->width() < wanted.width() || button->height() < wanted.height())
                problems << QStringLiteral("button \"%1\" is %2x%3, needs %4x%5")
                                .arg(button->text())
                                .arg(button->width())
                                .arg(button->height())
                                .arg(wanted.width())
                                .arg(wanted.height());
        }
        for (QLabel *label : screen->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(screen) || label->text().isEmpty())
                continue;
            const bool whole = label->wordWrap()
                ? label->height() >= label->heightForWidth(label->width())
                : label->width() >= label->sizeHint().width() && label->height() >= label->sizeHint().height();
            if (!whole)
                problems << QStringLiteral("label \"%1\" is %2x%3").arg(label->text().left(40)).arg(label->width()).arg(label->height());
        }
        for (QComboBox *box : screen->findChildren<QComboBox *>()) {
            if (box->isVisibleTo(screen) && box->height() < box->sizeHint().height())
                problems << QStringLiteral("drop-down is %1 px tall, needs %2").arg(box->height()).arg(box->sizeHint().height());
        }
        return problems;
    }

private slots:
    void initTestCase() { QVERIFY(m_shipped.prepare()); }

    void everyStep_data()
    {
        QTest::addColumn<QSize>("windowSize");
        QTest::addColumn<bool>("highContrast");
        QTest::addColumn<int>("percent");
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)}) {
            for (bool highContrast : {false, true}) {
                for (int percent = Theme::smallestTextPercent; percent <= Theme::largestTextPercent;
                     percent += Theme::textPercentStep)
                    QTest::addRow("%dx%d %s %d %%", size.width(), size.height(), highContrast ? "high contrast" : "normal",
                                  percent)
                        << size << highContrast << percent;
            }
        }
    }

    void everyStep()
    {
        QFETCH(QSize, windowSize);
        QFETCH(bool, highContrast);
        QFETCH(int, percent);
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = m_shipped.showWindow(queue.intake, windowSize);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        tap(window->attractScreen());
        window->setHighContrast(highContrast);
        window->setTextPercent(percent);
        QCOMPARE(window->textPercent(), percent);

        window->go({Location::Screen::Callback, QStringLiteral("running-knee-pain")});
        CallbackScreen *form = window->callbackScreen();
        auto *scroll = form->findChild<QScrollArea *>();
        QVERIFY(scroll);
        QTest::qWait(50);
        // Nothing (the top bar's buttons, a screen) pushes the window past the screen.
        QCOMPARE(window->width(), windowSize.width());
        QStringList problems = clipped(scroll->widget());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("form is %1 px wide in %2").arg(scroll->widget()->minimumSizeHint().width()).arg(scroll->viewport()->width())));
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());

        window->go({Location::Screen::Article, QStringLiteral("running-knee-pain")});
        QTest::qWait(50);
        problems = clipped(window->articleScreen());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // The topic drop-down's open list: touch-sized rows, whole words, at 100 and 200 %.
    void topicListRowsAreTouchSized_data()
    {
        QTest::addColumn<int>("percent");
        QTest::newRow("100 %") << 100;
        QTest::newRow("200 %") << 200;
    }

    void topicListRowsAreTouchSized()
    {
        QFETCH(int, percent);
        TestCallbackQueue queue(m_shipped.settings, m_shipped.library);
        auto window = m_shipped.showWindow(queue.intake, QSize(1920, 1080));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        tap(window->attractScreen());
        window->setTextPercent(percent);
        window->go({Location::Screen::Callback, {}});
        QComboBox *topics = window->callbackScreen()->topicBox();
        QVERIFY(topics->count() > 10);
        topics->showPopup();
        QAbstractItemView *list = topics->view();
        QTRY_VERIFY(list->isVisible());
        const int fontHeight = list->fontMetrics().height();
        for (int row = 0; row < topics->count(); ++row) {
            const QRect item = list->visualRect(list->model()->index(row, 0));
            QVERIFY2(item.height() >= 56, qPrintable(QStringLiteral("row %1 is %2 px").arg(row).arg(item.height())));
            QVERIFY(item.height() >= fontHeight);
        }
        topics->hidePopup();
    }
};

CAREKIOSK_WEBENGINE_TEST_MAIN(LargeTextTest)
#include "tst_largetext.moc"
