// NavigationHistory: what Back does, and that Home and a reset forget the trail.
#include "core/navigation/navigationhistory.h"

#include <QTest>

namespace {
Location article(const QString &slug)
{
    return {Location::Screen::Article, slug};
}
} // namespace

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void backRetracesSteps()
    {
        NavigationHistory history;
        history.go({Location::Screen::Topic, QStringLiteral("Pain management")});
        history.go(article(QStringLiteral("botox-for-pain")));
        history.go(article(QStringLiteral("migraine")));
        QCOMPARE(history.depth(), 4);
        QCOMPARE(history.back(), article(QStringLiteral("botox-for-pain")));
        QCOMPARE(history.back(), (Location{Location::Screen::Topic, QStringLiteral("Pain management")}));
        QCOMPARE(history.back().screen, Location::Screen::Home);
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back().screen, Location::Screen::Home);  // nowhere further
    }

    void sameLocationTwiceIsOneStep()
    {
        NavigationHistory history;
        history.go(article(QStringLiteral("prp-therapy")));
        history.go(article(QStringLiteral("prp-therapy")));
        QCOMPARE(history.depth(), 2);
    }

    void homeStartsAFreshTrail()
    {
        NavigationHistory history;
        history.go(article(QStringLiteral("a")));
        history.go(article(QStringLiteral("b")));
        history.go({Location::Screen::Home, {}});
        QCOMPARE(history.depth(), 1);
        QVERIFY(!history.canGoBack());
    }

    void resetForgetsEverything()
    {
        NavigationHistory history;
        history.go({Location::Screen::Search, {}});
        history.go(article(QStringLiteral("a")));
        history.reset({Location::Screen::Attract, {}});
        QCOMPARE(history.current().screen, Location::Screen::Attract);
        QCOMPARE(history.depth(), 1);
    }

    void depthIsBoundedAndKeepsHomeAtTheBottom()
    {
        NavigationHistory history;
        for (int index = 0; index < 500; ++index)
            history.go(article(QString::number(index)));
        QVERIFY(history.depth() <= 50);
        while (history.canGoBack())
            history.back();
        QCOMPARE(history.current().screen, Location::Screen::Home);
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
