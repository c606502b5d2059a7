// Checks on web addresses.
#include "core/content/webaddress.h"

#include <QStringList>

bool WebAddress::isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

bool WebAddress::isPlaceholder(const QUrl &url)
{
    static const QStringList reserved = {QStringLiteral("example.com"), QStringLiteral("example.org"),
                                         QStringLiteral("example.net")};
    const QString host = url.host().toLower();
    for (const QString &domain : reserved) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    return false;
}
