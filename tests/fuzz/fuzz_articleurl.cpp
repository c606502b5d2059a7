// The reader's own URLs, as the web page requests them (carekiosk://app/…), and
// the web-address checks applied to addresses from articles and the settings.
#include "core/content/articleurl.h"
#include "core/content/webaddress.h"

#include "fuzzcheck.h"

#include <QRegularExpression>

namespace {

bool matches(const char *pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern))).match(text).hasMatch();
}

void checkParsed(const QUrl &url, const ArticleUrl &parsed)
{
    switch (parsed.kind) {
    case ArticleUrl::Kind::Invalid:
    case ArticleUrl::Kind::Stylesheet:
        return;
    case ArticleUrl::Kind::Media:
        // The scheme handler joins this to the media folder: it must name a file in it.
        Fuzz::check(!parsed.name.contains(u'/') && !parsed.name.contains(u'\\') && !parsed.name.contains(QStringLiteral(".."))
                        && !parsed.name.startsWith(u'.') && !parsed.name.isEmpty(),
                    "a media name can't leave the media folder", url.toString());
        break;
    case ArticleUrl::Kind::Article: {
        Fuzz::check(matches("[a-z0-9]+(-[a-z0-9]+)*", parsed.name), "an article name is a slug", parsed.name);
        const ArticleUrl again = ArticleUrl::parse(ArticleUrl::forArticle(parsed.language, parsed.name, parsed.highContrast));
        Fuzz::check(again.kind == parsed.kind && again.language == parsed.language && again.name == parsed.name
                        && again.highContrast == parsed.highContrast,
                    "an article's URL made again reads back the same", url.toString());
        break;
    }
    }
    Fuzz::check(matches("[a-z]{2}(-[A-Z]{2})?", parsed.language), "a language is a language code", parsed.language);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::textOf(data, size);
    for (const QUrl &url : {QUrl(text), QUrl(text, QUrl::StrictMode),
                            QUrl(QStringLiteral("carekiosk://app/") + text)}) {
        checkParsed(url, ArticleUrl::parse(url));
        if (WebAddress::isWebAddress(url)) {
            Fuzz::check(url.scheme() == u"http" || url.scheme() == u"https", "a web address is http or https",
                        url.toString());
        }
        const bool placeholder = WebAddress::isPlaceholder(url);
        const QString host = url.host().toLower();
        if (!host.contains(QStringLiteral("example.")))
            Fuzz::check(!placeholder, "only an example.* host is a placeholder", url.toString());
    }
    return 0;
}
