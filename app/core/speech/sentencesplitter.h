// Cuts the blocks of a page (a title, a paragraph, a list item) into the
// sentences read aloud one at a time, keeping where each sits in its block so
// the page can highlight it.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct Sentence
{
    int block = 0;   // index of the block in the list given
    int start = 0;   // offset of its first character in the block's text
    int length = 0;  // in UTF-16 code units, as the page counts them
    QString text;    // what is spoken: the sentence with its white space folded

    bool operator==(const Sentence &other) const
    {
        return block == other.block && start == other.start && length == other.length && text == other.text;
    }
};

namespace SentenceSplitter {
// A sentence ends at . ! ? or … (and any closing quote or bracket after it)
// followed by white space, and at the end of its block. Not after a known
// abbreviation of `language` ("Dr.", "e.g.", "Sra."), an initial ("J."),
// nor when the next word starts in lower case. Blocks and pieces with no
// letter or digit are skipped.
QList<Sentence> split(const QStringList &blocks, const QString &language);
} // namespace SentenceSplitter
