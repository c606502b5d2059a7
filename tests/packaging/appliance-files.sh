#!/usr/bin/env bash
# The appliance's settings are in the package, and clinic IT can change them:
# installed the way CPack installs them (cmake --install into a DESTDIR: the
# component "configuration", which has every file under /etc),
#   - /etc/sysctl.d/60-carekiosk.conf turns the SysRq keys off,
#   - the logind drop-in starts no getty on other VTs and reserves none,
#   - the getty@tty1 drop-in's condition names the link that
#     `systemctl enable carekiosk` makes (the unit's WantedBy=),
#   - every file under /etc is a conffile, and every conffile is installed;
# and the kiosk user is put in no group, by the unit or by postinst.
# When deb_lintian has built the .deb, its conffiles list is checked too.
# Usage: appliance-files.sh SOURCE_DIR BUILD_DIR
set -euo pipefail

source_dir="$1"
build_dir="$2"
conffiles="$source_dir/packaging/deb/conffiles"
unit="$source_dir/packaging/systemd/carekiosk.service"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT

problems=0
problem() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}

# The value a key last gets in an INI-like file (within SECTION when given),
# comments and blanks around "=" ignored; empty when it is never set.
value_of() {
    local file="$1" key="$2" section="${3:-}"
    awk -v key="$key" -v section="$section" '
        /^[ \t]*[#;]/ { next }
        /^[ \t]*\[/ { current = $0; gsub(/[ \t\[\]]/, "", current); next }
        section != "" && current != section { next }
        {
            line = $0
            split(line, parts, "=")
            name = parts[1]; gsub(/[ \t]/, "", name)
            if (name != key) next
            sub(/^[^=]*=[ \t]*/, "", line); sub(/[ \t]+$/, "", line)
            value = line
        }
        END { print value }' "$file"
}

expect() {
    local file="$1" key="$2" section="$3" wanted="$4"
    local got
    if [ ! -f "$file" ]; then
        problem "${file#"$root"} is not installed"
        return
    fi
    got="$(value_of "$file" "$key" "$section")"
    [ "$got" = "$wanted" ] || problem "${file#"$root"}: $key is '${got}', not '$wanted'"
}

DESTDIR="$root" cmake --install "$build_dir" --component configuration > "$root.install.log" 2>&1 \
    || { cat "$root.install.log" >&2; rm -f "$root.install.log"; exit 1; }
rm -f "$root.install.log"

expect "$root/etc/sysctl.d/60-carekiosk.conf" kernel.sysrq "" 0
expect "$root/etc/systemd/logind.conf.d/carekiosk.conf" NAutoVTs Login 0
expect "$root/etc/systemd/logind.conf.d/carekiosk.conf" ReserveVT Login 0
wanted_by="$(value_of "$unit" WantedBy Install)"
expect "$root/etc/systemd/system/getty@tty1.service.d/carekiosk.conf" ConditionPathExists Unit \
    "!/etc/systemd/system/$wanted_by.wants/carekiosk.service"

# Conffiles: the list and what is installed under /etc are the same files.
while IFS= read -r path; do
    [ -n "$path" ] || continue
    [ -f "$root$path" ] || problem "conffile $path is not installed"
done < "$conffiles"
while IFS= read -r installed; do
    grep -qxF "${installed#"$root"}" "$conffiles" \
        || problem "${installed#"$root"} is installed under /etc but is not in packaging/deb/conffiles"
done < <(find "$root/etc" -type f | sort)

# No group for the kiosk user: neither the unit nor the maintainer scripts add one.
if grep -qE '^[ \t]*(SupplementaryGroups|Group)=' "$unit"; then
    problem "carekiosk.service gives the kiosk a group: $(grep -E '^[ \t]*(SupplementaryGroups|Group)=' "$unit")"
fi
for script in "$source_dir"/packaging/deb/postinst "$source_dir"/packaging/deb/postrm; do
    # "adduser carekiosk GROUP", "usermod -aG GROUP carekiosk", "gpasswd -a carekiosk GROUP"
    if grep -nE '^[^#]*(adduser[ \t]+carekiosk[ \t]|usermod[^#]*-[a-zA-Z]*G|gpasswd[ \t]+-a)' "$script"; then
        problem "$(basename "$script") adds the kiosk user to a group"
    fi
done

# The .deb, when deb_lintian has built one since the list last changed.
deb="$(ls -t "$build_dir"/deb/carekiosk_*_amd64.deb 2> /dev/null | head -n 1 || true)"
if [ -n "$deb" ] && [ "$deb" -nt "$conffiles" ]; then
    if ! diff <(sort "$conffiles") <(dpkg-deb --info "$deb" conffiles | sort) > /dev/null; then
        problem "the conffiles of $(basename "$deb") differ from packaging/deb/conffiles"
    else
        echo "checked the conffiles of $(basename "$deb")"
    fi
else
    echo "no .deb newer than packaging/deb/conffiles in $build_dir/deb: its conffiles were not checked (run deb_lintian first)"
fi

if [ "$problems" -gt 0 ]; then
    echo "appliance-files: $problems problem(s)" >&2
    exit 1
fi
echo "appliance-files: SysRq off, no gettys on other VTs, $(grep -c . "$conffiles") conffiles, the kiosk user in no group"
