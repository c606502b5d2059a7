// Splits an article into its YAML front-matter block and Markdown body, and
// reads the front matter's fields into an Article.
#pragma once

#include "core/content/article.h"
#include "core/content/contentproblem.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class FrontMatter
{
    Q_DECLARE_TR_FUNCTIONS(FrontMatter)

public:
    struct Blocks
    {
        QString yaml;
        int yamlFirstLine = 2;
        QString body;
        int bodyFirstLine = 1;
    };

    // The fields an article may declare; anything else is a typo to report.
    static const QStringList &knownFields();

    // `text` has LF line endings and no byte-order mark. Returns the blocks,
    // or puts the reason they can't be found into `problem`.
    [[nodiscard]] static std::optional<Blocks> split(const QString &file, const QString &text, ContentProblem &problem);

    // Reads the YAML into `article`. Errors mean the article can't be shown.
    [[nodiscard]] static ContentProblems read(const QString &file, const Blocks &blocks, Article &article);
};
