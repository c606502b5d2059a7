// How easy an article body is to read: the Flesch–Kincaid grade for
// English, Fernández-Huerta's reading ease for Spanish.
#pragma once

#include <QString>
#include <QStringList>

struct ReadingLevel
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double grade = 0.0;  // Flesch–Kincaid, English
    double ease = 0.0;   // Fernández-Huerta, Spanish: 0 (hardest) to 100 (easiest)
};

class Readability
{
public:
    // The clinic's target: articles at or below US school grade 8.
    static constexpr double maximumGrade = 8.0;

    // `blocks` are the plain-text blocks of Markdown::outline(): each one ends a sentence.
    static ReadingLevel measure(const QStringList &blocks);

    // English syllables by vowel groups, the usual estimate behind Flesch–Kincaid.
    static int syllables(const QString &word);

    // Fernández-Huerta (1959): 206.84 − 0.60 × syllables per 100 words −
    // 1.02 × words per sentence. 70 and above reads as "bastante fácil"
    // (fairly easy), the clinic's target for Spanish articles.
    static constexpr double minimumSpanishEase = 70.0;
    static ReadingLevel measureSpanish(const QStringList &blocks);
    // Spanish syllables: one per vowel nucleus, where two strong vowels
    // (a, e, o) or an accented í or ú next to another vowel are two nuclei
    // (hiatus: "dí-a", "le-er"), and other vowel pairs one (diphthong: "cui-da-do").
    static int spanishSyllables(const QString &word);
    // The usual words for a Fernández-Huerta score: "muy fácil" … "muy difícil".
    static QString spanishBand(double ease);

private:
    static ReadingLevel count(const QStringList &blocks, int (*syllablesOf)(const QString &));
};
