#!/usr/bin/env bash
# HTTP benchmark (not a test): wrk on loopback against nextevent-server on SQLite, next to nginx serving a
# static JSON file of the same size in the same run. Prints requests/s and latency percentiles.
# Usage: tests/bench/http_bench.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
seconds=${2:-10}
conns=${3:-64}
server="$build/server/nextevent-server"
[ -x "$server" ] || { echo "build $server first" >&2; exit 1; }
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx (scripts/install-deps.sh)" >&2; exit 1; }

work=$(mktemp -d /tmp/nextevent-bench.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sport=$(free_port); nport=$(free_port)
cleanup() {
    [ -n "${spid:-}" ] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null || true
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$sport NEXTEVENT_LOG_LEVEL=warning NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=100000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=100000000
"$server" seed-demo >/dev/null
"$server" serve 2>"$work/server.log" &
spid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$sport/healthz" >/dev/null && break; sleep 0.05; done

token=$(curl -sf -X POST "http://127.0.0.1:$sport/v2/auth/login" -d '{"username":"staff","password":"staff-demo-pass"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
event=$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$sport/v2/events?search=Meetup" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["id"])')
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$sport/v2/events/$event" > "$work/event.json"

mkdir -p "$work/www"
cp "$work/event.json" "$work/www/event.json"
cat > "$work/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/json;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$nport; root $work/www; }
}
CONF
chmod 755 "$work"
nginx -c "$work/nginx.conf"
sleep 0.3

cat > "$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA

run() {
    local name=$1 url=$2; shift 2
    local out
    out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency "$@" "$url")
    local rps p50 p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Socket errors|Non-2xx' <<<"$out" | tr '\n' ' ' || true)
    printf '%-34s %10s req/s   p50 %-8s p99 %-8s %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
}

echo "wrk -t2 -c$conns -d${seconds}s on $(nproc) cores; body $(wc -c < "$work/event.json") bytes"
run "nginx static event.json" "http://127.0.0.1:$nport/event.json"
run "GET /v2/events/{id} (auth)" "http://127.0.0.1:$sport/v2/events/$event" -s "$work/auth.lua"
run "GET /v2/events?page=1 (auth)" "http://127.0.0.1:$sport/v2/events?page=1" -s "$work/auth.lua"
run "GET /healthz" "http://127.0.0.1:$sport/healthz"
echo "256 keep-alive connections:"
conns=256 run "GET /v2/events/{id} (auth, c=256)" "http://127.0.0.1:$sport/v2/events/$event" -s "$work/auth.lua"
