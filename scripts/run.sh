#!/usr/bin/env bash
# Installs what is missing, builds, and runs NextEvent: the server on the embedded store with demo data,
# and the console too when a display is available. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --no-test
cmake --preset default >/dev/null
cmake --build --preset default

export NEXTEVENT_DATA_DIR=${NEXTEVENT_DATA_DIR:-$PWD/var}
server=build/default/server/nextevent-server
"$server" migrate
"$server" seed-demo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/default/desktop/nextevent-console ]; then
    "$server" serve &
    server_pid=$!
    trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null' EXIT
    build/default/desktop/nextevent-console
else
    exec "$server" serve
fi
