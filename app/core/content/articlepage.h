// Renders an article into the HTML page the reader shows, from a template
// with {{placeholders}}.
#pragma once

#include "core/content/article.h"
#include "core/settings/kiosksettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class ArticlePage
{
    Q_DECLARE_TR_FUNCTIONS(ArticlePage)

public:
    // What the page says about the clinic itself, from the configuration:
    // articles never carry office numbers.
    struct Clinic
    {
        QList<Office> offices;
        QUrl bookingUrl;  // empty: no "Book a visit" code
    };

    // Placeholders: {{lang}} {{title}} {{summary}} {{body}} {{getHelp}}
    // {{phoneCodes}} {{reviewed}} {{sources}} {{disclaimer}} {{sourcesHeading}}.
    // Every value but the body (already HTML from Markdown) is HTML-escaped;
    // the QR codes are inline SVG made here. {{themeClass}} is
    // "high-contrast" when `highContrast` is set.
    static QString render(const Article &article, const QString &templateHtml, bool highContrast,
                          const Clinic &clinic = {});

    // A page saying something went wrong, in the same template.
    static QString renderMessage(const QString &title, const QString &message, const QString &templateHtml,
                                 bool highContrast);
};
