// Splitting text into words and folding them for comparison; shared by
// readability, related topics and search so all three agree on what a word is.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QStringList>

namespace TextWords {

// Runs of letters and digits; an apostrophe or hyphen between letters stays
// inside the word ("don't", "platelet-rich"). Tokens without a letter are dropped.
QStringList words(QStringView text);
// The same words as views into `text`, for callers that read many words and keep few.
QList<QStringView> wordViews(QStringView text);

// Lower case without accents: "Dolór" -> "dolor", "Niño" -> "nino".
QString folded(QStringView word);
// The same, written over `into`: a caller folding many words reuses one string.
void foldInto(QStringView word, QString &into);

// Sentences of one block of text: a run of . ! or ? followed by a space or the end.
QStringList sentences(QStringView block);

} // namespace TextWords
