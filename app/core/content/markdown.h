// Markdown (CommonMark with tables) through md4c: HTML for the reader, and the
// plain text, images and links that search, readability and checks need.
#pragma once

#include <QString>
#include <QStringList>

class Markdown
{
public:
    struct Outline
    {
        QStringList blocks;  // plain text of each paragraph, heading, list item and table cell
        QStringList images;  // image sources, as written
        QStringList links;   // link targets, as written
    };

    // Raw HTML in the source is shown as text, never passed through.
    static QString toHtml(const QString &markdown);
    static Outline outline(const QString &markdown);
};
