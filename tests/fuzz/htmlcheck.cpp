// A deliberately strict scanner: it knows only the HTML our own code writes,
// so anything else in the output came from the input unescaped.
#include "htmlcheck.h"

#include "fuzzcheck.h"

#include <QFile>

namespace Fuzz {
namespace {

bool isNameCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || (c >= u'A' && c <= u'Z');
}

// Schemes cmark-gfm's safe mode promises to drop; data: only for images.
bool isDangerousAddress(const QString &value)
{
    const QString address = value.trimmed().toLower();
    for (const char *scheme : {"javascript:", "vbscript:", "file:"}) {
        if (address.startsWith(QLatin1String(scheme)))
            return true;
    }
    if (!address.startsWith(QLatin1String("data:")))
        return false;
    for (const char *image : {"data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"}) {
        if (address.startsWith(QLatin1String(image)))
            return false;
    }
    return true;
}

// Markup our own code writes that is not a tag.
const QLatin1String declarations[] = {QLatin1String("<!-- raw HTML omitted -->"), QLatin1String("<!DOCTYPE html>")};

} // namespace

const HtmlRules &markdownRules()
{
    static const HtmlRules rules = {
        {QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
         QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
         QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("del"), QStringLiteral("a"),
         QStringLiteral("img"), QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("blockquote"),
         QStringLiteral("hr"), QStringLiteral("br"), QStringLiteral("table"), QStringLiteral("thead"),
         QStringLiteral("tbody"), QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td")},
        {QStringLiteral("href"), QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("title"),
         QStringLiteral("align"), QStringLiteral("start"), QStringLiteral("class")},
    };
    return rules;
}

const HtmlRules &pageRules()
{
    static const HtmlRules rules = [] {
        HtmlRules page = markdownRules();
        for (const char *tag : {"html", "head", "meta", "title", "link", "body", "main", "header", "article", "footer",
                                "section", "figure", "figcaption", "span", "div", "svg", "rect", "path"})
            page.tags.insert(QString::fromLatin1(tag));
        for (const char *attribute : {"lang", "charset", "http-equiv", "content", "name", "rel", "aria-label", "xmlns",
                                      "viewBox", "shape-rendering", "role", "width", "height", "fill", "d"})
            page.attributes.insert(QString::fromLatin1(attribute));
        return page;
    }();
    return rules;
}

QString htmlProblem(QStringView html, const HtmlRules &rules)
{
    const qsizetype size = html.size();
    qsizetype i = 0;
    const auto problemAt = [&](qsizetype at, const QString &what) {
        return QStringLiteral("%1 at %2: …%3…").arg(what).arg(at).arg(html.mid(std::max<qsizetype>(0, at - 40), 100));
    };
    while (i < size) {
        const qsizetype open = html.indexOf(u'<', i);
        if (open < 0)
            break;
        bool isDeclaration = false;
        for (const QLatin1String &declaration : declarations) {
            if (html.mid(open).startsWith(declaration)) {
                i = open + declaration.size();
                isDeclaration = true;
            }
        }
        if (isDeclaration)
            continue;
        qsizetype at = open + 1;
        if (at < size && html[at] == u'/')
            ++at;
        const qsizetype nameStart = at;
        while (at < size && isNameCharacter(html[at]))
            ++at;
        const QString tag = html.mid(nameStart, at - nameStart).toString();
        if (!rules.tags.contains(tag))
            return problemAt(open, QStringLiteral("a '<' opening no allowed tag"));
        for (;;) {
            while (at < size && html[at] == u' ')
                ++at;
            if (at < size && html[at] == u'>')
                break;
            if (at + 1 < size && html[at] == u'/' && html[at + 1] == u'>') {
                ++at;
                break;
            }
            const qsizetype attributeStart = at;
            while (at < size && isNameCharacter(html[at]))
                ++at;
            const QString attribute = html.mid(attributeStart, at - attributeStart).toString();
            if (!rules.attributes.contains(attribute))
                return problemAt(attributeStart, QStringLiteral("attribute '%1' not allowed").arg(attribute));
            if (at + 1 >= size || html[at] != u'=' || html[at + 1] != u'"')
                return problemAt(at, QStringLiteral("an attribute value not in double quotes"));
            const qsizetype valueStart = at + 2;
            const qsizetype valueEnd = html.indexOf(u'"', valueStart);
            if (valueEnd < 0)
                return problemAt(at, QStringLiteral("an attribute value never closed"));
            const QString value = html.mid(valueStart, valueEnd - valueStart).toString();
            if (value.contains(u'<'))
                return problemAt(valueStart, QStringLiteral("a raw '<' in an attribute value"));
            if ((attribute == u"href" || attribute == u"src") && isDangerousAddress(value))
                return problemAt(valueStart, QStringLiteral("a link to a script or file"));
            at = valueEnd + 1;
        }
        if (at >= size)
            return problemAt(open, QStringLiteral("a tag never closed"));
        i = at + 1;
    }
    return {};
}

QString articleTemplate()
{
    QFile file(QStringLiteral(CAREKIOSK_WEB_DIR "/article.html"));
    if (!file.open(QIODevice::ReadOnly))
        fail("the page template resources/web/article.html can be read");
    return QString::fromUtf8(file.readAll());
}

} // namespace Fuzz
