// Markdown (CommonMark with GitHub tables) through cmark-gfm: HTML for the
// reader, and the plain text, images and links that search, readability and
// the checks need.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Markdown
{
public:
    struct Reference
    {
        QString target;  // as written: "media/knee.png", "sciatica", "https://…"
        int line = 1;    // line in the Markdown text, from 1
    };

    struct Outline
    {
        QStringList blocks;        // plain text of each paragraph, heading, code block and table cell
        QList<Reference> images;
        QList<Reference> links;
    };

    // Raw HTML in the source is dropped, and so are javascript:, data: and
    // file: links: cmark-gfm's safe mode.
    static QString toHtml(const QString &markdown);
    static Outline outline(const QString &markdown);
};
