// A whole article file: size and encoding checks, the YAML front matter and the
// Markdown body (ArticleParser), then the page the reader shows (ArticlePage).
#include "core/content/articlepage.h"
#include "core/content/articleparser.h"

#include "fuzzcheck.h"
#include "htmlcheck.h"

namespace {

void checkProblems(const QByteArray &bytes, const ArticleParser::Result &result)
{
    Fuzz::check(result.article.has_value() != hasErrors(result.problems),
                "an article is refused exactly when there is an error");
    // Lines as an editor shows them: a CR alone ends one too (old Mac files).
    const int lineCount = int(QByteArray(bytes).replace("\r\n", "\n").replace('\r', '\n').count('\n')) + 1;
    for (const ContentProblem &problem : result.problems) {
        Fuzz::check(problem.line >= 1 && problem.line <= lineCount,
                    "every problem points at a line of the file",
                    QStringLiteral("line %1 of %2: %3").arg(problem.line).arg(lineCount).arg(problem.message));
    }
}

void checkPage(const Article &article, const QString &page)
{
    const QString problem = Fuzz::htmlProblem(page, Fuzz::pageRules());
    Fuzz::check(problem.isEmpty(), "the page holds no tag or attribute from the article's text", problem);
    const QString title = article.title.toHtmlEscaped();
    Fuzz::check(page.contains(QStringLiteral("<h1>%1</h1>").arg(title)), "the heading is the escaped title, as written",
                article.title);
    Fuzz::check(page.contains(QStringLiteral("<p class=\"summary\">%1</p>").arg(article.summary.toHtmlEscaped())),
                "the summary line is the escaped summary, as written", article.summary);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString templateHtml = Fuzz::articleTemplate();
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("en/fuzz.md"), bytes);
    checkProblems(bytes, result);
    if (!result.article)
        return 0;
    Fuzz::check(!result.article->title.isEmpty() && !result.article->summary.isEmpty()
                    && result.article->reviewed.isValid(),
                "an accepted article has a title, a summary and a review date");
    Article article = *result.article;
    article.language = QStringLiteral("en");
    checkPage(article, ArticlePage::render(article, templateHtml, false));
    return 0;
}
