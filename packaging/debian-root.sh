# Sourced by the scripts that check CareKiosk in a clean Debian 12 root made
# with debootstrap (no container): make_debian_root makes one, with /proc,
# /sys, /dev and a private /dev/shm mounted and name resolution copied in;
# in_root runs a command there with a plain environment; the root is
# unmounted and removed when the script exits. As root only.
# Needs network access to a Debian mirror (CAREKIOSK_MIRROR, default deb.debian.org).

debian_root=""

remove_debian_root() {
    [ -n "$debian_root" ] || return 0
    for mount in dev/shm dev/pts dev proc sys; do
        mountpoint -q "$debian_root/$mount" && umount -l "$debian_root/$mount"
    done
    rm -rf "$debian_root" "$debian_root".*.log
}

require_root() {
    [ "$(id -u)" -eq 0 ] || { echo "$(basename "$0"): run as root (debootstrap and chroot need it)" >&2; exit 1; }
}

make_debian_root() {
    local mirror="${CAREKIOSK_MIRROR:-http://deb.debian.org/debian}"
    debian_root="$(mktemp -d /tmp/carekiosk-root.XXXXXX)"
    trap remove_debian_root EXIT
    echo "== debootstrap --variant=minbase bookworm into $debian_root" >&2
    debootstrap --variant=minbase bookworm "$debian_root" "$mirror" > "$debian_root.debootstrap.log" 2>&1 \
        || { tail -n 20 "$debian_root.debootstrap.log" >&2; exit 1; }
    mount -t proc proc "$debian_root/proc"
    mount -t sysfs sys "$debian_root/sys"
    mount --bind /dev "$debian_root/dev"
    mount --bind /dev/pts "$debian_root/dev/pts"
    mount -t tmpfs -o mode=1777 shm "$debian_root/dev/shm"
    cp /etc/resolv.conf "$debian_root/etc/resolv.conf"
}

in_root() {
    chroot "$debian_root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}
