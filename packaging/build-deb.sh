#!/usr/bin/env bash
# Builds the Debian package, carekiosk_<version>_amd64.deb, in build-deb/
# (a Release build without tests), and runs lintian on it.
# Usage: packaging/build-deb.sh   -> prints the path of the .deb last
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build_dir="${CAREKIOSK_DEB_BUILD_DIR:-$top/build-deb}"

"$here/dev.sh" install-packages build test >&2
# Debian's hardening flags (stack protector, fortify, relro, bindnow).
eval "$(dpkg-buildflags --export=sh)"
cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAREKIOSK_BUILD_TESTS=OFF >&2
cmake --build "$build_dir" --parallel "$(nproc)" >&2
(cd "$build_dir" && cpack -G DEB >&2)
deb="$(ls -t "$build_dir"/carekiosk_*_amd64.deb | head -n 1)"
# Errors fail the build; warnings and notes are shown.
lintian --fail-on error --no-tag-display-limit "$deb" >&2
echo "$deb"
