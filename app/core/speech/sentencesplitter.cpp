// Sentence boundaries for reading aloud: plain rules, enough for the
// clinic's plain-language articles in English and Spanish.
#include "core/speech/sentencesplitter.h"

#include <QSet>

namespace {

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

bool isClosing(QChar c)
{
    static const QString closing = QStringLiteral("\"')]}»\u2019\u201d");
    return closing.contains(c);
}

// Lower case, without the final period: "dr", "e.g", "sra".
const QSet<QString> &abbreviations(const QString &language)
{
    static const QSet<QString> english = {
        QStringLiteral("dr"), QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),
        QStringLiteral("st"), QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("vs"),
        QStringLiteral("no"), QStringLiteral("approx"), QStringLiteral("a.m"), QStringLiteral("p.m"),
        QStringLiteral("u.s"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("prof"),
    };
    static const QSet<QString> spanish = {
        QStringLiteral("dr"), QStringLiteral("dra"), QStringLiteral("sr"), QStringLiteral("sra"),
        QStringLiteral("srta"), QStringLiteral("ud"), QStringLiteral("uds"), QStringLiteral("p.ej"),
        QStringLiteral("etc"), QStringLiteral("aprox"), QStringLiteral("núm"), QStringLiteral("pág"),
        QStringLiteral("ee.uu"), QStringLiteral("a.m"), QStringLiteral("p.m"), QStringLiteral("vs"),
    };
    return language.startsWith(QStringLiteral("es")) ? spanish : english;
}

// The word that ends just before `dot` (letters and inner periods).
QString wordBefore(const QString &text, int dot)
{
    int start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'.'))
        --start;
    return text.mid(start, dot - start);
}

bool endsSentence(const QString &text, int terminal, int after, const QString &language)
{
    if (after >= text.size())
        return true;
    if (!text.at(after).isSpace())
        return false;  // "1.5", "carekiosk.org", "¿Sí?»" handled by the caller
    int next = after;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    if (next < text.size() && text.at(next).isLower())
        return false;  // "e.g. a shot", "approx. two weeks"
    if (text.at(terminal) != u'.')
        return true;
    const QString word = wordBefore(text, terminal);
    if (word.size() == 1 && word.at(0).isUpper())
        return false;  // an initial: "J. Smith"
    return !abbreviations(language).contains(word.toLower());
}

bool hasWords(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

void addSentence(QList<Sentence> &sentences, int block, const QString &text, int from, int to)
{
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    const QString piece = text.mid(from, to - from);
    if (!hasWords(piece))
        return;
    sentences.append({block, from, to - from, piece.simplified()});
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QStringList &blocks, const QString &language)
{
    QList<Sentence> sentences;
    for (int block = 0; block < blocks.size(); ++block) {
        const QString &text = blocks.at(block);
        int start = 0;
        for (int i = 0; i < text.size(); ++i) {
            if (!isTerminal(text.at(i)))
                continue;
            int after = i + 1;
            while (after < text.size() && (isTerminal(text.at(after)) || isClosing(text.at(after))))
                ++after;
            if (!endsSentence(text, i, after, language)) {
                i = after - 1;
                continue;
            }
            addSentence(sentences, block, text, start, after);
            start = after;
            i = after - 1;
        }
        addSentence(sentences, block, text, start, int(text.size()));
    }
    return sentences;
}
