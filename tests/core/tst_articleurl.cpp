// ArticleUrl: the reader's own URLs, and everything else refused.
#include "core/content/articleurl.h"

#include <QTest>

class TestArticleUrl : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsArticles()
    {
        const QUrl url = ArticleUrl::forArticle(QStringLiteral("es"), QStringLiteral("botox-for-pain"), true);
        QCOMPARE(url.toString(), QStringLiteral("carekiosk://app/es/botox-for-pain?contrast=1"));
        const ArticleUrl parsed = ArticleUrl::parse(url);
        QCOMPARE(parsed.kind, ArticleUrl::Kind::Article);
        QCOMPARE(parsed.language, QStringLiteral("es"));
        QCOMPARE(parsed.name, QStringLiteral("botox-for-pain"));
        QVERIFY(parsed.highContrast);
        QVERIFY(!ArticleUrl::parse(ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("x"))).highContrast);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        const int article = int(ArticleUrl::Kind::Article);
        const int media = int(ArticleUrl::Kind::Media);
        const int stylesheet = int(ArticleUrl::Kind::Stylesheet);
        const int invalid = int(ArticleUrl::Kind::Invalid);
        QTest::newRow("article") << "carekiosk://app/en/migraine" << article << "migraine";
        QTest::newRow("image") << "carekiosk://app/en/media/knee.png" << media << "knee.png";
        QTest::newRow("stylesheet") << "carekiosk://app/article.css" << stylesheet << "";
        QTest::newRow("climbing out of media") << "carekiosk://app/en/media/../../etc/passwd" << invalid << "";
        QTest::newRow("encoded climb") << "carekiosk://app/en/media/..%2F..%2Fsecret" << invalid << "";
        QTest::newRow("hidden file") << "carekiosk://app/en/media/.htaccess" << invalid << "";
        QTest::newRow("other host") << "carekiosk://evil/en/migraine" << invalid << "";
        QTest::newRow("user info") << "carekiosk://me@app/en/migraine" << invalid << "";
        QTest::newRow("https") << "https://app/en/migraine" << invalid << "";
        QTest::newRow("file") << "file:///etc/passwd" << invalid << "";
        QTest::newRow("bad slug") << "carekiosk://app/en/Migraine" << invalid << "";
        QTest::newRow("deeper path") << "carekiosk://app/en/a/b" << invalid << "";
        QTest::newRow("no language") << "carekiosk://app/migraine" << invalid << "";
    }

    void parses()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QFETCH(QString, name);
        const ArticleUrl parsed = ArticleUrl::parse(QUrl(url));
        QCOMPARE(int(parsed.kind), kind);
        QCOMPARE(parsed.name, name);
    }
};

QTEST_GUILESS_MAIN(TestArticleUrl)
#include "tst_articleurl.moc"
