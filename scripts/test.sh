#!/usr/bin/env bash
# Checks the C++ formatting (scripts/format.sh --check), builds everything and runs every test through
# CTest, with MariaDB and Redis started for the integration suite, then runs each libFuzzer target briefly
# (NEXTEVENT_FUZZ_SECONDS per target, 15 by default; 0 skips them).
# Usage: scripts/test.sh [PRESET]   (default, debug, asan, server-only)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}

scripts/install-deps.sh
scripts/format.sh --check
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

state=$(mktemp -d /tmp/nextevent-test.XXXXXX)
trap 'scripts/test-services.sh stop "$state"; rm -rf "$state"' EXIT
eval "$(scripts/test-services.sh start "$state")"
export NEXTEVENT_TEST_ARTIFACTS=${NEXTEVENT_TEST_ARTIFACTS:-$PWD/build/$preset/artifacts}
mkdir -p "$NEXTEVENT_TEST_ARTIFACTS"
ctest --preset "$preset" -j2 --timeout 600

# Fuzzing: the fuzz preset builds only the fuzz targets' libraries (with clang); each target runs over its
# seed corpus and mutates for NEXTEVENT_FUZZ_SECONDS. A crash fails the run (scripts/fuzz.sh).
fuzz_seconds=${NEXTEVENT_FUZZ_SECONDS:-15}
if [ "$fuzz_seconds" != 0 ]; then
    scripts/fuzz.sh "$fuzz_seconds"
fi
