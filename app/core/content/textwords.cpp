// Word, sentence and accent handling.
#include "core/content/textwords.h"

#include <algorithm>

namespace {
bool isWordChar(QChar character)
{
    return character.isLetterOrNumber() || character.category() == QChar::Mark_NonSpacing;
}

bool isJoiner(QChar character)
{
    return character == u'\'' || character == u'-' || character == QChar(0x2019);
}
} // namespace

namespace TextWords {

QStringList words(QStringView text)
{
    QStringList result;
    for (const QStringView word : wordViews(text))
        result.append(word.toString());
    return result;
}

QList<QStringView> wordViews(QStringView text)
{
    QList<QStringView> result;
    const qsizetype length = text.size();
    qsizetype index = 0;
    while (index < length) {
        while (index < length && !isWordChar(text.at(index)))
            ++index;
        const qsizetype start = index;
        bool hasLetter = false;
        while (index < length) {
            const QChar character = text.at(index);
            if (isWordChar(character)) {
                hasLetter = hasLetter || character.isLetter();
                ++index;
            } else if (isJoiner(character) && index + 1 < length && isWordChar(text.at(index + 1))
                       && index > start) {
                ++index;
            } else {
                break;
            }
        }
        if (index > start && hasLetter)
            result.append(text.mid(start, index - start));
    }
    return result;
}

QString folded(QStringView word)
{
    QString result;
    foldInto(word, result);
    return result;
}

void foldInto(QStringView word, QString &into)
{
    const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar character) { return character.unicode() < 0x80; });
    if (ascii) {
        // The common case, and much cheaper than normalising; in place, so a
        // reused string needs no new memory.
        into.resize(word.size());
        std::transform(word.cbegin(), word.cend(), into.begin(), [](QChar character) { return character.toLower(); });
        return;
    }
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    into.clear();
    into.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        if (character.category() != QChar::Mark_NonSpacing)
            into.append(character);
    }
}

QStringList sentences(QStringView block)
{
    QStringList result;
    qsizetype start = 0;
    const qsizetype length = block.size();
    for (qsizetype index = 0; index < length; ++index) {
        const QChar character = block.at(index);
        if (character != u'.' && character != u'!' && character != u'?')
            continue;
        qsizetype end = index;
        while (end + 1 < length && (block.at(end + 1) == u'.' || block.at(end + 1) == u'!' || block.at(end + 1) == u'?'))
            ++end;
        if (end + 1 == length || block.at(end + 1).isSpace()) {
            const QString sentence = block.mid(start, end + 1 - start).trimmed().toString();
            if (!words(sentence).isEmpty())
                result.append(sentence);
            start = end + 1;
        }
        index = end;
    }
    const QString rest = block.mid(start).trimmed().toString();
    if (!words(rest).isEmpty())
        result.append(rest);
    return result;
}

} // namespace TextWords
