// Canonical paths compared with the canonical root: the comparison sees
// through symlinks at any depth and through '..'.
#include "core/content/contentroot.h"

#include <QFileInfo>

ContentRoot::ContentRoot(const QString &folder) : m_canonicalRoot(QFileInfo(folder).canonicalFilePath())
{
}

std::optional<QString> ContentRoot::resolve(const QString &path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (m_canonicalRoot.isEmpty() || canonical.isEmpty())
        return std::nullopt;
    // The separator matters: /srv/content-old is not inside /srv/content.
    if (canonical != m_canonicalRoot && !canonical.startsWith(m_canonicalRoot + u'/'))
        return std::nullopt;
    return canonical;
}

bool ContentRoot::leadsOutside(const QString &path) const
{
    return QFileInfo::exists(path) && !resolve(path);
}
