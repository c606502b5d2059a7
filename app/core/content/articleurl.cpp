// Building and reading the reader's URLs.
#include "core/content/articleurl.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {
const QString contrastKey = QStringLiteral("contrast");

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}
} // namespace

QUrl ArticleUrl::forArticle(const QString &language, const QString &slug, bool highContrast)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(scheme));
    url.setHost(QString::fromLatin1(host));
    url.setPath(u'/' + language + u'/' + slug);
    if (highContrast)
        url.setQuery(contrastKey + QStringLiteral("=1"));
    return url;
}

bool ArticleUrl::isOwn(const QUrl &url)
{
    return url.scheme() == QLatin1String(scheme) && url.host() == QLatin1String(host);
}

ArticleUrl ArticleUrl::parse(const QUrl &url)
{
    ArticleUrl result;
    if (!isOwn(url) || !url.userInfo().isEmpty() || url.port() != -1)
        return result;
    const QString path = url.path(QUrl::FullyDecoded);
    result.highContrast = QUrlQuery(url).queryItemValue(contrastKey) == u"1";
    if (path == u"/article.css") {
        result.kind = Kind::Stylesheet;
        return result;
    }
    const QStringList parts = path.split(u'/');  // "", language, slug | "", language, "media", file
    static const QString language = QStringLiteral("[a-z]{2}(-[A-Z]{2})?");
    if (parts.size() == 3 && parts[0].isEmpty() && matches(language, parts[1])
        && matches(QStringLiteral("[a-z0-9]+(-[a-z0-9]+)*"), parts[2])) {
        result = {Kind::Article, parts[1], parts[2], result.highContrast};
    } else if (parts.size() == 4 && parts[0].isEmpty() && matches(language, parts[1]) && parts[2] == u"media"
               && matches(QStringLiteral("[A-Za-z0-9_-][A-Za-z0-9._-]*"), parts[3]) && !parts[3].contains(QStringLiteral(".."))) {
        result = {Kind::Media, parts[1], parts[3], result.highContrast};
    }
    return result;
}
