#!/usr/bin/env bash
# The commands of README.md: "run" builds and starts the kiosk on the
# shipped content; "test" builds and runs every test. Both install what they
# need first and are safe to run again. "fuzz" runs the fuzzers of tests/fuzz.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/.." && pwd)"
build_dir="${CAREKIOSK_BUILD_DIR:-$top/build}"

usage() {
    echo "usage: packaging/dev.sh run [kiosk options] | test [ctest options] | bench | fuzz [SECONDS [FUZZER...]]" \
         "| install-packages ROLE..." >&2
    exit 1
}

packages_for() {
    # Packages whose role list names one of the given roles.
    awk -v roles="$*" '
        BEGIN { n = split(roles, want, " ") }
        /^[[:space:]]*(#|$)/ { next }
        { for (i = 2; i <= NF; i++) for (j = 1; j <= n; j++) if ($i == want[j]) { print $1; next } }
    ' "$here/debian-packages.txt"
}

install_packages() {
    local missing=()
    for pkg in $(packages_for "$@"); do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing Debian packages: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CAREKIOSK_BUILD_TYPE:-RelWithDebInfo}" "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

[ $# -ge 1 ] || usage
command="$1"; shift
case "$command" in
    run)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "dev.sh run: no display (DISPLAY and WAYLAND_DISPLAY are unset). Run it from a desktop session," \
                 "or in a virtual screen (Debian package xvfb): xvfb-run -a -s '-screen 0 1920x1080x24' packaging/dev.sh run" >&2
            exit 1
        fi
        install_packages build
        configure_and_build
        mkdir -p "$top/.local-data"
        if [ "$(id -u)" -eq 0 ]; then
            # Chromium refuses to run its sandbox as root. The installed
            # service runs as the user "carekiosk" with the sandbox on.
            echo "dev.sh run: running as root, so the reader's sandbox is off for this development run" \
                 "(QTWEBENGINE_DISABLE_SANDBOX=1); the installed service keeps it on" >&2
            export QTWEBENGINE_DISABLE_SANDBOX=1
        fi
        exec "$build_dir/app/carekiosk" --content "$top/content" --data "$top/.local-data" \
            --config "$here/carekiosk.conf" "$@"
        ;;
    test)
        install_packages build test
        configure_and_build
        export QT_QPA_PLATFORM=offscreen
        # Chromium refuses to start its sandbox as root; only the tests may switch it off.
        [ "$(id -u)" -ne 0 ] || export QTWEBENGINE_DISABLE_SANDBOX=1
        cd "$build_dir"
        exec ctest --output-on-failure --timeout 600 "$@"
        ;;
    fuzz)
        # The libFuzzer targets of tests/fuzz, all at once, for SECONDS each
        # (default 600); corpora and logs in build/fuzz/run.
        install_packages build test
        seconds="${1:-600}"
        [ $# -eq 0 ] || shift
        exec "$top/tests/fuzz/run-fuzzers.sh" --seconds "$seconds" --build "$build_dir/fuzz" "$@"
        ;;
    install-packages)
        # For the other scripts in packaging/: the packages of the given roles.
        install_packages "$@"
        ;;
    bench)
        install_packages build
        configure_and_build
        exec "$build_dir/bench/carekiosk-bench-content" "$@"
        ;;
    *)
        usage
        ;;
esac
