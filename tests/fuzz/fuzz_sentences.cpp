// Read aloud cuts a page's blocks into sentences, and the page highlights each
// one by its offsets: they must lie inside their block, in order, without
// overlapping, and say what the block says there.
#include "core/speech/sentencesplitter.h"

#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first line is the language; every further line a block, as from the page.
    const QStringList lines = Fuzz::textOf(data, size).split(u'\n');
    const QString language = lines.first();
    const QStringList blocks = lines.mid(1);

    const QList<Sentence> sentences = SentenceSplitter::split(blocks, language);
    int previousBlock = 0;
    int previousEnd = 0;
    for (const Sentence &sentence : sentences) {
        Fuzz::check(sentence.block >= previousBlock && sentence.block < blocks.size(), "sentences come in block order");
        if (sentence.block != previousBlock)
            previousEnd = 0;
        const QString &block = blocks.at(sentence.block);
        Fuzz::check(sentence.start >= previousEnd && sentence.length > 0
                        && sentence.start + sentence.length <= block.size(),
                    "a sentence lies in its block, after the one before",
                    QStringLiteral("%1+%2 in %3").arg(sentence.start).arg(sentence.length).arg(block.size()));
        const QString piece = block.mid(sentence.start, sentence.length);
        Fuzz::check(sentence.text == piece.simplified() && !sentence.text.isEmpty(),
                    "what is spoken is what is highlighted", sentence.text + QStringLiteral(" != ") + piece);
        previousBlock = sentence.block;
        previousEnd = sentence.start + sentence.length;
    }
    return 0;
}
