#!/usr/bin/env bash
# The README's two commands on a machine that never saw this repository: a
# clean Debian 12 root (debootstrap minbase, no container), a fresh clone of
# this repository's committed HEAD in it, then, as a newcomer types them:
#   packaging/dev.sh test                 (must end "100% tests passed")
#   packaging/dev.sh run                  (first with no display: one clear line;
#                                          then in a virtual screen, for a screenshot)
# A package installed by hand on this machine can't hide a missing line in
# packaging/debian-packages.txt there.
# Usage: sudo packaging/check-fresh-machine.sh [SCREENSHOT.png]
# Takes about half an hour on 2 cores; needs a Debian mirror (see debian-root.sh).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
# shellcheck source=packaging/debian-root.sh
. "$here/debian-root.sh"
require_root
screenshot="${1:-$top/build/fresh-machine-run.png}"
"$here/dev.sh" install-packages chroot >&2
command -v git > /dev/null || { echo "check-fresh-machine.sh: needs git to clone the repository" >&2; exit 1; }
make_debian_root
git clone -q "$top" "$debian_root/root/carekiosk"
echo "== fresh clone of $(git -C "$top" rev-parse --short HEAD) in $debian_root/root/carekiosk" >&2

echo "== packaging/dev.sh test" >&2
in_root bash -c 'cd /root/carekiosk && packaging/dev.sh test' > "$debian_root.test.log" 2>&1 \
    || { grep -A 25 "^FAIL!" "$debian_root.test.log" | head -n 80; tail -n 30 "$debian_root.test.log"
         echo "check-fresh-machine: dev.sh test FAILED"; exit 1; }
grep -E "^Installing Debian packages" "$debian_root.test.log" | cut -c1-300
tail -n 4 "$debian_root.test.log"

echo "== packaging/dev.sh run, no display" >&2
set +e
in_root bash -c 'cd /root/carekiosk && packaging/dev.sh run' 2>&1 | tail -n 3
echo "(exit status ${PIPESTATUS[0]})"
set -e

echo "== packaging/dev.sh run, in a virtual screen" >&2
in_root bash -c '
    cd /root/carekiosk
    Xvfb :57 -screen 0 1920x1080x24 -nolisten tcp > /dev/null 2>&1 &
    xvfb=$!
    sleep 2
    DISPLAY=:57 packaging/dev.sh run > /tmp/run.log 2>&1 &
    kiosk=$!    # dev.sh execs the kiosk: the same process
    sleep 25
    DISPLAY=:57 import -window root /tmp/run.png
    kill -TERM "$kiosk"
    wait "$kiosk"
    echo "(the kiosk exited with status $? after SIGTERM)"
    kill "$xvfb" 2>/dev/null  # it may have gone with its last client
    grep -v "^\[" /tmp/run.log | grep -v "^-- " | tail -n 8'
cp "$debian_root/tmp/run.png" "$screenshot"
echo "screenshot of dev.sh run: $screenshot"
echo "check-fresh-machine: passed"
