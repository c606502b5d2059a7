#!/usr/bin/env bash
# The AT-SPI audit: the real kiosk in its own X server (Xvfb, 1920x1080) and
# its own accessibility bus, read by atspi_audit.py through pyatspi as a
# screen reader would. Run inside dbus-run-session (see tests/CMakeLists.txt).
# Usage: atspi-audit.sh CAREKIOSK_BINARY SOURCE_DIR
set -euo pipefail

binary="$1"
source_dir="$2"
work="$(mktemp -d)"
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

/usr/libexec/at-spi-bus-launcher --launch-immediately > "$work/bus.log" 2>&1 &
pids+=($!)

display=95
while [ -e "/tmp/.X${display}-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp > "$work/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=":$display"
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done

# The sample configuration, with the shortest idle time so the prompt comes soon.
sed 's/^idle_timeout_seconds=90$/idle_timeout_seconds=15/' "$source_dir/packaging/carekiosk.conf" > "$work/carekiosk.conf"
echo 2468 | "$binary" set-pin --data "$work/data" > /dev/null
unset QT_QPA_PLATFORM
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$binary" --content "$source_dir/content" --config "$work/carekiosk.conf" \
    --data "$work/data" > "$work/kiosk.log" 2>&1 &
pids+=($!)

if ! /usr/bin/python3 "$source_dir/tests/a11y/atspi_audit.py"; then
    echo "--- kiosk log ---" >&2
    tail -n 20 "$work/kiosk.log" >&2
    exit 1
fi
