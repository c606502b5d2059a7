// A problem found in an article file, reported as FILE:LINE: severity: message.
#pragma once

#include <QList>
#include <QString>

struct ContentProblem
{
    enum class Severity { Note, Warning, Error };

    QString file;
    int line = 1;
    Severity severity = Severity::Error;
    QString message;

    // The compiler-style line editors and tools understand.
    QString toString() const;
};

using ContentProblems = QList<ContentProblem>;

bool hasErrors(const ContentProblems &problems);
