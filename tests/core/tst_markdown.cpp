// Markdown: CommonMark with tables to HTML, and the outline used by search and checks.
#include "core/content/markdown.h"

#include <QTest>

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void rendersCommonMark_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expectedHtml");
        QTest::newRow("heading") << QStringLiteral("## What to expect") << QStringLiteral("<h2>What to expect</h2>");
        QTest::newRow("emphasis") << QStringLiteral("*Clostridium botulinum*")
                                  << QStringLiteral("<em>Clostridium botulinum</em>");
        QTest::newRow("list") << QStringLiteral("- ice\n- rest\n") << QStringLiteral("<li>ice</li>");
        QTest::newRow("table") << QStringLiteral("| Use | Approved |\n|---|---|\n| Migraine | Yes |\n")
                               << QStringLiteral("<td>Migraine</td>");
        QTest::newRow("link") << QStringLiteral("[book](https://example.com/book)")
                              << QStringLiteral("<a href=\"https://example.com/book\">book</a>");
        QTest::newRow("accents") << QStringLiteral("Dolor de rodilla: ¿qué hacer?")
                                 << QStringLiteral("Dolor de rodilla: ¿qué hacer?");
    }

    void rendersCommonMark()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expectedHtml);
        const QString html = Markdown::toHtml(markdown);
        QVERIFY2(html.contains(expectedHtml), qPrintable(html));
    }

    void neverPassesRawHtmlThrough_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>\n");
        QTest::newRow("inline iframe") << QStringLiteral("Look <iframe src=\"https://example.com\"></iframe> here");
        QTest::newRow("event handler") << QStringLiteral("<img src=x onerror=alert(1)>");
    }

    void neverPassesRawHtmlThrough()
    {
        QFETCH(QString, markdown);
        const QString html = Markdown::toHtml(markdown);
        QVERIFY2(!html.contains(QStringLiteral("<script")) && !html.contains(QStringLiteral("<iframe"))
                     && !html.contains(QStringLiteral("<img")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("raw HTML omitted")), qPrintable(html));
    }

    void outlinesBlocksImagesAndLinks()
    {
        const Markdown::Outline outline = Markdown::outline(QStringLiteral(
            "## Heading one\n\nA paragraph with **bold** and a [link](sciatica).\nSoft break here.\n\n"
            "- item one\n- item two\n\n![A knee](media/knee.png)\n\n| A | B |\n|---|---|\n| cell &amp; more | two |\n"));
        QCOMPARE(outline.blocks,
                 QStringList({QStringLiteral("Heading one"),
                              QStringLiteral("A paragraph with bold and a link. Soft break here."),
                              QStringLiteral("item one"), QStringLiteral("item two"), QStringLiteral("A knee"),
                              QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("cell & more"),
                              QStringLiteral("two")}));
        QCOMPARE(outline.images.size(), 1);
        QCOMPARE(outline.images.first().target, QStringLiteral("media/knee.png"));
        QCOMPARE(outline.images.first().line, 9);
        QCOMPARE(outline.links.size(), 1);
        QCOMPARE(outline.links.first().target, QStringLiteral("sciatica"));
        QCOMPARE(outline.links.first().line, 3);
    }

    // Found by fuzz_markdown (tests/data/fuzz/markdown): a link in the lines
    // just before a table's header row was reported on line 0, so check-content
    // pointed at the front matter's closing '---'.
    void linkJustBeforeATableHasItsLine()
    {
        const Markdown::Outline outline =
            Markdown::outline(QStringLiteral("Intro.\n\nSee [sciatica](sciatica) below.\nDose | Use\n---|---\n5 mg | pain\n"));
        QCOMPARE(outline.links.size(), 1);
        QCOMPARE(outline.links.first().line, 3);
    }

    void dropsDangerousLinks_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("javascript") << QStringLiteral("[x](javascript:alert(1))");
        QTest::newRow("data") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)");
        QTest::newRow("vbscript") << QStringLiteral("[x](vbscript:msgbox)");
    }

    void dropsDangerousLinks()
    {
        QFETCH(QString, markdown);
        const QString html = Markdown::toHtml(markdown);
        QVERIFY2(html.contains(QStringLiteral("<a href=\"\">x</a>")), qPrintable(html));
    }

    void handlesPathologicalInput_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expectedHtml");
        QTest::newRow("](  [ newline x 50,000") << QStringLiteral("](").append(QStringLiteral("[\n")).repeated(50000)
                                                << QStringLiteral("<p>]([");
        QTest::newRow("* x 100,000 is a thematic break") << QString(100000, u'*') << QStringLiteral("<hr />");
        QTest::newRow("* x 100,000 after a word") << QStringLiteral("a") + QString(100000, u'*')
                                                  << QStringLiteral("<p>a***");
        QTest::newRow("_ x 100,000 with words") << QStringLiteral("_a ").repeated(100000) << QStringLiteral("<p>_a _a");
        QTest::newRow("backticks x 50,000") << QStringLiteral("`a").repeated(50000) << QStringLiteral("<code>a</code>");
    }

    // A linear parser finishes these at once; CTest's time-out would stop a quadratic one.
    void handlesPathologicalInput()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expectedHtml);
        const QString html = Markdown::toHtml(markdown);
        QVERIFY2(html.contains(expectedHtml), qPrintable(html.left(200)));
        const Markdown::Outline outline = Markdown::outline(markdown);
        QCOMPARE(outline.blocks.isEmpty(), expectedHtml == QStringLiteral("<hr />"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
