// The content folder as the one place the kiosk reads articles, images and
// icons from. A link (a symlink, or a path with '..') that leads out of it is
// refused: a content editor's folder must not expose the rest of the disk.
#pragma once

#include <QString>
#include <optional>

class ContentRoot
{
public:
    ContentRoot() = default;
    explicit ContentRoot(const QString &folder);

    // The real path of `path` after following every link, if it exists and
    // lies inside the content folder; nothing otherwise.
    std::optional<QString> resolve(const QString &path) const;
    // Whether `path` exists but leads outside the content folder.
    bool leadsOutside(const QString &path) const;

private:
    QString m_canonicalRoot;  // empty when the folder doesn't exist: nothing resolves
};
