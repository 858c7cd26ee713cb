#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and runs each one for N seconds,
# starting from its checked-in seed corpus. Fails on the first crash, leak, timeout or sanitizer report.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s, every target)
# New inputs go to build/fuzz/corpus/<target> (the checked-in seeds in tests/fuzz/corpus are never
# modified); a crashing input is saved as build/fuzz/artifacts/<target>/crash-* and its path printed.
# To run for hours: scripts/fuzz.sh 14400 fuzz_html, or run a binary by hand with -jobs/-workers.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
all=(fuzz_json fuzz_realtime fuzz_wechat_xml fuzz_wechat_crypto fuzz_html fuzz_http_request fuzz_signed_ticket)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

declare -A dict=([fuzz_json]=json.dict [fuzz_realtime]=json.dict [fuzz_wechat_xml]=xml.dict
    [fuzz_html]=html.dict [fuzz_http_request]=http_request.dict)
declare -A maxlen=([fuzz_json]=16384 [fuzz_realtime]=4096 [fuzz_wechat_xml]=16384
    [fuzz_wechat_crypto]=8192 [fuzz_html]=65536 [fuzz_http_request]=16384 [fuzz_signed_ticket]=4096)

cmake --preset fuzz >/dev/null
nice -n 10 cmake --build --preset fuzz --target "${targets[@]}"

build=build/fuzz
status=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for t in "${targets[@]}"; do
    corpus=$build/corpus/$t artifacts=$build/artifacts/$t
    mkdir -p "$corpus" "$artifacts"
    args=(-max_total_time="$seconds" -max_len="${maxlen[$t]:-16384}" -rss_limit_mb=2048 -timeout=10
        -artifact_prefix="$artifacts/" -print_final_stats=1)
    [ -n "${dict[$t]:-}" ] && args+=(-dict="tests/fuzz/${dict[$t]}")
    log=$build/fuzz-$t.log
    echo "== $t: ${seconds}s"
    # CPU time as well as wall time: on a busy machine executions per CPU second is the comparable rate.
    if { TIMEFORMAT="time: wall %R s, cpu %U s user + %S s system"; time "$build/tests/fuzz/$t" "${args[@]}" \
        "$corpus" "tests/fuzz/corpus/$t" >"$log" 2>&1; } 2>"$build/time-$t.txt"; then
        # The summary: executions, their rate, coverage (cov = edges, ft = features) and corpus size.
        grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
        grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$log" || true
        cat "$build/time-$t.txt"
    else
        status=1
        echo "!! $t failed: last lines of $log" >&2
        tail -40 "$log" >&2
        ls "$artifacts"/ >&2 || true
    fi
done
exit $status
