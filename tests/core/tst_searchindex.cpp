// SearchIndex: FTS5 ranking, prefixes, accent folding and snippets, over real
// articles loaded from a temporary folder.
#include "core/search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeArticle(const QString &root, const QString &language, const QString &slug, const QString &title,
                  const QString &summary, const QString &tags, const QString &body)
{
    QDir().mkpath(QDir(root).filePath(language));
    QFile file(QDir(root).filePath(language + u'/' + slug + QStringLiteral(".md")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("---\ntitle: \"%1\"\nsummary: \"%2\"\ncategory: Test\ntags: [%3]\n"
                              "reviewed: 2026-10-01\nsources: [{title: x, url: \"https://www.nih.gov/\"}]\n"
                              "get_help: {now: [\"Call 911.\"], call_us: [\"A fever.\"]}\n---\n%4\n")
                   .arg(title, summary, tags, body)
                   .toUtf8());
}

QStringList slugs(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.slug);
    return result;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path();
        writeArticle(root, QStringLiteral("en"), QStringLiteral("running-knee-pain"),
                     QStringLiteral("Can I still run with mild knee pain?"), QStringLiteral("Pain is a warning sign."),
                     QStringLiteral("running"), QStringLiteral("Ease off and rest. Strong hips help."));
        writeArticle(root, QStringLiteral("en"), QStringLiteral("physical-therapy"),
                     QStringLiteral("How physical therapy helps"), QStringLiteral("Exercises that ease pain."),
                     QStringLiteral("exercise"),
                     QStringLiteral("Your therapist may work on your knee, knee, knee and knee again. "
                                    "The knee is a common place for pain."));
        writeArticle(root, QStringLiteral("en"), QStringLiteral("hand-pain-typing"),
                     QStringLiteral("Managing hand pain while typing"), QStringLiteral("Simple desk changes."),
                     QStringLiteral("wrist, knuckles"), QStringLiteral("Keep wrists & elbows < 90 degrees."));
        writeArticle(root, QStringLiteral("en"), QStringLiteral("botox-for-pain"),
                     QStringLiteral("How Botox can relieve pain"), QStringLiteral("Tiny doses block nerve signals."),
                     QStringLiteral("botox, migraine"), QStringLiteral("Botox can ease chronic migraine."));
        writeArticle(root, QStringLiteral("es"), QStringLiteral("running-knee-pain"),
                     QStringLiteral("¿Puedo correr con dolor leve de rodilla?"),
                     QStringLiteral("El dolor es una señal de alerta."), QStringLiteral("correr"),
                     QStringLiteral("Descanse la rodilla. Un niño también puede tener dolór."));
        m_library = std::make_unique<ArticleLibrary>(ArticleLibrary::load(root));
        QCOMPARE(m_library->size(), 5);
        const std::optional<QString> error = m_index.rebuild(*m_library);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }

    void buildsMatchExpressions_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one letter") << QStringLiteral("k") << QStringLiteral("\"k\"*");
        QTest::newRow("finished word") << QStringLiteral("knee ") << QStringLiteral("\"knee\"");
        QTest::newRow("two words, last unfinished") << QStringLiteral("knee pa") << QStringLiteral("\"knee\" \"pa\"*");
        QTest::newRow("FTS syntax is just text") << QStringLiteral("knee\" OR title:* NEAR(")
                                                 << QStringLiteral("\"knee\" \"OR\" \"title\" \"NEAR\"*");
        QTest::newRow("only punctuation") << QStringLiteral("?!*\"") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("accents kept for the tokenizer") << QStringLiteral("dolór") << QStringLiteral("\"dolór\"*");
        // Checked by fuzz_searchquery (tests/data/fuzz/searchquery): the cut
        // at 64 units split the pair of a character outside the BMP.
        QTest::newRow("long word cut between characters")
            << QString(63, u'a') + QStringLiteral("\U0001D7CE") << u'"' + QString(63, u'a') + QStringLiteral("\"*");
    }

    void buildsMatchExpressions()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchIndex::matchExpression(typed), expression);
    }

    void ranksTitleHitsAboveBodyHits()
    {
        const QList<SearchHit> hits = m_index.search(QStringLiteral("en"), QStringLiteral("knee"));
        // physical-therapy says "knee" six times, but only in its body
        QCOMPARE(slugs(hits), QStringList({QStringLiteral("running-knee-pain"), QStringLiteral("physical-therapy")}));
        QCOMPARE(hits.at(0).field, SearchHit::Field::Title);
        QCOMPARE(hits.at(1).field, SearchHit::Field::Body);
    }

    void ranksSummaryAndTagsBetweenTitleAndBody()
    {
        const QList<SearchHit> hits = m_index.search(QStringLiteral("en"), QStringLiteral("pain"));
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits.at(0).field, SearchHit::Field::Title);
        QCOMPARE(hits.at(2).field, SearchHit::Field::Title);
        QCOMPARE(hits.at(3).slug, QStringLiteral("physical-therapy"));
        QCOMPARE(hits.at(3).field, SearchHit::Field::SummaryOrTags);
    }

    void matchesPrefixOfLastWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("kn") << QStringLiteral("kn")
                            << QStringList({QStringLiteral("running-knee-pain"), QStringLiteral("hand-pain-typing"),
                                            QStringLiteral("physical-therapy")});
        QTest::newRow("kne") << QStringLiteral("kne")
                             << QStringList({QStringLiteral("running-knee-pain"), QStringLiteral("physical-therapy")});
        QTest::newRow("finished 'kne ' is not a prefix") << QStringLiteral("kne ") << QStringList();
        QTest::newRow("all words must match") << QStringLiteral("knee bot") << QStringList();
        QTest::newRow("mig in tags and body") << QStringLiteral("MIG") << QStringList({QStringLiteral("botox-for-pain")});
    }

    void matchesPrefixOfLastWord()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(slugs(m_index.search(QStringLiteral("en"), typed)), expected);
    }

    void foldsAccents_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("dolor finds dolór and dolor") << QStringLiteral("dolor");
        QTest::newRow("dolór finds dolor") << QStringLiteral("dolór");
        QTest::newRow("rodilla") << QStringLiteral("rodilla");
        QTest::newRow("RODÍLLA") << QStringLiteral("RODÍLLA");
        QTest::newRow("nino finds niño") << QStringLiteral("nino");
        QTest::newRow("prefix senal finds señal") << QStringLiteral("senal");
    }

    void foldsAccents()
    {
        QFETCH(QString, typed);
        QCOMPARE(slugs(m_index.search(QStringLiteral("es"), typed)), QStringList({QStringLiteral("running-knee-pain")}));
    }

    void keepsLanguagesApart()
    {
        QVERIFY(m_index.search(QStringLiteral("es"), QStringLiteral("botox")).isEmpty());
        QVERIFY(m_index.search(QStringLiteral("en"), QStringLiteral("rodilla")).isEmpty());
    }

    void marksMatchedWordsInTitleAndSnippet()
    {
        const QList<SearchHit> hits = m_index.search(QStringLiteral("en"), QStringLiteral("migr"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().titleHtml, QStringLiteral("How Botox can relieve pain"));
        QCOMPARE(hits.first().snippetHtml, QStringLiteral("Botox can ease chronic <mark>migraine</mark>."));

        const QList<SearchHit> knee = m_index.search(QStringLiteral("en"), QStringLiteral("knee"));
        QCOMPARE(knee.first().titleHtml, QStringLiteral("Can I still run with mild <mark>knee</mark> pain?"));
    }

    void escapesHtmlInResults()
    {
        const QList<SearchHit> hits = m_index.search(QStringLiteral("en"), QStringLiteral("wrists"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().snippetHtml,
                 QStringLiteral("Keep <mark>wrists</mark> &amp; elbows &lt; 90 degrees."));
    }

    void hostileInputIsJustText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("quotes") << QStringLiteral("\"\"\"knee");
        QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE article_text; --");
        QTest::newRow("FTS operators") << QStringLiteral("knee AND OR NOT NEAR(a b)");
        QTest::newRow("column filter") << QStringLiteral("body:knee {title}: x");
        QTest::newRow("very long") << QString(10000, u'k');
        QTest::newRow("control characters") << QStringLiteral("kn\x01\x02ee");
    }

    void hostileInputIsJustText()
    {
        QFETCH(QString, typed);
        m_index.search(QStringLiteral("en"), typed);
        QCOMPARE(slugs(m_index.search(QStringLiteral("en"), QStringLiteral("knee"))).size(), 2);
    }

    void commonSearchesRankAsAnyOtherSearch()
    {
        // Searches matching hundreds of titles are ranked at rebuild for the
        // search screen's page; asking for one more row ranks them live.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList words = {QStringLiteral("knee"), QStringLiteral("knuckle"), QStringLiteral("pain"),
                                   QStringLiteral("kidney"), QStringLiteral("care")};
        for (int index = 0; index < 400; ++index) {
            QStringList title;
            for (int word = 0; word <= index % 4; ++word)
                title.append(words.at((index / (word + 1)) % words.size()));
            writeArticle(dir.path(), QStringLiteral("en"), QStringLiteral("article-%1").arg(index),
                         title.join(u' '), QStringLiteral("Summary."), QStringLiteral("tag"), QStringLiteral("Body."));
        }
        const ArticleLibrary library = ArticleLibrary::load(dir.path());
        QCOMPARE(library.size(), 400);
        SearchIndex index;
        QVERIFY(!index.rebuild(library));
        for (const QString &typed : {QStringLiteral("k"), QStringLiteral("kn"), QStringLiteral("kne"), QStringLiteral("knee"),
                                     QStringLiteral("knee "), QStringLiteral("p"), QStringLiteral("care "), QStringLiteral("c")}) {
            const QList<SearchHit> ranked = index.search(QStringLiteral("en"), typed);
            const QList<SearchHit> live = index.search(QStringLiteral("en"), typed, SearchIndex::defaultLimit + 1);
            QCOMPARE(ranked.size(), SearchIndex::defaultLimit);
            QCOMPARE(slugs(ranked), slugs(live.mid(0, SearchIndex::defaultLimit)));
            for (qsizetype row = 0; row < ranked.size(); ++row) {
                QCOMPARE(ranked.at(row).field, SearchHit::Field::Title);
                QCOMPARE(ranked.at(row).titleHtml, live.at(row).titleHtml);
            }
        }
    }

    void rebuildForgetsThePreviousContent()
    {
        QTemporaryDir otherDir;
        QVERIFY(otherDir.isValid());
        writeArticle(otherDir.path(), QStringLiteral("en"), QStringLiteral("zinc"), QStringLiteral("Zinc and healing"),
                     QStringLiteral("A mineral."), QStringLiteral("diet"), QStringLiteral("Food first."));
        const ArticleLibrary otherLibrary = ArticleLibrary::load(otherDir.path());
        SearchIndex index;
        QVERIFY(!index.rebuild(*m_library));
        QCOMPARE(slugs(index.search(QStringLiteral("en"), QStringLiteral("k"))).size(), 3);
        QVERIFY(!index.rebuild(otherLibrary));
        QVERIFY(index.search(QStringLiteral("en"), QStringLiteral("k")).isEmpty());
        QCOMPARE(slugs(index.search(QStringLiteral("en"), QStringLiteral("z"))), QStringList({QStringLiteral("zinc")}));
    }

    void rebuildReplacesTheIndex()
    {
        SearchIndex other;
        QVERIFY(!other.rebuild(*m_library));
        QVERIFY(!other.rebuild(*m_library));
        QCOMPARE(other.search(QStringLiteral("en"), QStringLiteral("knee")).size(), 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ArticleLibrary> m_library;
    SearchIndex m_index;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
