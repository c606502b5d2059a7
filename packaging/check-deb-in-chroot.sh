#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 root made with debootstrap (no
# container), the way clinic IT would install it, and checks it there:
#   carekiosk --version
#   carekiosk check-content /usr/share/carekiosk/content
# Usage: packaging/check-deb-in-chroot.sh [DEB]   (as root; default: builds it)
# Needs network access to a Debian mirror (CAREKIOSK_MIRROR, default deb.debian.org).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=packaging/debian-root.sh
. "$here/debian-root.sh"
require_root
"$here/dev.sh" install-packages chroot >&2
deb="${1:-$("$here/build-deb.sh")}"
make_debian_root
root="$debian_root"
cp "$deb" "$root/tmp/"

echo "== apt-get install ./$(basename "$deb")" >&2
in_root apt-get update -q > /dev/null
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    > "$root.install.log" 2>&1 || { tail -n 30 "$root.install.log" >&2; exit 1; }
grep -E "^(Unpacking|Setting up) carekiosk" "$root.install.log" >&2

echo "== checks" >&2
in_root env QT_QPA_PLATFORM=offscreen carekiosk --version
in_root carekiosk check-content /usr/share/carekiosk/content | tail -n 3
in_root getent passwd carekiosk
in_root stat -c '%A %U %n' /var/lib/carekiosk /etc/carekiosk/carekiosk.conf /lib/systemd/system/carekiosk.service
echo "size of the .deb: $(stat -c %s "$deb") bytes; installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
echo "root with all dependencies: $(du -sh --exclude=proc --exclude=sys --exclude=dev "$root" | cut -f1)"
echo "check-deb-in-chroot: passed"
