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
                              "  - {title: \"AAOS: knee pain\", url: \"https://orthoinfo.aaos.org/en/diseases--conditions/\"}\n"
                              "featured: true\n"
                              "get_help:\n"
                              "  now:\n"
                              "    - \"Trouble breathing or swallowing: call 911.\"\n"
                              "  call_us:\n"
                              "    - \"A fever, or redness that spreads.\"\n"
                              "    - \"Pain that gets worse.\"\n";
constexpr int goodBodyLine = 19;  // the line after goodFields' closing ---

// The least an article needs besides its title, summary, category and date.
const QByteArray getHelp = "get_help: {now: [\"Trouble breathing: call 911.\"], call_us: [\"A fever.\"]}\n";
const QByteArray minimal = "title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n"
                           "sources: [{title: Source, url: \"https://www.nih.gov/\"}]\n" + getHelp;  // 6 lines

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
        QCOMPARE(parsed.sources.size(), 1);
        QCOMPARE(parsed.sources.first().title, QStringLiteral("AAOS: knee pain"));
        QCOMPARE(parsed.sources.first().url, QStringLiteral("https://orthoinfo.aaos.org/en/diseases--conditions/"));
        QCOMPARE(parsed.sources.first().line, 10);
        QCOMPARE(parsed.getHelp.now, QStringList({QStringLiteral("Trouble breathing or swallowing: call 911.")}));
        QCOMPARE(parsed.getHelp.callUs, QStringList({QStringLiteral("A fever, or redness that spreads."),
                                                     QStringLiteral("Pain that gets worse.")}));
        QVERIFY(parsed.featured);
        QVERIFY(!parsed.sensitive);
        QCOMPARE(parsed.bodyFirstLine, goodBodyLine);
        QCOMPARE(parsed.relatedLine, 6);
        QCOMPARE(parsed.categoryLine, 4);
        QCOMPARE(parsed.textBlocks, QStringList({QStringLiteral("Some text.")}));
    }

    void acceptsHarmlessVariants_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("bodyFirstLine");
        QTest::newRow("byte-order mark before ---") << QByteArray("\xEF\xBB\xBF" + article(goodFields)) << goodBodyLine;
        QByteArray crlf = article(goodFields, "Line one.\n\nLine two.\n");
        crlf.replace("\n", "\r\n");
        QTest::newRow("CRLF line endings") << crlf << goodBodyLine;
        QTest::newRow("spaces after the fences") << QByteArray("---  \n" + goodFields + "--- \nText.\n") << goodBodyLine;
        QTest::newRow("a related cycle is allowed") << article(minimal + "related: [b, a-b]\n") << 10;
        QTest::newRow("a plain-text source is still read")
            << article(QByteArray(minimal).replace("[{title: Source, url: \"https://www.nih.gov/\"}]", "[\"Just a title\"]"))
            << 9;
        QTest::newRow("sensitive") << article(minimal + "sensitive: true\n") << 10;
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
        QTest::newRow("closing --- at end of file without newline") << QByteArray("---\n" + minimal + "---") << 8
                                                                    << QStringLiteral("no text after");
        QTest::newRow("broken YAML") << article("title: T\nsummary: S\ncategory: [unclosed\nreviewed: 2026-01-01\n")
                                     << 5 << QStringLiteral("not valid YAML");
        QTest::newRow("YAML that is not a map") << article("- just\n- a list\n") << 2
                                                << QStringLiteral("'field: value'");
        QTest::newRow("unknown field") << article(goodFields + "auther: Me\n") << goodBodyLine - 1
                                       << QStringLiteral("unknown field 'auther'");
        QTest::newRow("field given twice") << article(goodFields + "title: Again\n") << goodBodyLine - 1
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
        QTest::newRow("empty body") << article(goodFields, "\n\n") << goodBodyLine - 1 << QStringLiteral("no text after");
        QTest::newRow("invalid UTF-8 on the body's second line")
            << article(goodFields, "Fine.\nBad \xC3\x28 byte.\n") << goodBodyLine + 1 << QStringLiteral("not valid UTF-8");
        QTest::newRow("truncated UTF-8 at the end") << article(goodFields, "Fine.\nCut \xE2\x82") << goodBodyLine + 1
                                                    << QStringLiteral("not valid UTF-8");
        const QByteArray noHelp = "title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nsources: [{title: S, url: "
                                  "\"https://www.nih.gov/\"}]\n";
        QTest::newRow("no get_help") << article(noHelp) << 2 << QStringLiteral("no 'get_help'");
        QTest::newRow("get_help left empty") << article(noHelp + "get_help:\n") << 7
                                             << QStringLiteral("'get_help' must hold two lists");
        QTest::newRow("get_help not a map") << article(noHelp + "get_help: [Call 911.]\n") << 7
                                            << QStringLiteral("'get_help' must hold two lists");
        QTest::newRow("empty 'now'") << article(noHelp + "get_help:\n  now: []\n  call_us:\n    - A fever.\n") << 8
                                     << QStringLiteral("'get_help' has no 'now' list");
        QTest::newRow("'now' with nothing under it")
            << article(noHelp + "get_help:\n  call_us: [A fever.]\n  now:\n") << 9 << QStringLiteral("'get_help' has no 'now' list");
        QTest::newRow("no 'call_us'") << article(noHelp + "get_help:\n  now:\n    - \"Call 911.\"\n") << 7
                                      << QStringLiteral("'get_help' has no 'call_us' list");
        QTest::newRow("unknown key in get_help")
            << article(noHelp + "get_help:\n  now: [Call 911.]\n  call_us: [A fever.]\n  later: [x]\n") << 10
            << QStringLiteral("unknown field 'later' in 'get_help'");
        const QByteArray noSources = "title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n" + getHelp;
        QTest::newRow("source address not on the web")
            << article(noSources + "sources:\n  - {title: Leaflet, url: \"ftp://files.nih.gov/a.pdf\"}\n") << 8
            << QStringLiteral("source address 'ftp://files.nih.gov/a.pdf' must be a web address");
        QTest::newRow("source address is a script")
            << article(noSources + "sources:\n  - title: Leaflet\n    url: \"javascript:alert(1)\"\n") << 8
            << QStringLiteral("must be a web address starting with https://");
        QTest::newRow("source without a title") << article(noSources + "sources:\n  - {url: \"https://www.nih.gov/\"}\n") << 8
                                                << QStringLiteral("a source needs a 'title'");
        QTest::newRow("unknown key in a source")
            << article(noSources + "sources:\n  - {title: NIH, link: \"https://www.nih.gov/\"}\n") << 8
            << QStringLiteral("unknown field 'link' in a source");
        QTest::newRow("sensitive not a boolean") << article(minimal + "sensitive: a little\n") << 8
                                                 << QStringLiteral("'sensitive' must be true or false");
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
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");
        const QByteArray noSources = "title: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\n" + getHelp;
        QTest::newRow("no sources") << article(noSources) << 2 << QStringLiteral("no 'sources'");
        QTest::newRow("review date in the future")
            << article(QByteArray(minimal).replace("2026-01-01", "2999-01-01")) << 5 << QStringLiteral("in the future");
        QTest::newRow("source as plain text") << article(noSources + "sources:\n  - \"NIH: back pain\"\n") << 8
                                              << QStringLiteral("source has no web address");
        QTest::newRow("source map without url") << article(noSources + "sources:\n  - title: \"NIH: back pain\"\n") << 8
                                                << QStringLiteral("source has no web address");
        QTest::newRow("placeholder source address")
            << article(noSources + "sources:\n  - {title: Book, url: \"https://www.example.org/book\"}\n") << 8
            << QStringLiteral("placeholder");
        QTest::newRow("sensitive and featured") << article(minimal + "sensitive: true\nfeatured: yes\n") << 9
                                                << QStringLiteral("a sensitive article is never featured");
    }

    void warnsButKeepsArticle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("x.md"), bytes);
        QVERIFY(result.article);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().severity, ContentProblem::Severity::Warning);
        QVERIFY2(result.problems.first().message.contains(messagePart), qPrintable(result.problems.first().toString()));
        QCOMPARE(result.problems.first().line, line);
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
            ArticleParser::parse(QStringLiteral("x.md"), article(minimal, body));
        QVERIFY(result.article || hasErrors(result.problems));
        if (result.article)
            QVERIFY(!result.article->bodyMarkdown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
