#include "core/content/translationcheck.h"

#include "core/content/articlelibrary.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct TranslationCheckText
{
    Q_DECLARE_TR_FUNCTIONS(TranslationCheck)
};
} // namespace

ContentProblems translationProblems(const ArticleLibrary &library, const QString &sourceLanguage)
{
    ContentProblems problems;
    for (const QString &language : library.languages()) {
        if (language == sourceLanguage)
            continue;
        for (const Article *source : library.articles(sourceLanguage)) {
            const Article *translation = library.article(language, source->slug);
            if (!translation) {
                problems.append({source->filePath, 1, ContentProblem::Severity::Warning,
                                 TranslationCheckText::tr("no '%1' version: write %1/%2.md")
                                     .arg(language, source->slug)});
            } else if (translation->reviewed < source->reviewed) {
                problems.append({translation->filePath, translation->reviewedLine, ContentProblem::Severity::Warning,
                                 TranslationCheckText::tr("reviewed %1, before the '%2' version (%3): bring the "
                                                          "translation up to date")
                                     .arg(translation->reviewed.toString(Qt::ISODate), sourceLanguage,
                                          source->reviewed.toString(Qt::ISODate))});
            }
        }
    }
    return problems;
}
