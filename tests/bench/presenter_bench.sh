#!/usr/bin/env bash
# Presenter mode under a vote flood (a benchmark, not a test): the console's ConsolePagesTest runs its
# presenterUnderVoteFlood case, where wrk posts votes for 5 s (a new respondent each) while the presenter
# window animates the live chart. Prints paint intervals, the longest event-loop gap and the responses
# stored, and checks that the chart ends on exactly the server's counts.
# Usage: tests/bench/presenter_bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
binary="$build/tests/desktop/desktop_ConsolePagesTest"
[ -x "$binary" ] || { echo "build $binary first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "needs wrk (scripts/install-deps.sh)" >&2; exit 1; }
export QT_QPA_PLATFORM="offscreen:configfile=$PWD/$build/tests/desktop/screens.json"
export NEXTEVENT_BENCH_PRESENTER_FLOOD=1
"$binary" presenterUnderVoteFlood 2>&1 | grep -E "vote flood|PASS|FAIL|Totals"
