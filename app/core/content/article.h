// One article in one language, as the kiosk shows it.
#pragma once

#include "core/content/markdown.h"

#include <QDate>
#include <QString>
#include <QStringList>

// Where a fact comes from: a title a patient can read, and the web address
// they can follow on their own phone (empty for an old plain-text source).
struct ArticleSource
{
    QString title;
    QString url;
    int line = 1;  // in the file, for messages about it
};

// The safety section every article carries: when to get help right away,
// and when to call the office (the offices themselves come from the
// configuration, never from the article).
struct GetHelp
{
    QStringList now;
    QStringList callUs;
};

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
    QList<ArticleSource> sources;
    GetHelp getHelp;
    bool featured = false;
    // Never suggested as related elsewhere, featured or rotated on the attract
    // screen; still in search and in its category.
    bool sensitive = false;

    QString bodyMarkdown;
    QStringList textBlocks; // the body's paragraphs, headings, items and cells without Markdown syntax
    QList<Markdown::Reference> images;  // image paths as written, with their line in the body
    QList<Markdown::Reference> links;   // link targets as written, with their line in the body

    QString filePath;
    int bodyFirstLine = 1;  // line number of the body's first line in the file
    int relatedLine = 1;    // line number of the 'related' field, for messages about it
    int categoryLine = 1;   // line number of the 'category' field
    int reviewedLine = 1;   // line number of the 'reviewed' field

    QString bodyText() const { return textBlocks.join(u'\n'); }
};
