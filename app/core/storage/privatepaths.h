// Folders and files for visitors' data, private to their owner from the
// moment they exist (0700 and 0600), rather than changed afterwards.
#pragma once

#include "core/storage/storefailure.h"

#include <optional>

// Creates `path` (its parents as usual) with mode 0700 if it isn't there.
[[nodiscard]] std::optional<StoreFailure> makePrivateDirectory(const QString &path);

// Creates an empty `path` with mode 0600 if it isn't there. Made by root in
// another user's folder, it is given to that user.
[[nodiscard]] std::optional<StoreFailure> makePrivateFile(const QString &path);
