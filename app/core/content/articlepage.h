// Renders an article into the HTML page the reader shows, from a template
// with {{placeholders}}.
#pragma once

#include "core/content/article.h"

#include <QCoreApplication>
#include <QString>

class ArticlePage
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePage)

public:
    // Placeholders: {{lang}} {{title}} {{summary}} {{body}} {{reviewed}}
    // {{sources}} {{disclaimer}} {{sourcesHeading}}. Every value but the body
    // (already HTML from Markdown) is HTML-escaped.
    // {{themeClass}} is "high-contrast" when `highContrast` is set.
    static QString render(const Article &article, const QString &templateHtml, bool highContrast);

    // A page saying something went wrong, in the same template.
    static QString renderMessage(const QString &title, const QString &message, const QString &templateHtml,
                                 bool highContrast);
};
