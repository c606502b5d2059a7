// Flesch–Kincaid reading grade of an article body.
#pragma once

#include <QString>
#include <QStringList>

struct ReadingLevel
{
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double grade = 0.0;
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
};
