// Splitting text into words and folding them for comparison; shared by
// readability, related topics and search so all three agree on what a word is.
#pragma once

#include <QString>
#include <QStringList>

namespace TextWords {

// Runs of letters and digits; an apostrophe or hyphen between letters stays
// inside the word ("don't", "platelet-rich"). Tokens without a letter are dropped.
QStringList words(QStringView text);

// Lower case without accents: "Dolór" -> "dolor", "Niño" -> "nino".
QString folded(QStringView word);

// Sentences of one block of text: a run of . ! or ? followed by a space or the end.
QStringList sentences(QStringView block);

} // namespace TextWords
