// Formatting of content problems.
#include "core/content/contentproblem.h"

#include <algorithm>

namespace {
QString severityName(ContentProblem::Severity severity)
{
    switch (severity) {
    case ContentProblem::Severity::Note:
        return QStringLiteral("note");
    case ContentProblem::Severity::Warning:
        return QStringLiteral("warning");
    case ContentProblem::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}
} // namespace

QString ContentProblem::toString() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(severityName(severity), message);
}

bool hasErrors(const ContentProblems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const ContentProblem &problem) {
        return problem.severity == ContentProblem::Severity::Error;
    });
}
