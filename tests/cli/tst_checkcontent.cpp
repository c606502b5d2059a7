// `carekiosk check-content`: the real binary, its exit codes and its output format.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QStringList outLines;
    QString err;
};

Run checkContent(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CAREKIOSK_BINARY), QStringList{QStringLiteral("check-content")} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.outLines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QRegularExpression problemLine(QStringLiteral("^([^:]+):(\\d+): (error|warning|note): (.+)$"));

bool anyStartsWith(const QStringList &lines, const QString &start)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(start); });
}

// The YAML text without its get_help block (the key and its indented lines).
QByteArray withoutGetHelp(const QByteArray &text)
{
    QList<QByteArray> kept;
    bool inBlock = false;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("get_help:")) {
            inBlock = true;
            continue;
        }
        if (inBlock && (line.startsWith(' ') || line.startsWith('\t') || line.startsWith('-')))
            continue;
        inBlock = false;
        kept.append(line);
    }
    return kept.join('\n');
}

} // namespace

class TestCheckContent : public QObject
{
    Q_OBJECT

private slots:
    void shippedContentPassesWithGradesAtMostEight()
    {
        const Run run = checkContent({QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.outLines.join(u'\n') + run.err));
        static const QRegularExpression gradeLine(QStringLiteral(": note: reading grade (\\d+\\.\\d) "));
        int graded = 0;
        for (const QString &line : run.outLines) {
            QVERIFY2(problemLine.match(line).hasMatch(), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral(": error: ")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral(": warning: ")), qPrintable(line));
            const QRegularExpressionMatch grade = gradeLine.match(line);
            if (grade.hasMatch()) {
                QVERIFY2(grade.captured(1).toDouble() <= 8.0, qPrintable(line));
                ++graded;
            }
        }
        QVERIFY2(graded >= 22, qPrintable(QString::number(graded)));
        QVERIFY2(run.err.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(run.err));
    }

    void shippedSpanishArticlesReadFairlyEasily()
    {
        const Run run = checkContent({QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR)});
        static const QRegularExpression easeLine(
            QStringLiteral("/es/[^:]+:\\d+: note: reading ease (\\d+\\.\\d), [a-zá ]+ \\(Fernández-Huerta"));
        int measured = 0;
        for (const QString &line : run.outLines) {
            const QRegularExpressionMatch ease = easeLine.match(line);
            if (ease.hasMatch()) {
                QVERIFY2(ease.captured(1).toDouble() >= 70.0, qPrintable(line));
                ++measured;
            }
        }
        QCOMPARE(measured, 22);
    }

    void missingAndOutdatedTranslationsAreWarnings()
    {
        // The shipped content, and one new English article not yet in Spanish.
        QTemporaryDir content;
        const QDir shipped(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR));
        QDirIterator files(shipped.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString relative = shipped.relativeFilePath(files.next());
            QVERIFY(QDir(content.path()).mkpath(QFileInfo(relative).path()));
            QVERIFY(QFile::copy(files.filePath(), content.filePath(relative)));
        }
        QVERIFY(QFile::copy(shipped.filePath(QStringLiteral("en/neck-pain.md")),
                            content.filePath(QStringLiteral("en/neck-pain-at-work.md"))));
        // The Spanish hip-pain article was reviewed before the English one changed.
        QFile spanish(content.filePath(QStringLiteral("es/hip-pain.md")));
        QVERIFY(spanish.open(QIODevice::ReadWrite));
        QByteArray text = spanish.readAll();
        const qsizetype reviewedAt = text.indexOf("\nreviewed: ") + 1;
        QVERIFY(reviewedAt > 0);
        const int reviewedLine = int(text.left(reviewedAt).count('\n')) + 1;
        text.replace(reviewedAt, text.indexOf('\n', reviewedAt) - reviewedAt, "reviewed: 2026-01-05");
        spanish.resize(0);
        spanish.write(text);
        spanish.close();

        const Run run = checkContent({content.path()});
        QCOMPARE(run.exitCode, 0);
        const QString neckPain = QDir::cleanPath(content.filePath(QStringLiteral("en/neck-pain-at-work.md")));
        QVERIFY2(run.outLines.contains(neckPain + QStringLiteral(":1: warning: no 'es' version: write es/neck-pain-at-work.md")),
                 qPrintable(run.outLines.join(u'\n')));
        const QString outdated = QDir::cleanPath(spanish.fileName()) + QStringLiteral(":%1: warning: reviewed 2026-01-05, "
                                                                                      "before the 'en' version").arg(reviewedLine);
        QVERIFY2(anyStartsWith(run.outLines, outdated), qPrintable(run.outLines.join(u'\n')));
        QVERIFY2(run.err.contains(QStringLiteral("0 errors, 2 warnings")), qPrintable(run.err));
    }

    void brokenArticlesFailWithFileAndLine_data()
    {
        QTest::addColumn<QString>("expectedLine");
        const QString dir = QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content/en/");
        QTest::newRow("no front matter") << dir + QStringLiteral("no-front-matter.md:1: error: no front matter");
        QTest::newRow("banner") << dir + QStringLiteral("banner.md:1: error: the front matter must open with exactly three dashes");
        QTest::newRow("unclosed") << dir + QStringLiteral("unclosed.md:1: error: the front matter opened here is never closed");
        QTest::newRow("broken YAML") << dir + QStringLiteral("broken-yaml.md:5: error: the front matter is not valid YAML");
        QTest::newRow("unknown field") << dir + QStringLiteral("unknown-field-bad-date.md:5: error: unknown field 'reviewd'");
        QTest::newRow("bad date") << dir + QStringLiteral("unknown-field-bad-date.md:6: error: 'reviewed' must be a date");
        QTest::newRow("empty body") << dir + QStringLiteral("empty-body.md:6: error: the article has no text");
        QTest::newRow("no get_help") << dir + QStringLiteral("no-get-help.md:2: error: the front matter has no 'get_help'");
        QTest::newRow("empty 'now'") << dir + QStringLiteral("empty-get-help.md:8: error: 'get_help' has no 'now' list");
        QTest::newRow("empty 'call_us'") << dir + QStringLiteral("empty-get-help.md:9: error: 'get_help' has no 'call_us' list");
        QTest::newRow("source without an address")
            << dir + QStringLiteral("sources-trouble.md:8: warning: source has no web address");
        QTest::newRow("source address not on the web")
            << dir + QStringLiteral("sources-trouble.md:9: error: source address 'ftp://files.nih.gov/leaflet.pdf' "
                                    "must be a web address");
        QTest::newRow("placeholder source")
            << dir + QStringLiteral("sources-trouble.md:10: warning: source address 'https://www.example.com/leaflet' "
                                    "is a placeholder");
        QTest::newRow("placeholder link")
            << dir + QStringLiteral("good-with-bad-references.md:17: warning: link to 'https://www.example.net/book' "
                                    "is a placeholder");
        QTest::newRow("absolute image")
            << dir + QStringLiteral("image-paths.md:11: error: image '/media/present.png' is an absolute path");
        QTest::newRow("image up then into media")
            << dir + QStringLiteral("image-paths.md:13: error: image '../media/present.png' climbs out");
        QTest::newRow("image into media then far up")
            << dir + QStringLiteral("image-paths.md:15: error: image 'media/../../../../etc/hostname' climbs out");
        QTest::newRow("sensitive and featured")
            << dir + QStringLiteral("sensitive-topic.md:6: warning: a sensitive article is never featured");
        QTest::newRow("related to a sensitive article")
            << dir + QStringLiteral("lists-sensitive.md:5: warning: related article 'sensitive-topic' is sensitive");
        QTest::newRow("category without an icon")
            << dir + QStringLiteral("duplicate-slug.md:4: warning: category 'Everyday pain' has no icon: draw "
                                    "content/icons/everyday-pain.svg");
        QTest::newRow("invalid UTF-8") << dir + QStringLiteral("invalid-utf8.md:8: error: this line is not valid UTF-8");
        QTest::newRow("too large") << dir + QStringLiteral("too-large.md:1: error: the file is 585 KiB");
        QTest::newRow("binary") << dir + QStringLiteral("binary-junk.md:1: error: the file holds binary data");
        QTest::newRow("empty file") << dir + QStringLiteral("empty-file.md:1: error: the file is empty");
        QTest::newRow("duplicate slug") << dir + QStringLiteral("more/duplicate-slug.md:1: error: duplicate slug 'duplicate-slug'");
        QTest::newRow("file name") << dir + QStringLiteral("Bad_Name.md:1: error: the file name 'Bad_Name.md' is not a slug");
        QTest::newRow("related to nowhere") << dir + QStringLiteral("related-trouble.md:5: error: related article 'nowhere-article' does not exist");
        QTest::newRow("related to itself") << dir + QStringLiteral("related-trouble.md:5: warning: the article lists itself");
        QTest::newRow("missing image") << dir + QStringLiteral("good-with-bad-references.md:13: error: image 'media/missing.png' is missing");
        QTest::newRow("dead link") << dir + QStringLiteral("good-with-bad-references.md:11: error: link to 'missing-slug' goes nowhere");
        QTest::newRow("hard reading") << dir + QStringLiteral("hard-reading.md:9: warning: reading grade");
        QTest::newRow("grade of a good file") << dir + QStringLiteral("duplicate-slug.md:9: note: reading grade");
    }

    void brokenArticlesFailWithFileAndLine()
    {
        QFETCH(QString, expectedLine);
        const Run run = checkContent({QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content")});
        QCOMPARE(run.exitCode, 1);
        for (const QString &line : run.outLines)
            QVERIFY2(problemLine.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(anyStartsWith(run.outLines, expectedLine), qPrintable(run.outLines.join(u'\n')));
    }

    void shippedArticleWithoutGetHelpIsAnError()
    {
        // A real shipped article, copied, with its safety section taken out.
        const QDir shipped(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR "/en"));
        const QStringList articles = shipped.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QVERIFY(!articles.isEmpty());
        QFile original(shipped.filePath(articles.first()));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QTemporaryDir content;
        QVERIFY(QDir(content.path()).mkpath(QStringLiteral("en")));
        const QString copy = content.filePath(QStringLiteral("en/") + articles.first());
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray text = withoutGetHelp(original.readAll());
        QVERIFY(text.startsWith("---\n"));
        QVERIFY(!text.contains("get_help"));
        file.write(text);
        file.close();

        const Run run = checkContent({content.path()});
        QCOMPARE(run.exitCode, 1);
        const QString expected = QDir::cleanPath(copy) + QStringLiteral(":2: error: the front matter has no 'get_help'");
        QVERIFY2(anyStartsWith(run.outLines, expected), qPrintable(run.outLines.join(u'\n')));
        QVERIFY2(run.err.contains(QStringLiteral("0 articles loaded")), qPrintable(run.err));
    }

    void articleLinkedFromOutsideIsAnError()
    {
        QTemporaryDir outside;
        QTemporaryDir content;
        const QString target = outside.filePath(QStringLiteral("borrowed.md"));
        QVERIFY(QFile::copy(QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content/en/duplicate-slug.md"), target));
        QVERIFY(QDir(content.path()).mkpath(QStringLiteral("en")));
        const QString link = content.filePath(QStringLiteral("en/borrowed.md"));
        QVERIFY(QFile::link(target, link));
        const Run run = checkContent({content.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(anyStartsWith(run.outLines, QDir::cleanPath(link) + QStringLiteral(":1: error: this file links outside "
                                                                                     "the content folder")),
                 qPrintable(run.outLines.join(u'\n')));
        QVERIFY2(run.err.contains(QStringLiteral("0 articles loaded")), qPrintable(run.err));
    }

    void presentImageIsFine()
    {
        // Written media/present.png; image-paths.md reaches the same file by wrong paths.
        const Run run = checkContent({QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content")});
        for (const QString &line : run.outLines)
            QVERIFY2(!line.contains(QStringLiteral("'media/present.png'")), qPrintable(line));
    }

    void userErrorsAreOneLineOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("missing folder") << QStringList({QStringLiteral("/nonexistent/content")});
        QTest::newRow("two folders") << QStringList({QStringLiteral("a"), QStringLiteral("b")});
        QTest::newRow("unknown option") << QStringList({QStringLiteral("--frobnicate")});
    }

    void userErrorsAreOneLineOnStderr()
    {
        QFETCH(QStringList, arguments);
        const Run run = checkContent(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.outLines.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void helpExplainsTheFormat()
    {
        const Run run = checkContent({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outLines.join(u' ').contains(QStringLiteral("FILE:LINE:")), qPrintable(run.outLines.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCheckContent)
#include "tst_checkcontent.moc"
