// Validates a content folder for editors and CI, and reports reading grades.
#include "cli/checkcontentcommand.h"

#include "cli/commandpaths.h"
#include "core/content/articlelibrary.h"
#include "core/content/readability.h"
#include "core/content/translationcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <algorithm>

namespace {

const char *const context = "CheckContentCommand";

QString tr(const char *text)
{
    return QCoreApplication::translate(context, text);
}

ContentProblem readingGradeLine(const Article &article)
{
    ContentProblem line{article.filePath, article.bodyFirstLine, ContentProblem::Severity::Note, QString()};
    if (article.language == u"es") {
        const ReadingLevel level = Readability::measureSpanish(article.textBlocks);
        line.message = tr("reading ease %1, %2 (Fernández-Huerta; words: %3, sentences: %4)")
                           .arg(level.ease, 0, 'f', 1)
                           .arg(Readability::spanishBand(level.ease))
                           .arg(level.words)
                           .arg(level.sentences);
        if (level.ease < Readability::minimumSpanishEase) {
            line.severity = ContentProblem::Severity::Warning;
            line.message += tr(" is below %1 (bastante fácil): use shorter sentences and words")
                                .arg(Readability::minimumSpanishEase, 0, 'f', 0);
        }
        return line;
    }
    if (article.language != u"en" && !article.language.startsWith(QStringLiteral("en-"))) {
        line.message = tr("reading level not measured: no formula for '%1'").arg(article.language);
        return line;
    }
    const ReadingLevel level = Readability::measure(article.textBlocks);
    line.message = QCoreApplication::translate(context, "reading grade %1 (words: %2, sentences: %3)")
                       .arg(level.grade, 0, 'f', 1)
                       .arg(level.words)
                       .arg(level.sentences);
    if (level.grade > Readability::maximumGrade) {
        line.severity = ContentProblem::Severity::Warning;
        line.message += QCoreApplication::translate(context, " is above grade %1: use shorter sentences and words")
                            .arg(Readability::maximumGrade, 0, 'f', 0);
    }
    return line;
}

} // namespace

int CheckContentCommand::run(const QStringList &arguments, const QString &defaultContentDir, QTextStream &out,
                             QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks every article under DIR (default: the kiosk's content folder) and prints one line per "
           "problem as FILE:LINE: error|warning|note: message, including each English article's "
           "Flesch-Kincaid reading grade, each Spanish article's Fernández-Huerta reading ease, and "
           "translations that are missing or older than the English article. Exits 1 if there is any error."));
    parser.addPositionalArgument(QStringLiteral("DIR"), tr("The content folder, holding en/, es/, … and media/."),
                                 QStringLiteral("[DIR]"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(helpOption)) {
        out << CommandPaths::helpText(parser, QStringLiteral("check-content"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << tr("check-content takes one folder, not %1").arg(positional.size()) << '\n';
        return 1;
    }
    const QString folder = positional.isEmpty() ? defaultContentDir : positional.first();
    if (!QFileInfo(folder).isDir()) {
        err << tr("check-content: '%1' is not a folder").arg(folder) << '\n';
        return 1;
    }

    const ArticleLibrary library = ArticleLibrary::load(folder);
    ContentProblems lines = library.problems();
    lines.append(translationProblems(library, QStringLiteral("en")));
    for (const QString &language : library.languages()) {
        for (const Article *article : library.articles(language))
            lines.append(readingGradeLine(*article));
    }
    std::stable_sort(lines.begin(), lines.end(), [](const ContentProblem &left, const ContentProblem &right) {
        return left.file != right.file ? left.file < right.file : left.line < right.line;
    });

    int errors = 0;
    int warnings = 0;
    for (const ContentProblem &line : std::as_const(lines)) {
        out << line.toString() << '\n';
        errors += line.severity == ContentProblem::Severity::Error ? 1 : 0;
        warnings += line.severity == ContentProblem::Severity::Warning ? 1 : 0;
    }
    out.flush();
    // The summary goes to stderr so that stdout holds only FILE:LINE: lines.
    err << tr("check-content: %1 articles loaded from %2, %3 errors, %4 warnings")
               .arg(library.size())
               .arg(folder)
               .arg(errors)
               .arg(warnings)
        << '\n';
    return errors > 0 ? 1 : 0;
}
