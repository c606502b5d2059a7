// `carekiosk check-content`: the real binary, its exit codes and its output format.
#include <QProcess>
#include <QRegularExpression>
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
        QVERIFY2(graded >= 12, qPrintable(QString::number(graded)));
        QVERIFY2(run.err.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(run.err));
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
        QTest::newRow("invalid UTF-8") << dir + QStringLiteral("invalid-utf8.md:8: error: this line is not valid UTF-8");
        QTest::newRow("too large") << dir + QStringLiteral("too-large.md:1: error: the file is 585 KiB");
        QTest::newRow("binary") << dir + QStringLiteral("binary-junk.md:1: error: the file holds binary data");
        QTest::newRow("empty file") << dir + QStringLiteral("empty-file.md:1: error: the file is empty");
        QTest::newRow("duplicate slug") << dir + QStringLiteral("more/duplicate-slug.md:1: error: duplicate slug 'duplicate-slug'");
        QTest::newRow("file name") << dir + QStringLiteral("Bad_Name.md:1: error: the file name 'Bad_Name.md' is not a slug");
        QTest::newRow("related to nowhere") << dir + QStringLiteral("related-trouble.md:5: error: related article 'nowhere-article' does not exist");
        QTest::newRow("related to itself") << dir + QStringLiteral("related-trouble.md:5: warning: the article lists itself");
        QTest::newRow("missing image") << dir + QStringLiteral("good-with-bad-references.md:12: error: image 'media/missing.png' is missing");
        QTest::newRow("dead link") << dir + QStringLiteral("good-with-bad-references.md:10: error: link to 'missing-slug' goes nowhere");
        QTest::newRow("hard reading") << dir + QStringLiteral("hard-reading.md:8: warning: reading grade");
        QTest::newRow("grade of a good file") << dir + QStringLiteral("duplicate-slug.md:8: note: reading grade");
    }

    void brokenArticlesFailWithFileAndLine()
    {
        QFETCH(QString, expectedLine);
        const Run run = checkContent({QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content")});
        QCOMPARE(run.exitCode, 1);
        for (const QString &line : run.outLines)
            QVERIFY2(problemLine.match(line).hasMatch(), qPrintable(line));
        const bool found = std::any_of(run.outLines.cbegin(), run.outLines.cend(),
                                       [&](const QString &line) { return line.startsWith(expectedLine); });
        QVERIFY2(found, qPrintable(run.outLines.join(u'\n')));
    }

    void presentImageIsFine()
    {
        const Run run = checkContent({QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bad-content")});
        for (const QString &line : run.outLines)
            QVERIFY2(!line.contains(QStringLiteral("present.png")), qPrintable(line));
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
