// One article in one language, as the kiosk shows it.
#pragma once

#include "core/content/markdown.h"

#include <QDate>
#include <QString>
#include <QStringList>

struct Article
{
    QString slug;      // from the file name: the same slug in en/ and es/ is one article
    QString language;  // from the folder: "en", "es", …
    QString title;
    QString summary;
    QString category;
    QStringList tags;
    QStringList related;  // declared related slugs, in the editor's order
    QDate reviewed;
    QString reviewer;
    QStringList sources;
    bool featured = false;

    QString bodyMarkdown;
    QStringList textBlocks; // the body's paragraphs, headings, items and cells without Markdown syntax
    QList<Markdown::Reference> images;  // image paths as written, with their line in the body
    QList<Markdown::Reference> links;   // link targets as written, with their line in the body

    QString filePath;
    int bodyFirstLine = 1;  // line number of the body's first line in the file
    int relatedLine = 1;    // line number of the 'related' field, for messages about it

    QString bodyText() const { return textBlocks.join(u'\n'); }
};
