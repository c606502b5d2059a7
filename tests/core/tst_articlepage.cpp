// ArticlePage: every field lands in the page, escaped; the body is Markdown;
// the get-help box ends with the configured offices; sources and QR codes
// (decoded with the real zbarimg, as a phone would read them).
#include "core/content/articlepage.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString everyPlaceholder = QStringLiteral(
    "<h1>{{title}}</h1>{{body}}{{getHelp}}{{phoneCodes}}<h2>{{sourcesHeading}}</h2>{{sources}}<p>{{disclaimer}}</p>");

Article articleWithSources(const QList<ArticleSource> &sources)
{
    Article article;
    article.slug = QStringLiteral("knee");
    article.language = QStringLiteral("en");
    article.title = QStringLiteral("Knee pain");
    article.reviewed = QDate(2026, 10, 14);
    article.sources = sources;
    article.getHelp = {{QStringLiteral("Call 911.")}, {QStringLiteral("A fever.")}};
    article.bodyMarkdown = QStringLiteral("Rest the knee.\n");
    return article;
}

Office office(const QString &name, const QString &phone, const QString &hours, const QString &afterHours)
{
    Office result;
    result.id = name.toLower();
    result.name = name;
    result.phone = phone;
    result.hours = hours;
    result.afterHours = afterHours;
    return result;
}

// The inline SVG codes of a page, in order.
QStringList svgCodes(const QString &page)
{
    static const QRegularExpression svg(QStringLiteral("<svg class=\"qr-code\".*?</svg>"));
    QStringList codes;
    for (auto match = svg.globalMatch(page); match.hasNext();)
        codes.append(match.next().captured());
    return codes;
}

// What a phone reads from the SVG code, by the real zbarimg decoder.
QString decoded(const QString &svg)
{
    QSvgRenderer renderer(svg.toUtf8());
    if (!renderer.isValid())
        return QStringLiteral("(not valid SVG)");
    QImage image(400, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("code.png"));
    image.save(file);
    QProcess decoder;
    decoder.start(QStandardPaths::findExecutable(QStringLiteral("zbarimg")),
                  {QStringLiteral("--quiet"), QStringLiteral("--raw"), file});
    decoder.waitForFinished(30000);
    return QString::fromUtf8(decoder.readAllStandardOutput()).trimmed();
}

} // namespace

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
        article.sources = {{QStringLiteral("AAOS <OrthoInfo>"), QString(), 9}};
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

    // Found by fuzz_articlepage (tests/data/fuzz/articlepage): a value was
    // searched for the placeholders filled after it.
    void fieldTextThatLooksLikeAPlaceholderShowsAsWritten()
    {
        Article article = articleWithSources({});
        article.title = QStringLiteral("About {{summary}} and {{body}}");
        article.summary = QStringLiteral("Ice helps.");
        const QString page = ArticlePage::render(
            article, QStringLiteral("<h1>{{title}}</h1><p>{{summary}}</p>{{body}}{{unknown}}"), false);
        QCOMPARE(page, QStringLiteral("<h1>About {{summary}} and {{body}}</h1><p>Ice helps.</p><p>Rest the knee.</p>\n"
                                      "{{unknown}}"));
    }

    void leavesOutEmptySources()
    {
        Article article;
        article.language = QStringLiteral("en");
        article.reviewed = QDate(2026, 1, 2);
        const QString page = ArticlePage::render(article, QStringLiteral("[{{sourcesHeading}}][{{sources}}]"), false);
        QCOMPARE(page, QStringLiteral("[][]"));
    }

    void getHelpBoxEndsWithTheOffices()
    {
        Article article = articleWithSources({});
        article.getHelp = {{QStringLiteral("Trouble breathing <or> swallowing: call 911.")},
                           {QStringLiteral("A fever & redness that spreads."), QStringLiteral("Pain that gets worse.")}};
        const ArticlePage::Clinic clinic{
            {office(QStringLiteral("Waldorf"), QStringLiteral("301-555-0142"),
                    QStringLiteral("Monday to Friday, 8 am to 5 pm"),
                    QStringLiteral("After hours, call 301-555-0199 to reach the doctor on call.")),
             office(QStringLiteral("Frederick <North>"), QStringLiteral("301-555-0167"), QString(), QString())},
            {}};
        const QString page = ArticlePage::render(article, everyPlaceholder, false, clinic);
        const qsizetype box = page.indexOf(QStringLiteral("<section class=\"get-help\""));
        QVERIFY2(box > page.indexOf(QStringLiteral("Rest the knee.")), qPrintable(page));
        const QStringList inOrder = {
            QStringLiteral(">Get help right away</h2>"),
            QStringLiteral("<li>Trouble breathing &lt;or&gt; swallowing: call 911.</li>"),
            QStringLiteral(">Call us if</h2>"),
            QStringLiteral("<li>A fever &amp; redness that spreads.</li><li>Pain that gets worse.</li>"),
            QStringLiteral("Waldorf"),
            QStringLiteral("301-555-0142"),
            QStringLiteral("Monday to Friday, 8 am to 5 pm"),
            QStringLiteral("After hours, call 301-555-0199 to reach the doctor on call."),
            QStringLiteral("Frederick &lt;North&gt;"),
            QStringLiteral("301-555-0167"),
            QStringLiteral("</section>"),
        };
        qsizetype at = box;
        for (const QString &part : inOrder) {
            const qsizetype found = page.indexOf(part, at);
            QVERIFY2(found > at, qPrintable(part + QStringLiteral(" in ") + page));
            at = found;
        }
        QVERIFY(!page.contains(QStringLiteral("{{")));
    }

    void noGetHelpNoBox()
    {
        Article article = articleWithSources({});
        article.getHelp = {};
        const QString page = ArticlePage::render(article, everyPlaceholder, false,
                                                 {{office(QStringLiteral("Waldorf"), QStringLiteral("301-555-0142"),
                                                          QString(), QString())},
                                                  {}});
        QVERIFY(!page.contains(QStringLiteral("get-help")));
        QVERIFY(!page.contains(QStringLiteral("301-555-0142")));
    }

    void sourcesShowTheirAddressAsText()
    {
        const Article article = articleWithSources(
            {{QStringLiteral("NIH: knee pain"), QString(), 9},
             {QStringLiteral("AAOS <OrthoInfo>"), QStringLiteral("https://orthoinfo.aaos.org/en/?a=1&b=2"), 10},
             {QStringLiteral("MedlinePlus"), QStringLiteral("https://medlineplus.gov/kneeinjuriesanddisorders.html"), 11}});
        const QString page = ArticlePage::render(article, everyPlaceholder, false);
        QVERIFY2(page.contains(QStringLiteral("<li>NIH: knee pain</li>")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("<li>AAOS &lt;OrthoInfo&gt;<br><span class=\"web-address\">"
                                              "https://orthoinfo.aaos.org/en/?a=1&amp;b=2</span></li>")),
                 qPrintable(page));
        QVERIFY(!page.contains(QStringLiteral("<a ")));  // nothing to follow on a kiosk
    }

    void readMoreCodeIsTheFirstSourceWithAnAddress()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg is not installed (Debian package zbar-tools, in the project's test packages)");
        const QString address = QStringLiteral("https://medlineplus.gov/kneeinjuriesanddisorders.html");
        const Article article = articleWithSources({{QStringLiteral("NIH: knee pain"), QString(), 9},
                                                    {QStringLiteral("MedlinePlus"), address, 10},
                                                    {QStringLiteral("AAOS"), QStringLiteral("https://orthoinfo.aaos.org/"), 11}});
        const QString page = ArticlePage::render(article, everyPlaceholder, true);
        QVERIFY2(page.contains(QStringLiteral("Read more on your phone")), qPrintable(page));
        QVERIFY(!page.contains(QStringLiteral("Book a visit")));
        const QStringList codes = svgCodes(page);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(decoded(codes.first()), address);
        // Dark on white even in high contrast, and no inline style (the page's CSP forbids it).
        QVERIFY(codes.first().contains(QStringLiteral("fill=\"#ffffff\"")));
        QVERIFY(!codes.first().contains(QStringLiteral("style=")));
    }

    void bookingCodeOnlyWhenConfigured()
    {
        const Article withoutAddress = articleWithSources({{QStringLiteral("NIH: knee pain"), QString(), 9}});
        const QString plain = ArticlePage::render(withoutAddress, everyPlaceholder, false);
        QVERIFY(svgCodes(plain).isEmpty());
        QVERIFY(!plain.contains(QStringLiteral("phone-codes")));
        QVERIFY(!plain.contains(QStringLiteral("Read more on your phone")));
        QVERIFY(!plain.contains(QStringLiteral("Book a visit")));

        const QUrl booking(QStringLiteral("https://portal.orthowellness.test/book?office=waldorf"));
        const QString page = ArticlePage::render(withoutAddress, everyPlaceholder, false, {{}, booking});
        QVERIFY2(page.contains(QStringLiteral("Book a visit")), qPrintable(page));
        const QStringList codes = svgCodes(page);
        QCOMPARE(codes.size(), 1);
        if (!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QCOMPARE(decoded(codes.first()), booking.toString());
    }
};

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
