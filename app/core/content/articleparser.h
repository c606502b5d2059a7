// Turns the bytes of one article file into an Article, or says why it can't.
#pragma once

#include "core/content/article.h"
#include "core/content/contentproblem.h"

#include <QCoreApplication>
#include <QByteArray>
#include <optional>

class ArticleParser
{
    Q_DECLARE_TR_FUNCTIONS(ArticleParser)

public:
    // Larger files are refused before parsing: an article is a page or two.
    static constexpr qint64 maximumFileBytes = 512 * 1024;

    struct Result
    {
        std::optional<Article> article;  // empty when an error makes the file unusable
        ContentProblems problems;
    };

    // The error for a file of `bytes` bytes, if it is too large to be an article.
    [[nodiscard]] static std::optional<ContentProblem> sizeProblem(const QString &filePath, qint64 bytes);

    // `filePath` is used in messages; slug and language are the caller's to set.
    [[nodiscard]] static Result parse(const QString &filePath, const QByteArray &bytes);
};
