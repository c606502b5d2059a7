// FK grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59;
// Fernández-Huerta ease = 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence
// (the form corrected by G. Law, 2011: the often printed "sentences per 100 words" makes
// shorter sentences score harder).
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

ReadingLevel Readability::count(const QStringList &blocks, int (*syllablesOf)(const QString &))
{
    ReadingLevel level;
    for (const QString &block : blocks) {
        for (const QString &sentence : TextWords::sentences(block)) {
            ++level.sentences;
            for (const QString &word : TextWords::words(sentence)) {
                ++level.words;
                level.syllables += syllablesOf(word);
            }
        }
    }
    return level;
}

ReadingLevel Readability::measure(const QStringList &blocks)
{
    ReadingLevel level = count(blocks, &syllables);
    if (level.words > 0 && level.sentences > 0) {
        // The formula dips below zero for very easy text; there is no grade below 0.
        level.grade = std::max(0.0, 0.39 * double(level.words) / level.sentences
                                        + 11.8 * double(level.syllables) / level.words - 15.59);
    }
    return level;
}

namespace {
enum class SpanishVowel { None, Strong, Weak, StressedWeak };

SpanishVowel spanishVowel(QChar character, bool lastLetter)
{
    switch (character.unicode()) {
    case u'a': case u'e': case u'o': case u'á': case u'é': case u'ó':
        return SpanishVowel::Strong;
    case u'i': case u'u': case u'ü':
        return SpanishVowel::Weak;
    case u'í': case u'ú':
        return SpanishVowel::StressedWeak;
    case u'y':
        // "hoy", "muy", "y": a vowel only at the end of a word.
        return lastLetter ? SpanishVowel::Weak : SpanishVowel::None;
    default:
        return SpanishVowel::None;
    }
}

bool startsANewNucleus(SpanishVowel previous, SpanishVowel current)
{
    if (previous == SpanishVowel::None)
        return true;
    const bool hiatus = (previous == SpanishVowel::Strong && current == SpanishVowel::Strong)
        || previous == SpanishVowel::StressedWeak || current == SpanishVowel::StressedWeak;
    return hiatus;
}
} // namespace

int Readability::spanishSyllables(const QString &word)
{
    QString letters;
    for (const QChar character : word.toLower()) {
        if (character.isLetter())
            letters.append(character);
    }
    int nuclei = 0;
    SpanishVowel previous = SpanishVowel::None;
    for (qsizetype index = 0; index < letters.size(); ++index) {
        const SpanishVowel current = spanishVowel(letters.at(index), index == letters.size() - 1);
        if (current != SpanishVowel::None && startsANewNucleus(previous, current))
            ++nuclei;
        previous = current;
    }
    return std::max(letters.isEmpty() ? 0 : 1, nuclei);
}

ReadingLevel Readability::measureSpanish(const QStringList &blocks)
{
    ReadingLevel level = count(blocks, &spanishSyllables);
    if (level.words > 0) {
        const double syllablesPer100Words = 100.0 * level.syllables / level.words;
        const double wordsPerSentence = double(level.words) / std::max(1, level.sentences);
        level.ease = std::clamp(206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence, 0.0, 100.0);
    }
    return level;
}

QString Readability::spanishBand(double ease)
{
    if (ease >= 90)
        return QStringLiteral("muy fácil");
    if (ease >= 80)
        return QStringLiteral("fácil");
    if (ease >= 70)
        return QStringLiteral("bastante fácil");
    if (ease >= 60)
        return QStringLiteral("normal");
    if (ease >= 50)
        return QStringLiteral("bastante difícil");
    if (ease >= 30)
        return QStringLiteral("difícil");
    return QStringLiteral("muy difícil");
}
