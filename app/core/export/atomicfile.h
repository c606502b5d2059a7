// Writes a whole file or nothing: readers of the destination see the old file or the complete new one, never a part.
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>
#include <optional>

// Writes the file's content into `device`; returns why it could not, or nothing when all was written.
using FileFiller = std::function<std::optional<QString>(QIODevice &device)>;

// Lets `fill` write a temporary file beside `path`, readable by its owner only (0600), then renames it
// over `path`. If `fill` fails, the process dies half-way or the disk fills, `path` is left as it was.
// Never writes through a symbolic link: a link at `path` or as its folder is refused, and a folder
// that belongs to another user is refused unless the caller is root.
// Returns the reason, naming `path`, when the file was not written.
[[nodiscard]] std::optional<QString> writeFileAtomically(const QString &path, const FileFiller &fill);
