#!/usr/bin/env bash
# Checks the C++ formatting (scripts/format.sh --check), builds everything and runs every test through
# CTest, with MariaDB and Redis started for the integration suite.
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
