// FK grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
#include "core/content/readability.h"

#include "core/content/textwords.h"

#include <algorithm>

namespace {
bool isVowel(QChar character)
{
    switch (character.unicode()) {
    case u'a':
    case u'e':
    case u'i':
    case u'o':
    case u'u':
    case u'y':
        return true;
    default:
        return false;
    }
}
} // namespace

int Readability::syllables(const QString &word)
{
    QString letters;
    for (const QChar character : TextWords::folded(word)) {
        if (character.isLetter())
            letters.append(character);
    }
    if (letters.isEmpty())
        return 0;

    int groups = 0;
    bool inGroup = false;
    for (const QChar character : letters) {
        const bool vowel = isVowel(character);
        if (vowel && !inGroup)
            ++groups;
        inGroup = vowel;
    }
    if (groups > 1) {
        const qsizetype length = letters.size();
        const bool consonantBeforeLe = length >= 3 && !isVowel(letters.at(length - 3));
        if (letters.endsWith(u'e') && !(letters.endsWith(QStringLiteral("le")) && consonantBeforeLe))
            --groups;  // silent final e: "make", but not "table"
        else if ((letters.endsWith(QStringLiteral("es")) || letters.endsWith(QStringLiteral("ed"))) && length >= 3
                 && letters.at(length - 3) != u't' && letters.at(length - 3) != u'd')
            --groups;  // "helped", "takes"; but "tested", "needed" keep theirs
    }
    return std::max(1, groups);
}

ReadingLevel Readability::measure(const QStringList &blocks)
{
    ReadingLevel level;
    for (const QString &block : blocks) {
        for (const QString &sentence : TextWords::sentences(block)) {
            ++level.sentences;
            for (const QString &word : TextWords::words(sentence)) {
                ++level.words;
                level.syllables += syllables(word);
            }
        }
    }
    if (level.words > 0 && level.sentences > 0) {
        // The formula dips below zero for very easy text; there is no grade below 0.
        level.grade = std::max(0.0, 0.39 * double(level.words) / level.sentences
                                        + 11.8 * double(level.syllables) / level.words - 15.59);
    }
    return level;
}
