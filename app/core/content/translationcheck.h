// Translations that are missing or fell behind, for check-content: each
// article of the source language with no version in another language the
// content folder has, and each version reviewed before its source article
// (the source was changed since the translation was made).
#pragma once

#include "core/content/contentproblem.h"

class ArticleLibrary;

ContentProblems translationProblems(const ArticleLibrary &library, const QString &sourceLanguage);
