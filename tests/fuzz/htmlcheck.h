// Which tags and attributes HTML made from untrusted text may hold: the
// property the article fuzzers check on Markdown's output and on the page.
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace Fuzz {

struct HtmlRules
{
    QSet<QString> tags;
    QSet<QString> attributes;
};

// What cmark-gfm's safe mode may produce from an article body.
const HtmlRules &markdownRules();
// The above plus what the page template and its QR codes add.
const HtmlRules &pageRules();

// The first thing in `html` that the rules don't allow: a '<' that opens no
// allowed tag (raw HTML), an unknown attribute, an unquoted value, or a link to
// a script or file. Empty when the HTML is clean.
QString htmlProblem(QStringView html, const HtmlRules &rules);

// The reader's page template (resources/web/article.html), as the kiosk fills it.
QString articleTemplate();

} // namespace Fuzz
