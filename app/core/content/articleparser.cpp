// File-level checks (size, encoding, binary data), then front matter and body.
#include "core/content/articleparser.h"

#include "core/content/frontmatter.h"
#include "core/content/markdown.h"

#include <QStringDecoder>
#include <algorithm>

namespace {

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The line of the first byte sequence that is not UTF-8.
int firstInvalidUtf8Line(const QByteArray &bytes)
{
    int lineNumber = 1;
    qsizetype lineStart = 0;
    while (lineStart <= bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(lineStart, lineEnd - lineStart));
        if (decoder.hasError())
            return lineNumber;
        ++lineNumber;
        lineStart = lineEnd + 1;
    }
    return std::max(1, lineNumber - 1);  // not reached: a newline never splits a UTF-8 sequence
}

} // namespace

std::optional<ContentProblem> ArticleParser::sizeProblem(const QString &filePath, qint64 bytes)
{
    if (bytes <= maximumFileBytes)
        return std::nullopt;
    return ContentProblem{filePath, 1, ContentProblem::Severity::Error,
                          tr("the file is %1 KiB; an article may be at most %2 KiB")
                              .arg(bytes / 1024)
                              .arg(maximumFileBytes / 1024)};
}

ArticleParser::Result ArticleParser::parse(const QString &filePath, const QByteArray &bytes)
{
    Result result;
    const auto refuse = [&](int line, const QString &message) {
        result.problems.append({filePath, line, ContentProblem::Severity::Error, message});
        return result;
    };

    if (const std::optional<ContentProblem> tooLarge = sizeProblem(filePath, bytes.size())) {
        result.problems.append(*tooLarge);
        return result;
    }
    if (bytes.trimmed().isEmpty())
        return refuse(1, tr("the file is empty"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return refuse(lineAt(bytes, nul), tr("the file holds binary data (a NUL byte), not text"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return refuse(firstInvalidUtf8Line(bytes), tr("this line is not valid UTF-8 text; save the file as UTF-8"));

    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);  // editors on Windows add a byte-order mark; it is harmless
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');

    ContentProblem splitProblem;
    const std::optional<FrontMatter::Blocks> blocks = FrontMatter::split(filePath, text, splitProblem);
    if (!blocks) {
        result.problems.append(splitProblem);
        return result;
    }

    Article article;
    article.filePath = filePath;
    result.problems += FrontMatter::read(filePath, *blocks, article);

    article.bodyMarkdown = blocks->body;
    article.bodyFirstLine = blocks->bodyFirstLine;
    const Markdown::Outline outline = Markdown::outline(blocks->body);
    if (outline.blocks.isEmpty())
        result.problems.append({filePath, blocks->bodyFirstLine - 1, ContentProblem::Severity::Error,
                                tr("the article has no text after its front matter")});
    article.textBlocks = outline.blocks;
    article.images = outline.images;
    article.links = outline.links;

    if (!hasErrors(result.problems))
        result.article = std::move(article);
    return result;
}
