// ArticleLibrary: loading a folder, categories, featured, related topics,
// sensitive topics, category icons, the cross-file checks and the content
// folder's boundary (symlinks), on real files in a temporary folder.
#include "core/content/articlelibrary.h"
#include "core/search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

namespace {

struct Spec
{
    QString title;
    QString category;
    QString tags;
    QString related;
    QString body;
    bool featured = false;
    bool sensitive = false;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void writeArticle(const QString &root, const QString &relativePath, const Spec &spec)
{
    QString text = QStringLiteral("---\ntitle: %1\nsummary: About %1.\ncategory: %2\ntags: [%3]\n")
                       .arg(spec.title, spec.category, spec.tags);
    if (!spec.related.isNull())
        text += QStringLiteral("related: [%1]\n").arg(spec.related);
    if (spec.featured)
        text += QStringLiteral("featured: true\n");
    if (spec.sensitive)
        text += QStringLiteral("sensitive: true\n");
    text += QStringLiteral("reviewed: 2026-10-01\nsources: [{title: \"A source\", url: \"https://www.nih.gov/\"}]\n"
                           "get_help: {now: [\"Trouble breathing: call 911.\"], call_us: [\"A fever.\"]}\n---\n")
            + spec.body + u'\n';
    writeFile(QDir(root).filePath(relativePath), text.toUtf8());
}

void writeIcon(const QString &root, const QString &category)
{
    writeFile(QDir(root).filePath(QStringLiteral("icons/%1.svg").arg(ArticleLibrary::categoryKey(category))),
              "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><circle cx=\"24\" cy=\"24\" r=\"9\"/></svg>");
}

bool symlink(const QString &target, const QString &link)
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    return QFile::link(target, link);
}

QStringList slugs(const QList<const Article *> &articles)
{
    QStringList result;
    for (const Article *article : articles)
        result.append(article->slug);
    return result;
}

QStringList messages(const ArticleLibrary &library)
{
    QStringList result;
    for (const ContentProblem &problem : library.problems())
        result.append(problem.toString());
    return result;
}

} // namespace

class TestArticleLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        const QString root = m_dir->path();
        writeArticle(root, QStringLiteral("en/botox-for-pain.md"),
                     {QStringLiteral("How Botox can relieve pain"), QStringLiteral("Pain management"),
                      QStringLiteral("botox, migraine, injections"), QStringLiteral("prp-therapy, knee-running"),
                      QStringLiteral("Botox blocks nerve signals. It can ease migraine and tight neck muscles."), true});
        writeArticle(root, QStringLiteral("en/prp-therapy.md"),
                     {QStringLiteral("PRP therapy"), QStringLiteral("Regenerative medicine"),
                      QStringLiteral("prp, injections, healing"), QStringLiteral("botox-for-pain"),
                      QStringLiteral("Platelets from your own blood may help tendons heal."), true});
        writeArticle(root, QStringLiteral("en/knee-running.md"),
                     {QStringLiteral("Running with knee pain"), QStringLiteral("Sports & exercise"),
                      QStringLiteral("knee, running"), QString(),
                      QStringLiteral("Knee pain is a warning sign. Rest the knee, then return to running slowly.")});
        writeArticle(root, QStringLiteral("en/migraine.md"),
                     {QStringLiteral("Living with migraine"), QStringLiteral("Pain management"),
                      QStringLiteral("migraine, headache"), QString(),
                      QStringLiteral("Migraine brings strong headaches. Botox injections can help chronic migraine.")});
        writeArticle(root, QStringLiteral("en/sub/knee-arthritis.md"),
                     {QStringLiteral("Knee arthritis"), QStringLiteral("Sports & exercise"),
                      QStringLiteral("knee, arthritis"), QString(),
                      QStringLiteral("Arthritis makes the knee stiff. Gentle running or walking keeps the knee moving.")});
        writeArticle(root, QStringLiteral("en/hand-pain.md"),
                     {QStringLiteral("Hand pain while typing"), QStringLiteral("Everyday pain"),
                      QStringLiteral("hands, typing"), QString(), QStringLiteral("Keep your wrists straight.")});
        writeArticle(root, QStringLiteral("es/botox-for-pain.md"),
                     {QStringLiteral("Cómo el bótox alivia el dolor"), QStringLiteral("Manejo del dolor"),
                      QStringLiteral("bótox"), QString(), QStringLiteral("El bótox bloquea señales nerviosas.")});
        for (const char *category : {"Pain management", "Regenerative medicine", "Sports & exercise", "Everyday pain",
                                     "Manejo del dolor", "X"})
            writeIcon(root, QString::fromUtf8(category));
    }

    void loadsArticlesByLanguageAndSlug()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QVERIFY2(library.problems().isEmpty(), qPrintable(messages(library).join(u'\n')));
        QCOMPARE(library.size(), 7);
        QCOMPARE(library.languages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));
        const Article *botox = library.article(QStringLiteral("en"), QStringLiteral("botox-for-pain"));
        QVERIFY(botox);
        QCOMPARE(botox->title, QStringLiteral("How Botox can relieve pain"));
        QCOMPARE(library.article(QStringLiteral("es"), QStringLiteral("botox-for-pain"))->title,
                 QStringLiteral("Cómo el bótox alivia el dolor"));
        QVERIFY(library.article(QStringLiteral("en"), QStringLiteral("knee-arthritis")));  // from a sub-folder
        QVERIFY(!library.article(QStringLiteral("es"), QStringLiteral("prp-therapy")));
        QVERIFY(!library.article(QStringLiteral("fr"), QStringLiteral("botox-for-pain")));
    }

    void listsCategoriesAndFeatured()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QCOMPARE(library.categories(QStringLiteral("en")),
                 QStringList({QStringLiteral("Everyday pain"), QStringLiteral("Pain management"),
                              QStringLiteral("Regenerative medicine"), QStringLiteral("Sports & exercise")}));
        QCOMPARE(slugs(library.inCategory(QStringLiteral("en"), QStringLiteral("Pain management"))),
                 QStringList({QStringLiteral("botox-for-pain"), QStringLiteral("migraine")}));
        QCOMPARE(slugs(library.featured(QStringLiteral("en"))),
                 QStringList({QStringLiteral("botox-for-pain"), QStringLiteral("prp-therapy")}));
        QVERIFY(library.featured(QStringLiteral("es")).isEmpty());
    }

    void relatedPutsDeclaredFirstThenNeighbours()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const Article *botox = library.article(QStringLiteral("en"), QStringLiteral("botox-for-pain"));
        const QStringList related = slugs(library.related(*botox, 4));
        // declared first, in the editor's order; then migraine, which shares a tag,
        // the category and words; then hand-pain, which shares only the word "pain";
        // knee-arthritis shares nothing and is left out.
        QCOMPARE(related, QStringList({QStringLiteral("prp-therapy"), QStringLiteral("knee-running"),
                                       QStringLiteral("migraine"), QStringLiteral("hand-pain")}));
        QVERIFY(!related.contains(QStringLiteral("botox-for-pain")));

        const Article *knee = library.article(QStringLiteral("en"), QStringLiteral("knee-running"));
        QCOMPARE(slugs(library.related(*knee, 1)), QStringList({QStringLiteral("knee-arthritis")}));
    }

    void relatedIsStableAndWithinLanguage()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        for (const Article *article : library.articles(QStringLiteral("en"))) {
            const QStringList first = slugs(library.related(*article, 5));
            QCOMPARE(slugs(library.related(*article, 5)), first);
            QCOMPARE(slugs(ArticleLibrary::load(m_dir->path()).related(*article, 5)), first);
            QVERIFY(!first.contains(article->slug));
            QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
        }
        const Article *spanish = library.article(QStringLiteral("es"), QStringLiteral("botox-for-pain"));
        QVERIFY(library.related(*spanish, 5).isEmpty());
    }

    void relatedWordStatisticsAreBuiltByLoad()
    {
        // Built by load(), before any call to related(): the first article a
        // visitor opens doesn't wait for the statistics of the whole library.
        ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QCOMPARE(library.relatedTopics().articleCount(), library.size());
        const Article *botox = library.article(QStringLiteral("en"), QStringLiteral("botox-for-pain"));
        const QStringList expected = slugs(library.related(*botox, 4));

        // They follow the library when it moves, as KioskServices keeps it.
        const ArticleLibrary moved = std::move(library);
        QCOMPARE(moved.relatedTopics().articleCount(), moved.size());
        QCOMPARE(slugs(moved.related(*moved.article(QStringLiteral("en"), QStringLiteral("botox-for-pain")), 4)), expected);
    }

    void relatedAnswersSeveralThreadsAtOnce()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const QList<const Article *> articles = library.articles(QStringLiteral("en"));
        const auto allRelated = [&] {
            QList<QStringList> result;
            for (int round = 0; round < 50; ++round) {
                for (const Article *article : articles)
                    result.append(slugs(library.related(*article, 5)));
            }
            return result;
        };
        const QList<QStringList> expected = allRelated();
        QList<QStringList> inThread;
        std::thread other([&] { inThread = allRelated(); });
        const QList<QStringList> here = allRelated();
        other.join();
        QCOMPARE(here, expected);
        QCOMPARE(inThread, expected);
    }

    void relatedCycleAndSelfReference()
    {
        writeArticle(m_dir->path(), QStringLiteral("en/cycle-a.md"),
                     {QStringLiteral("Cycle A"), QStringLiteral("X"), QStringLiteral("a"),
                      QStringLiteral("cycle-b, cycle-a"), QStringLiteral("Text.")});
        writeArticle(m_dir->path(), QStringLiteral("en/cycle-b.md"),
                     {QStringLiteral("Cycle B"), QStringLiteral("X"), QStringLiteral("b"), QStringLiteral("cycle-a"),
                      QStringLiteral("Text.")});
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const Article *a = library.article(QStringLiteral("en"), QStringLiteral("cycle-a"));
        const Article *b = library.article(QStringLiteral("en"), QStringLiteral("cycle-b"));
        QVERIFY(a && b);
        QCOMPARE(slugs(library.related(*a, 1)), QStringList({QStringLiteral("cycle-b")}));
        QCOMPARE(slugs(library.related(*b, 1)), QStringList({QStringLiteral("cycle-a")}));
        QVERIFY(messages(library).join(u'\n').contains(QStringLiteral("cycle-a.md:6: warning: the article lists itself")));
    }

    void reportsBrokenReferencesButKeepsArticle()
    {
        writeArticle(m_dir->path(), QStringLiteral("en/broken-refs.md"),
                     {QStringLiteral("Broken"), QStringLiteral("X"), QStringLiteral("x"),
                      QStringLiteral("nowhere, migraine"),
                      QStringLiteral("See [this](not-an-article) and [that](migraine).\n\n![Knee](media/knee.png)\n\n"
                                     "![Web](https://example.com/a.png)\n\n[Book](https://example.com/book)")});
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const QString all = messages(library).join(u'\n');
        const QString file = QDir::cleanPath(m_dir->path()) + QStringLiteral("/en/broken-refs.md");
        QVERIFY2(all.contains(file + QStringLiteral(":6: error: related article 'nowhere' does not exist")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":11: error: link to 'not-an-article' goes nowhere")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":13: error: image 'media/knee.png' is missing")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":15: error: image 'https://example.com/a.png'")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":17: warning: link to 'https://example.com/book' is a placeholder")),
                 qPrintable(all));
        QCOMPARE(library.problems().size(), 5);
        const Article *broken = library.article(QStringLiteral("en"), QStringLiteral("broken-refs"));
        QVERIFY(broken);
        QCOMPARE(broken->related, QStringList({QStringLiteral("migraine")}));
        QCOMPARE(slugs(library.related(*broken, 1)), QStringList({QStringLiteral("migraine")}));

        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("media/knee.png")), "PNG");
        QCOMPARE(ArticleLibrary::load(m_dir->path()).problems().size(), 4);
    }

    void skipsBadFilesAndLoadsTheRest()
    {
        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("en/no-front-matter.md")), "Just text.\n");
        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("en/Bad Name.md")), "---\n");
        writeArticle(m_dir->path(), QStringLiteral("en/more/migraine.md"),
                     {QStringLiteral("Another migraine"), QStringLiteral("X"), QStringLiteral("x"), QString(),
                      QStringLiteral("Text.")});
        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("notes/readme.md")), "Not an article.\n");
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QCOMPARE(library.size(), 7);
        QCOMPARE(library.article(QStringLiteral("en"), QStringLiteral("migraine"))->title,
                 QStringLiteral("Living with migraine"));
        const QString all = messages(library).join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("en/no-front-matter.md:1: error: no front matter")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("en/Bad Name.md:1: error: the file name 'Bad Name.md' is not a slug")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("en/more/migraine.md:1: error: duplicate slug 'migraine'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("notes:1: warning: not a language folder")), qPrintable(all));
    }

    void sensitiveArticleIsNeverRelatedOrFeaturedButFound()
    {
        // Shares tags, category and words with Botox, is hand-picked by it and
        // asks to be featured: everything that would put it in front of others.
        writeArticle(m_dir->path(), QStringLiteral("en/suboxone-safety.md"),
                     {QStringLiteral("Is Suboxone therapy safe?"), QStringLiteral("Pain management"),
                      QStringLiteral("botox, migraine, injections"), QString(),
                      QStringLiteral("Botox and migraine patients ask about Suboxone. Suboxone treats opioid use."), true,
                      true});
        writeArticle(m_dir->path(), QStringLiteral("en/botox-for-pain.md"),
                     {QStringLiteral("How Botox can relieve pain"), QStringLiteral("Pain management"),
                      QStringLiteral("botox, migraine, injections"), QStringLiteral("suboxone-safety, prp-therapy"),
                      QStringLiteral("Botox blocks nerve signals. It can ease migraine and tight neck muscles."), true});
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const QString en = QStringLiteral("en");
        const QString sensitive = QStringLiteral("suboxone-safety");
        QVERIFY(library.article(en, sensitive));

        const Article *botox = library.article(en, QStringLiteral("botox-for-pain"));
        // Hand-picked first (without the sensitive one), then computed.
        const QStringList botoxRelated = slugs(library.related(*botox, 5));
        QCOMPARE(botoxRelated.value(0), QStringLiteral("prp-therapy"));
        QVERIFY(botoxRelated.contains(QStringLiteral("migraine")));
        for (const Article *article : library.articles(en))
            QVERIFY2(!slugs(library.related(*article, 10)).contains(sensitive), qPrintable(article->slug));
        QVERIFY(!slugs(library.featured(en)).contains(sensitive));  // Home's "Featured" and the attract screen
        QVERIFY(slugs(library.featured(en)).contains(QStringLiteral("botox-for-pain")));

        QVERIFY(slugs(library.inCategory(en, QStringLiteral("Pain management"))).contains(sensitive));
        SearchIndex search;
        QCOMPARE(search.rebuild(library), std::nullopt);
        const QList<SearchHit> hits = search.search(en, QStringLiteral("suboxone"));
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.slug == sensitive; }));

        const QString all = messages(library).join(u'\n');
        const QString root = QDir::cleanPath(m_dir->path());
        QVERIFY2(all.contains(root + QStringLiteral("/en/botox-for-pain.md:6: warning: related article 'suboxone-safety' "
                                                     "is sensitive")),
                 qPrintable(all));
        QVERIFY2(all.contains(root + QStringLiteral("/en/suboxone-safety.md:6: warning: a sensitive article is never featured")),
                 qPrintable(all));
    }

    void categoryKeys_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("key");
        QTest::newRow("two words") << QStringLiteral("Pain management") << QStringLiteral("pain-management");
        QTest::newRow("ampersand") << QStringLiteral("Sports & exercise") << QStringLiteral("sports-exercise");
        QTest::newRow("and") << QStringLiteral("Joints and bones") << QStringLiteral("joints-and-bones");
        QTest::newRow("edges and slashes") << QStringLiteral("  Spine / nerves! ") << QStringLiteral("spine-nerves");
        QTest::newRow("accents") << QStringLiteral("Adicción y recuperación") << QStringLiteral("adiccion-y-recuperacion");
        QTest::newRow("nothing left") << QStringLiteral("¿?") << QString();
    }

    void categoryKeys()
    {
        QFETCH(QString, category);
        QFETCH(QString, key);
        QCOMPARE(ArticleLibrary::categoryKey(category), key);
    }

    void categoryIconsComeFromTheContentFolder()
    {
        writeArticle(m_dir->path(), QStringLiteral("en/ankle.md"),
                     {QStringLiteral("Ankle sprain"), QStringLiteral("Joints and bones"), QStringLiteral("ankle"),
                      QString(), QStringLiteral("Rest the ankle.")});
        ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const std::optional<QString> icon = library.categoryIcon(QStringLiteral("Pain management"));
        QVERIFY(icon);
        QCOMPARE(*icon, QFileInfo(m_dir->filePath(QStringLiteral("icons/pain-management.svg"))).canonicalFilePath());
        QVERIFY(!library.categoryIcon(QStringLiteral("Joints and bones")));
        const QString all = messages(library).join(u'\n');
        QVERIFY2(all.contains(QDir::cleanPath(m_dir->path())
                              + QStringLiteral("/en/ankle.md:4: warning: category 'Joints and bones' has no icon: draw "
                                               "content/icons/joints-and-bones.svg")),
                 qPrintable(all));

        // An icon that is a link to a file elsewhere is not used.
        QTemporaryDir outside;
        writeIcon(outside.path(), QStringLiteral("Joints and bones"));
        QVERIFY(symlink(outside.filePath(QStringLiteral("icons/joints-and-bones.svg")),
                        m_dir->filePath(QStringLiteral("icons/joints-and-bones.svg"))));
        library = ArticleLibrary::load(m_dir->path());
        QVERIFY(!library.categoryIcon(QStringLiteral("Joints and bones")));
        QVERIFY(messages(library).join(u'\n').contains(QStringLiteral("category 'Joints and bones' has no icon")));
    }

    void articleLinksOutsideTheContentFolderAreNotLoaded_data()
    {
        QTest::addColumn<QString>("link");         // made inside the content folder
        QTest::addColumn<QString>("target");       // in a folder outside it
        QTest::addColumn<QString>("reported");     // the path named in the error
        QTest::addColumn<QString>("message");
        QTest::newRow("article file") << QStringLiteral("en/outside-article.md") << QStringLiteral("outside-article.md")
                                      << QStringLiteral("en/outside-article.md")
                                      << QStringLiteral("this file links outside the content folder");
        QTest::newRow("sub-folder") << QStringLiteral("en/more") << QString() << QStringLiteral("en/more")
                                    << QStringLiteral("this folder links outside the content folder");
        QTest::newRow("language folder") << QStringLiteral("fr") << QString() << QStringLiteral("fr")
                                         << QStringLiteral("this folder links outside the content folder");
    }

    void articleLinksOutsideTheContentFolderAreNotLoaded()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, reported);
        QFETCH(QString, message);
        QTemporaryDir outside;
        writeArticle(outside.path(), QStringLiteral("outside-article.md"),
                     {QStringLiteral("From elsewhere"), QStringLiteral("Pain management"), QStringLiteral("x"),
                      QString(), QStringLiteral("Text.")});
        QVERIFY(symlink(outside.filePath(target), m_dir->filePath(link)));

        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QVERIFY(!library.article(QStringLiteral("en"), QStringLiteral("outside-article")));
        QVERIFY(!library.article(QStringLiteral("fr"), QStringLiteral("outside-article")));
        QCOMPARE(library.size(), 7);
        const QString all = messages(library).join(u'\n');
        const QString expected = QDir::cleanPath(m_dir->path()) + u'/' + reported + QStringLiteral(":1: error: ") + message;
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void linksInsideTheContentFolderAreFollowed()
    {
        writeArticle(m_dir->path(), QStringLiteral("drafts/shared-article.md"),
                     {QStringLiteral("Shared"), QStringLiteral("Pain management"), QStringLiteral("x"), QString(),
                      QStringLiteral("Text.")});
        QVERIFY(symlink(m_dir->filePath(QStringLiteral("drafts/shared-article.md")),
                        m_dir->filePath(QStringLiteral("en/shared-article.md"))));
        // A folder linked into itself is walked once, not forever.
        QVERIFY(symlink(m_dir->filePath(QStringLiteral("en")), m_dir->filePath(QStringLiteral("en/loop"))));
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        QVERIFY(library.article(QStringLiteral("en"), QStringLiteral("shared-article")));
        QVERIFY2(!hasErrors(library.problems()), qPrintable(messages(library).join(u'\n')));
    }

    void mediaLinkedOutsideIsNotServed()
    {
        QTemporaryDir outside;
        writeFile(outside.filePath(QStringLiteral("secret.png")), "PNG from elsewhere");
        writeFile(m_dir->filePath(QStringLiteral("media/knee.png")), "PNG");
        QVERIFY(symlink(outside.filePath(QStringLiteral("secret.png")), m_dir->filePath(QStringLiteral("media/secret.png"))));
        writeArticle(m_dir->path(), QStringLiteral("en/pictures.md"),
                     {QStringLiteral("Pictures"), QStringLiteral("Pain management"), QStringLiteral("x"), QString(),
                      QStringLiteral("![Knee](media/knee.png)\n\n![Secret](media/secret.png)")});
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        // What the carekiosk:// scheme handler serves for carekiosk://app/en/media/<name>.
        QVERIFY(library.mediaFile(QStringLiteral("knee.png")));
        QVERIFY(!library.mediaFile(QStringLiteral("secret.png")));
        QVERIFY(!library.mediaFile(QStringLiteral("missing.png")));
        const QString all = messages(library).join(u'\n');
        QVERIFY2(all.contains(QDir::cleanPath(m_dir->path())
                              + QStringLiteral("/en/pictures.md:12: error: image 'media/secret.png' links to a file "
                                               "outside the content folder")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("knee.png")), qPrintable(all));
    }

    void imagePathsMayNotClimbOut_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("message");
        QTest::newRow("absolute") << QStringLiteral("/media/knee.png") << QStringLiteral("is an absolute path");
        QTest::newRow("up then media") << QStringLiteral("../media/knee.png") << QStringLiteral("climbs out of content/media");
        QTest::newRow("media then far up") << QStringLiteral("media/../../../../../../../../etc/hostname")
                                           << QStringLiteral("climbs out of content/media");
        QTest::newRow("media, up, media") << QStringLiteral("media/../media/knee.png")
                                          << QStringLiteral("climbs out of content/media");
    }

    void imagePathsMayNotClimbOut()
    {
        QFETCH(QString, image);
        QFETCH(QString, message);
        writeFile(m_dir->filePath(QStringLiteral("media/knee.png")), "PNG");
        writeArticle(m_dir->path(), QStringLiteral("en/pictures.md"),
                     {QStringLiteral("Pictures"), QStringLiteral("Pain management"), QStringLiteral("x"), QString(),
                      QStringLiteral("Text.\n\n![Picture](%1)").arg(image)});
        const ArticleLibrary library = ArticleLibrary::load(m_dir->path());
        const QString all = messages(library).join(u'\n');
        const QString expected = QDir::cleanPath(m_dir->path())
                                 + QStringLiteral("/en/pictures.md:12: error: image '%1' %2").arg(image, message);
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void missingFolderIsAnError()
    {
        const ArticleLibrary library = ArticleLibrary::load(m_dir->filePath(QStringLiteral("nope")));
        QCOMPARE(library.size(), 0);
        QVERIFY(hasErrors(library.problems()));
        QVERIFY(library.languages().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestArticleLibrary)
#include "tst_articlelibrary.moc"
