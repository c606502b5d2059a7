// The reading level check-content reports for every article body, and the
// word splitting that search and related topics share with it: any text
// gives counts that add up and a finite score.
#include "core/content/readability.h"
#include "core/content/textwords.h"

#include "fuzzcheck.h"

#include <cmath>

namespace {

void checkLevel(const ReadingLevel &level, const QStringList &blocks)
{
    Fuzz::check(level.words >= 0 && level.sentences >= 0 && level.syllables >= 0, "counts are never negative");
    Fuzz::check(std::isfinite(level.grade) && std::isfinite(level.ease), "a score is a number, whatever the text",
                QStringLiteral("grade %1, ease %2").arg(level.grade).arg(level.ease));
    Fuzz::check(level.syllables >= level.words, "every word has a syllable", blocks.join(u'\n'));
    if (level.words > 0)
        Fuzz::check(level.sentences > 0, "words are in some sentence", blocks.join(u'\n'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList blocks = Fuzz::textOf(data, size).split(u'\n');
    checkLevel(Readability::measure(blocks), blocks);
    checkLevel(Readability::measureSpanish(blocks), blocks);

    for (const QString &block : blocks) {
        for (const QString &word : TextWords::words(block)) {
            Fuzz::check(!word.isEmpty() && block.contains(word), "a word is a piece of its text", word);
            Fuzz::check(Readability::syllables(word) >= 1 && Readability::spanishSyllables(word) >= 1,
                        "a word has at least one syllable", word);
            const QString folded = TextWords::folded(word);
            Fuzz::check(TextWords::folded(folded) == folded, "folding a folded word changes nothing", word);
        }
        for (const QString &sentence : TextWords::sentences(block))
            Fuzz::check(!sentence.isEmpty(), "a sentence is not empty", block);
    }
    return 0;
}
