// The article page from any field values a content author or the clinic's
// configuration could give, not only those the parser lets through: every
// value but the body is escaped, and each lands in its own slot only.
#include "core/content/articlepage.h"

#include "fuzzcheck.h"
#include "htmlcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

QString text(FuzzedDataProvider &input)
{
    return QString::fromStdString(input.ConsumeRandomLengthString(200));
}

QStringList texts(FuzzedDataProvider &input)
{
    QStringList list;
    for (int count = input.ConsumeIntegralInRange(0, 3); count > 0; --count)
        list.append(text(input));
    return list;
}

Article articleFrom(FuzzedDataProvider &input)
{
    Article article;
    article.language = input.ConsumeBool() ? QStringLiteral("en") : text(input);
    article.title = text(input);
    article.summary = text(input);
    article.reviewer = text(input);
    article.reviewed = QDate(2026, 1, 1).addDays(input.ConsumeIntegralInRange(-40000, 40000));
    article.getHelp.now = texts(input);
    article.getHelp.callUs = texts(input);
    for (int count = input.ConsumeIntegralInRange(0, 2); count > 0; --count)
        article.sources.append({text(input), text(input), 1});
    article.bodyMarkdown = text(input);
    return article;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString templateHtml = Fuzz::articleTemplate();
    FuzzedDataProvider input(data, size);
    const Article article = articleFrom(input);
    ArticlePage::Clinic clinic;
    for (int count = input.ConsumeIntegralInRange(0, 2); count > 0; --count)
        clinic.offices.append({text(input), text(input), text(input), text(input), text(input), text(input)});
    clinic.bookingUrl = QUrl(text(input));
    const bool highContrast = input.ConsumeBool();

    const QString page = ArticlePage::render(article, templateHtml, highContrast, clinic);
    const QString problem = Fuzz::htmlProblem(page, Fuzz::pageRules());
    Fuzz::check(problem.isEmpty(), "the page holds no tag or attribute from the article's text", problem);
    Fuzz::check(page.contains(QStringLiteral("<h1>%1</h1>").arg(article.title.toHtmlEscaped())),
                "the heading is the escaped title, as written", article.title);
    Fuzz::check(page.contains(QStringLiteral("<p class=\"summary\">%1</p>").arg(article.summary.toHtmlEscaped())),
                "the summary line is the escaped summary, as written", article.summary);
    Fuzz::check(page.contains(QStringLiteral("<html lang=\"%1\"").arg(article.language.toHtmlEscaped())),
                "the page's language is the escaped language", article.language);

    const QString message = ArticlePage::renderMessage(article.title, article.summary, templateHtml, highContrast);
    const QString messageProblem = Fuzz::htmlProblem(message, Fuzz::pageRules());
    Fuzz::check(messageProblem.isEmpty(), "a message page holds no tag from its text", messageProblem);
    return 0;
}
