#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang-14 with ASan and UBSan),
# replays every regression input of tests/data/fuzz, then runs the fuzzers all
# at once for SECONDS each, seeded from the shipped content, the sample
# configuration, tests/data and tests/fuzz/seeds. Fails on any crash, broken
# property, leak, hang (-timeout) or memory blow-up (-rss_limit_mb).
# CI runs it for 60 s (the fuzz_smoke test); by hand: packaging/dev.sh fuzz 3600.
#
# usage: run-fuzzers.sh [--seconds N] [--build DIR] [--work DIR] [--timeout S] [FUZZER...]
#   --build  where the fuzz project is built   (default: build/fuzz)
#   --work   corpora, logs and crash inputs     (default: BUILD/run)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
top="$(cd "$here/../.." && pwd)"
seconds=60
build_dir="$top/build/fuzz"
work_dir=""
# Wall-clock seconds for one input. Every fuzzer shares the machine's cores
# with the others, so this is generous: a real hang never ends.
timeout=25
fuzzers=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build) build_dir="$2"; shift 2 ;;
        --work) work_dir="$2"; shift 2 ;;
        --timeout) timeout="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0" >&2; exit 0 ;;
        *) fuzzers+=("$1"); shift ;;
    esac
done
work_dir="${work_dir:-$build_dir/run}"
[ ${#fuzzers[@]} -gt 0 ] || fuzzers=(article articlepage articleurl callbackform csv markdown mediafile passwordfile
                                     phonenumber readability searchquery sentences settings)

# The longest input worth trying: about the largest real one of each kind.
max_len() {
    case "$1" in
        article) echo 16384 ;;
        markdown|passwordfile|settings) echo 8192 ;;
        readability|sentences) echo 4096 ;;
        articlepage|callbackform|csv) echo 2048 ;;
        articleurl|mediafile|searchquery) echo 512 ;;
        phonenumber) echo 128 ;;
        *) echo 4096 ;;
    esac
}

# Adds `text` to corpus folder $1 as one seed file.
add_seed_text() {
    local folder="$1" text="$2"
    printf '%s' "$text" > "$folder/seed-$(printf '%s' "$text" | sha1sum | cut -c1-16)"
}

# Copies the files given after the folder into it as seeds.
add_seed_files() {
    local folder="$1"; shift
    local file
    for file in "$@"; do
        [ -f "$file" ] && cp "$file" "$folder/seed-$(printf '%s' "${file#"$top"/}" | tr '/' '_')"
    done
    return 0
}

seed_corpus() {
    local fuzzer="$1" folder="$2"
    mkdir -p "$folder"
    [ -d "$here/seeds/$fuzzer" ] && add_seed_files "$folder" "$here/seeds/$fuzzer"/*
    local articles=("$top"/content/*/*.md "$top"/tests/data/*/*/*.md "$top"/tests/data/*/*/*/*.md)
    case "$fuzzer" in
        article|markdown|readability|sentences)
            add_seed_files "$folder" "${articles[@]}" ;;
        articlepage)
            add_seed_files "$folder" "$top"/content/en/knee-osteoarthritis.md "$top"/content/es/migraine.md ;;
        settings)
            add_seed_files "$folder" "$top/packaging/carekiosk.conf" ;;
        searchquery)
            local title
            while IFS= read -r title; do add_seed_text "$folder" "$title"; done \
                < <(sed -n 's/^title: *"\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$top"/content/*/*.md | head -60)
            ;;
        articleurl)
            local url
            while IFS= read -r url; do add_seed_text "$folder" "$url"; done \
                < <(sed -n 's/^ *url: *"\(.*\)"$/\1/p' "$top"/content/en/*.md | sort -u | head -20)
            ;;
        phonenumber)
            local phone
            while IFS= read -r phone; do add_seed_text "$folder" "US"$'\n'"$phone"; done \
                < <(sed -n 's/^phone=//p' "$top/packaging/carekiosk.conf")
            ;;
    esac
}

# The figures of one finished run, from libFuzzer's log.
summary_of() {
    local log="$1"
    local runs cov corpus cpu
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    cov="$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1)"
    cpu="$(sed -n 's/^cpu seconds: *//p' "$log" | tail -1)"
    echo "runs ${runs:-?}, $cov, cpu ${cpu:-?} s"
}

echo "== building the fuzzers in $build_dir" >&2
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$build_dir" --parallel 2 -- $(printf 'fuzz_%s ' "${fuzzers[@]}")

# Thirteen fuzzers at once: a quarter of ASan's default quarantine for freed
# memory keeps a short run near 150 MB each instead of up to 400, and still catches a use
# after free within the last 64 MB freed.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=1:quarantine_size_mb=64"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}${UBSAN_OPTIONS:+:}print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen

failed=0
echo "== replaying the regression inputs of tests/data/fuzz" >&2
for fuzzer in "${fuzzers[@]}"; do
    inputs=("$top/tests/data/fuzz/$fuzzer"/*)
    [ -e "${inputs[0]}" ] || continue
    if ! "$build_dir/fuzz_$fuzzer" -timeout="$timeout" -rss_limit_mb=2048 "${inputs[@]}" \
            > "$build_dir/replay-$fuzzer.log" 2>&1; then
        echo "FAIL fuzz_$fuzzer: a regression input fails again (log: $build_dir/replay-$fuzzer.log)" >&2
        tail -30 "$build_dir/replay-$fuzzer.log" >&2
        failed=1
    fi
done

echo "== fuzzing ${fuzzers[*]} for $seconds s each, all at once; logs in $work_dir" >&2
mkdir -p "$work_dir/artifacts"
pids=()
for fuzzer in "${fuzzers[@]}"; do
    seed_corpus "$fuzzer" "$work_dir/corpus/$fuzzer"
    dictionary=()
    [ -f "$here/dictionaries/$fuzzer.dict" ] && dictionary=(-dict="$here/dictionaries/$fuzzer.dict")
    (
        status=0
        nice -n 19 "$build_dir/fuzz_$fuzzer" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 \
            -max_len="$(max_len "$fuzzer")" "${dictionary[@]}" -print_final_stats=1 \
            -artifact_prefix="$work_dir/artifacts/$fuzzer-" "$work_dir/corpus/$fuzzer" || status=$?
        # The CPU time the fuzzer actually got: on a shared machine far less than its wall time.
        # (`times` straight into a file: in a pipe it would time the pipe's own subshell.)
        times > "$work_dir/$fuzzer.times"
        awk 'END { split($1, u, /[ms]/); split($2, s, /[ms]/); printf "cpu seconds: %.1f\n", u[1]*60+u[2]+s[1]*60+s[2] }' \
            "$work_dir/$fuzzer.times"
        rm -f "$work_dir/$fuzzer.times"
        exit "$status"
    ) > "$work_dir/$fuzzer.log" 2>&1 &
    pids+=($!)
done

for index in "${!fuzzers[@]}"; do
    fuzzer="${fuzzers[$index]}"
    if wait "${pids[$index]}"; then
        echo "ok   fuzz_$fuzzer: $(summary_of "$work_dir/$fuzzer.log")" >&2
    else
        failed=1
        echo "FAIL fuzz_$fuzzer: $(summary_of "$work_dir/$fuzzer.log")" >&2
        grep -E 'PROPERTY BROKEN|ERROR: |SUMMARY: |Test unit written' -A2 "$work_dir/$fuzzer.log" | head -20 >&2 || true
        echo "  Save the input as tests/data/fuzz/$fuzzer/<short-name> and fix the code." >&2
    fi
done
exit "$failed"
