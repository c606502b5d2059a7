// Article bodies (Markdown) into the reader's HTML and the outline search,
// readability and the checks use. Promises (markdown.h): raw HTML is dropped,
// and so are javascript:, data: and file: links.
#include "core/content/markdown.h"

#include "fuzzcheck.h"
#include "htmlcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = Fuzz::textOf(data, size);
    const QString html = Markdown::toHtml(markdown);
    const QString problem = Fuzz::htmlProblem(html, Fuzz::markdownRules());
    Fuzz::check(problem.isEmpty(), "Markdown's HTML holds only the tags cmark-gfm's safe mode makes", problem);

    const Markdown::Outline outline = Markdown::outline(markdown);
    for (const QString &block : outline.blocks) {
        Fuzz::check(!block.isEmpty() && block == block.simplified(),
                    "an outline block is plain text with its white space folded", block);
    }
    // CommonMark ends a line at LF, CRLF or a CR alone.
    const int lineCount = int(QString(markdown).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).count(u'\r')
                              + markdown.count(u'\n')) + 1;
    for (const QList<Markdown::Reference> *references : {&outline.images, &outline.links}) {
        for (const Markdown::Reference &reference : *references) {
            Fuzz::check(reference.line >= 1 && reference.line <= lineCount,
                        "an image or link is reported on a line of the body",
                        QStringLiteral("line %1 of %2").arg(reference.line).arg(lineCount));
        }
    }
    return 0;
}
