// ArticleParser: one file's bytes to an Article, or a clear FILE:LINE error.
#include "core/content/articleparser.h"

#include <QTest>

namespace {

QByteArray article(const QByteArray &frontMatter, const QByteArray &body = "Some text.\n")
{
    return "---\n" + frontMatter + "---\n" + body;
}

const QByteArray goodFields = "title: Knee pain\n"
                              "summary: What helps.\n"
                              "category: Everyday pain\n"
                              "tags: [knee, running]\n"
                              "related: [sciatica, low-back-pain]\n"
                              "reviewed: 2026-10-01\n"
                              "reviewer: \"Orthopedic & Wellness clinical team\"\n"
                              "sources:\n"
                              "  - \"AAOS: knee pain\"\n"
                              "featured: true\n";

} // namespace

class TestArticleParser : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("en/knee.md"), article(goodFields));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.article);
        const Article &parsed = *result.article;
        QCOMPARE(parsed.title, QStringLiteral("Knee pain"));
        QCOMPARE(parsed.summary, QStringLiteral("What helps."));
        QCOMPARE(parsed.category, QStringLiteral("Everyday pain"));
        QCOMPARE(parsed.tags, QStringList({QStringLiteral("knee"), QStringLiteral("running")}));
        QCOMPARE(parsed.related, QStringList({QStringLiteral("sciatica"), QStringLiteral("low-back-pain")}));
        QCOMPARE(parsed.reviewed, QDate(2026, 10, 1));
        QCOMPARE(parsed.reviewer, QStringLiteral("Orthopedic & Wellness clinical team"));
        QCOMPARE(parsed.sources, QStringList({QStringLiteral("AAOS: knee pain")}));
        QVERIFY(parsed.featured);
        QCOMPARE(parsed.bodyFirstLine, 13);
        QCOMPARE(parsed.relatedLine, 6);
        QCOMPARE(parsed.textBlocks, QStringList({QStringLiteral("Some text.")}));
    }

    void acceptsHarmlessVariants_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("bodyFirstLine");
        QTest::newRow("byte-order mark before ---") << QByteArray("\xEF\xBB\xBF" + article(goodFields)) << 13;
        QByteArray crlf = article(goodFields, "Line one.\n\nLine two.\n");
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF line endings") << crlf << 13;
        QTest::newRow("spaces after the fences") << QByteArray("---  \n" + goodFields + "--- \nText.\n") << 13;
        QTest::newRow("a related cycle is allowed")
            << article("title: A\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nsources: [x]\nrelated: [b, a-b]\n")
            << 9;
    }

    void acceptsHarmlessVariants()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, bodyFirstLine);
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("x.md"), bytes);
        QVERIFY2(!hasErrors(result.problems), qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.article);
        QCOMPARE(result.article->bodyFirstLine, bodyFirstLine);
        QVERIFY(!result.article->bodyMarkdown.contains(u'\r'));
        QVERIFY(!result.article->title.isEmpty());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("empty");
        QTest::newRow("only blank lines") << QByteArray("\n\n  \n") << 1 << QStringLiteral("empty");
        QTest::newRow("no front matter") << QByteArray("# Title\n\nText.\n") << 1 << QStringLiteral("no front matter");
        QTest::newRow("---- banner") << QByteArray("----\ntitle: x\n----\nText.\n") << 1
                                     << QStringLiteral("exactly three dashes");
        QTest::newRow("unclosed front matter") << QByteArray("---\ntitle: x\nsummary: y\n\nText.\n") << 1
                                               << QStringLiteral("never closed");
        QTest::newRow("closing --- at end of file without newline")
            << QByteArray("---\ntitle: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nsources: [x]\n---") << 7
            << QStringLiteral("no text after");
        QTest::newRow("broken YAML") << article("title: T\nsummary: S\ncategory: [unclosed\nreviewed: 2026-01-01\n")
                                     << 5 << QStringLiteral("not valid YAML");
        QTest::newRow("YAML that is not a map") << article("- just\n- a list\n") << 2
                                                << QStringLiteral("'field: value'");
        QTest::newRow("unknown field") << article(goodFields + "auther: Me\n") << 12 << QStringLiteral("unknown field 'auther'");
        QTest::newRow("field given twice") << article(goodFields + "title: Again\n") << 12
                                           << QStringLiteral("'title' is given twice");
        QTest::newRow("bad date") << article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-02-30\n") << 5
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("date in another format") << article("title: T\nsummary: S\ncategory: C\nreviewed: 10/01/2026\n")
                                                << 5 << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("missing date") << article("title: T\nsummary: S\ncategory: C\n") << 2
                                      << QStringLiteral("no 'reviewed'");
        QTest::newRow("missing title") << article("summary: S\ncategory: C\nreviewed: 2026-01-01\n") << 2
                                       << QStringLiteral("no 'title'");
        QTest::newRow("empty title") << article("title:\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n") << 2
                                     << QStringLiteral("no 'title'");
        QTest::newRow("tags not a list") << article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\ntags: knee\n")
                                         << 6 << QStringLiteral("must be a list");
        QTest::newRow("title not text") << article("title: [a, b]\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n")
                                        << 2 << QStringLiteral("plain text");
        QTest::newRow("featured not a boolean")
            << article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nfeatured: maybe\n") << 6
            << QStringLiteral("true or false");
        QTest::newRow("related not a slug")
            << article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nrelated: [Knee Pain]\n") << 6
            << QStringLiteral("not a slug");
        QTest::newRow("empty body") << article(goodFields, "\n\n") << 12 << QStringLiteral("no text after");
        QTest::newRow("invalid UTF-8 on line 14")
            << article(goodFields, "Fine.\nBad \xC3\x28 byte.\n") << 14 << QStringLiteral("not valid UTF-8");
        QTest::newRow("truncated UTF-8 at the end") << article(goodFields, "Fine.\nCut \xE2\x82") << 14
                                                    << QStringLiteral("not valid UTF-8");
        QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\x00\x00junk", 13) << 1
                                     << QStringLiteral("binary data");
        QTest::newRow("10 MB file") << QByteArray(10 * 1024 * 1024, 'a') << 1 << QStringLiteral("at most 512 KiB");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("en/bad.md"), bytes);
        QVERIFY(!result.article);
        QVERIFY(hasErrors(result.problems));
        const auto firstError = std::find_if(result.problems.cbegin(), result.problems.cend(), [](const ContentProblem &p) {
            return p.severity == ContentProblem::Severity::Error;
        });
        QVERIFY2(firstError->message.contains(messagePart), qPrintable(firstError->toString()));
        QCOMPARE(firstError->line, line);
        QVERIFY(firstError->toString().startsWith(QStringLiteral("en/bad.md:%1: error: ").arg(line)));
    }

    void warnsButKeepsArticle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no sources") << article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n")
                                    << QStringLiteral("no 'sources'");
        QTest::newRow("review date in the future")
            << article("title: T\nsummary: S\ncategory: C\nreviewed: 2999-01-01\nsources: [x]\n")
            << QStringLiteral("in the future");
    }

    void warnsButKeepsArticle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("x.md"), bytes);
        QVERIFY(result.article);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().severity, ContentProblem::Severity::Warning);
        QVERIFY2(result.problems.first().message.contains(messagePart), qPrintable(result.problems.first().toString()));
    }

    void parsesPathologicalMarkdown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("](  [ newline x 50,000") << QByteArray("](").append(QByteArray("[\n")).repeated(50000);
        QTest::newRow("* x 100,000") << QByteArray(100000, '*');
        QTest::newRow("nested brackets x 20,000") << QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::newRow("nested quotes x 10,000") << QByteArray("> ").repeated(10000) + "deep";
    }

    // Each must finish (CTest's time-out catches a quadratic parser); the timing
    // itself is measured in bench/, not asserted here.
    void parsesPathologicalMarkdown()
    {
        QFETCH(QByteArray, body);
        const ArticleParser::Result result =
            ArticleParser::parse(QStringLiteral("x.md"), article("title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nsources: [x]\n", body));
        QVERIFY(result.article || hasErrors(result.problems));
        if (result.article)
            QVERIFY(!result.article->bodyMarkdown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
