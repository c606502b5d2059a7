// Anonymous article view counts: per day, totals over a week, most read first.
#include "core/usage/articleviews.h"

#include <QTemporaryDir>
#include <QTest>

class TestArticleViews : public QObject
{
    Q_OBJECT

private slots:
    void countsPerDayAndMostReadOverAWeek()
    {
        QTemporaryDir dir;
        KioskDatabase database(dir.path());
        ArticleViews views(database);
        const QDate today(2026, 11, 25);
        const auto read = [&](const char *slug, int times, const QDate &day) {
            for (int i = 0; i < times; ++i)
                QVERIFY(!views.record(QString::fromLatin1(slug), QStringLiteral("en"), day));
        };
        read("botox-for-pain", 3, today);
        read("botox-for-pain", 2, today.addDays(-6));
        read("prp-therapy", 4, today.addDays(-1));
        read("sciatica", 9, today.addDays(-7));  // outside the week
        QVERIFY(!views.record(QStringLiteral("botox-for-pain"), QStringLiteral("es"), today));

        const StoreResult<QList<ArticleViewCount>> week = views.mostRead(today.addDays(-6), today, 10);
        QVERIFY(!week.failure);
        QCOMPARE(week.value.size(), 3);
        QCOMPARE(week.value[0].slug, QStringLiteral("botox-for-pain"));
        QCOMPARE(week.value[0].language, QStringLiteral("en"));
        QCOMPARE(week.value[0].views, 5);
        QCOMPARE(week.value[1].slug, QStringLiteral("prp-therapy"));
        QCOMPARE(week.value[1].views, 4);
        QCOMPARE(week.value[2].language, QStringLiteral("es"));
        QCOMPARE(views.mostRead(today.addDays(-6), today, 1).value.size(), 1);

        const QList<ArticleViewCount> days = views.perDay(today.addDays(-7), today).value;
        QCOMPARE(days.size(), 5);
        QCOMPARE(days.first().day, today.addDays(-7));
        QCOMPARE(days.first().views, 9);
    }
};

QTEST_GUILESS_MAIN(TestArticleViews)
#include "tst_articleviews.moc"
