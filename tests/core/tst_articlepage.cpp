// ArticlePage: every field lands in the page, escaped; the body is Markdown.
#include "core/content/articlepage.h"

#include <QTest>

class TestArticlePage : public QObject
{
    Q_OBJECT

private slots:
    void fillsTheTemplate()
    {
        Article article;
        article.slug = QStringLiteral("knee");
        article.language = QStringLiteral("en");
        article.title = QStringLiteral("Knee <pain> & you");
        article.summary = QStringLiteral("What \"helps\".");
        article.reviewed = QDate(2026, 10, 14);
        article.reviewer = QStringLiteral("Orthopedic & Wellness clinical team");
        article.sources = {QStringLiteral("AAOS <OrthoInfo>")};
        article.bodyMarkdown = QStringLiteral("## Rest\n\nIce helps. {{title}}\n\n<script>alert(1)</script>\n");
        const QString page = ArticlePage::render(
            article,
            QStringLiteral("<html lang=\"{{lang}}\" class=\"{{themeClass}}\"><h1>{{title}}</h1><p>{{summary}}</p>"
                           "<p>{{reviewed}}</p>{{body}}<h2>{{sourcesHeading}}</h2>{{sources}}<p>{{disclaimer}}</p>"),
            true);
        QVERIFY2(page.contains(QStringLiteral("<html lang=\"en\" class=\"high-contrast\">")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("<h1>Knee &lt;pain&gt; &amp; you</h1>")));
        QVERIFY(page.contains(QStringLiteral("<p>What &quot;helps&quot;.</p>")));
        QVERIFY2(page.contains(QStringLiteral("Reviewed on Wednesday, October 14, 2026 by Orthopedic &amp; Wellness clinical team")),
                 qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("<h2>Rest</h2>")));
        QVERIFY2(page.contains(QStringLiteral("Ice helps. {{title}}")), qPrintable(page));  // not a placeholder in the body
        QVERIFY(!page.contains(QStringLiteral("<script>")));
        QVERIFY(page.contains(QStringLiteral("<li>AAOS &lt;OrthoInfo&gt;</li>")));
        QVERIFY(page.contains(QStringLiteral("not medical advice")));
        QVERIFY(!page.contains(QStringLiteral("{{")) || page.count(QStringLiteral("{{")) == 1);
    }

    void leavesOutEmptySources()
    {
        Article article;
        article.language = QStringLiteral("en");
        article.reviewed = QDate(2026, 1, 2);
        const QString page = ArticlePage::render(article, QStringLiteral("[{{sourcesHeading}}][{{sources}}]"), false);
        QCOMPARE(page, QStringLiteral("[][]"));
    }
};

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
