// ArticleLibrary: loading a folder, categories, featured, related topics and
// the cross-file checks, on real files in a temporary folder.
#include "core/content/articlelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Spec
{
    QString title;
    QString category;
    QString tags;
    QString related;
    QString body;
    bool featured = false;
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
    text += QStringLiteral("reviewed: 2026-10-01\nsources: [\"A source\"]\n---\n") + spec.body + u'\n';
    writeFile(QDir(root).filePath(relativePath), text.toUtf8());
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
        QVERIFY2(all.contains(file + QStringLiteral(":10: error: link to 'not-an-article' goes nowhere")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":12: error: image 'media/knee.png' is missing")), qPrintable(all));
        QVERIFY2(all.contains(file + QStringLiteral(":14: error: image 'https://example.com/a.png'")), qPrintable(all));
        QCOMPARE(library.problems().size(), 4);
        const Article *broken = library.article(QStringLiteral("en"), QStringLiteral("broken-refs"));
        QVERIFY(broken);
        QCOMPARE(broken->related, QStringList({QStringLiteral("migraine")}));
        QCOMPARE(slugs(library.related(*broken, 1)), QStringList({QStringLiteral("migraine")}));

        writeFile(QDir(m_dir->path()).filePath(QStringLiteral("media/knee.png")), "PNG");
        QCOMPARE(ArticleLibrary::load(m_dir->path()).problems().size(), 3);
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
