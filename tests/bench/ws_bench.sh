#!/usr/bin/env bash
# /ws fan-out benchmark (not a test): nextevent-server on SQLite, one live survey, ws_load subscribing
# (a) 10,000 clients (floor comparison, single-update fan-out, 1,000 votes/s for 10 s) and (b) as many as the
# machine allows. Usage: tests/bench/ws_bench.sh [BUILD_DIR] [CONNS_A] [CONNS_B]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
conns_a=${2:-10000}
conns_b=${3:-19000}
server="$build/server/nextevent-server"
load="$build/tests/bench/ws_load"
[ -x "$server" ] && [ -x "$load" ] || { echo "build nextevent-server and ws_load first" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)"
echo "fd limit $(ulimit -n), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

run_server() {
    work=$(mktemp -d /tmp/nextevent-ws.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$port NEXTEVENT_LOG_LEVEL=warning NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=100000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=100000000
    export NEXTEVENT_WS_MAX_CONNECTIONS=$(( $(ulimit -n) - 200 ))
    "$server" seed-demo >/dev/null
    "$server" serve 2>"$work/server.log" &
    spid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
    token=$(curl -sf -X POST "http://127.0.0.1:$port/v2/auth/login" -d '{"username":"staff","password":"staff-demo-pass"}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
    api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
    read -r sid qid < <(api -X POST "http://127.0.0.1:$port/v2/surveys" -d '{"title":"WS bench","isActive":true,"isLive":true,
      "questions":[{"type":"single_choice","text":"Pick","required":true,"options":[{"id":"a","text":"A"},{"id":"b","text":"B"}]}]}' |
        python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["id"], d["questions"][0]["id"])')
    api -X POST "http://127.0.0.1:$port/v2/surveys/$sid/state" -d '{"isLive":true,"resultsVisible":true}' >/dev/null
}
stop_server() { kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true; rm -rf "$work"; spid=; }
trap '[ -n "${spid:-}" ] && stop_server' EXIT

echo "== (a) $conns_a subscribers: floor, single-update fan-out, 1000 votes/s for 10 s"
run_server
"$load" --port "$port" --survey "$sid" --question "$qid" --conns "$conns_a" --procs 2 --sources 4 \
    --server-pid "$spid" --votes 10000 --rate 1000 --singles 5 | tee /tmp/ws_bench_a.txt
echo "load average after (a): $(cut -d' ' -f1-3 /proc/loadavg)"
stop_server

echo "== (b) $conns_b subscribers (the most the machine allows)"
run_server
"$load" --port "$port" --survey "$sid" --question "$qid" --conns "$conns_b" --procs 2 --sources 4 \
    --server-pid "$spid" --votes 0 --singles 3 --floor 0 | tee /tmp/ws_bench_b.txt
echo "server log tail:"; tail -3 "$work/server.log" || true
stop_server
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== summary"
for f in /tmp/ws_bench_a.txt /tmp/ws_bench_b.txt; do
    grep -E '^(FLOOR|CONNECTED|server after|FANOUT|VOTES|UPDATES|FINAL)' "$f" | sed "s|^|$(basename "$f" .txt): |"
done
