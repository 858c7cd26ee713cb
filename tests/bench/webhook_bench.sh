#!/usr/bin/env bash
# WeChat webhook benchmark (not a test): wrk drives nextevent-server on SQLite with
#   1. signed plaintext text messages (a distinct MsgId each), then
#   2. safe-mode (AES) SCAN events of an event's QR code (a distinct follower each, pre-encrypted),
# and reports messages/s with p50/p99, then checks that every answered message was handled exactly once
# (status: accepted == answered, no duplicates) and that scans were recorded.
# Usage: tests/bench/webhook_bench.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
seconds=${2:-20}
conns=${3:-64}
server="$build/server/nextevent-server"
[ -x "$server" ] || { echo "build $server first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d /tmp/nextevent-webhook.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { [ -n "${spid:-}" ] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
token=benchToken2030
aeskey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG
appid=wx2c2769f8efd9abc2
export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$port NEXTEVENT_LOG_LEVEL=warning NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=100000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=100000000 \
    NEXTEVENT_WECHAT_TOKEN=$token NEXTEVENT_WECHAT_AES_KEY=$aeskey NEXTEVENT_WECHAT_APP_ID=$appid \
    NEXTEVENT_WECHAT_AUTO_REPLY="Thanks for your message"
"$server" seed-demo >/dev/null
"$server" serve 2>"$work/server.log" &
spid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
base="http://127.0.0.1:$port"
api() { curl -sf -H "Authorization: Bearer $access" -H 'Content-Type: application/json' "$@"; }
access=$(curl -sf -X POST "$base/v2/auth/login" -d '{"username":"staff","password":"staff-demo-pass"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
event=$(api -X POST "$base/v2/events" -d '{"title":"Bench launch","startDate":"2030-05-01T09:00:00Z","endDate":"2030-05-01T17:00:00Z",
  "wechatConfig":{"interactionCode":"bench2030","scanMessage":"Welcome to the bench launch"}}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')

# Signed queries and, for safe mode, one pre-encrypted SCAN per line ("query<TAB>body").
python3 tests/bench/wechat_scan_messages.py "$work" "$token" "$aeskey" "$appid" "$((seconds * 6000))" bench2030

cat > "$work/common.lua" <<'LUA'
local threads = {}
local n = 0
function setup(thread)
  thread:set("id", n)
  n = n + 1
  table.insert(threads, thread)
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else bad = bad + 1 end
end
function done(summary, latency, requests)
  local o, b = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    b = b + t:get("bad")
  end
  io.write(string.format("answered=%d failed=%d\n", o, b))
end
LUA
cat > "$work/plain.lua" <<LUA
dofile("$work/common.lua")
local query = io.open("$work/plain.query"):read("*a")
local counter = 0
function init(args)
  ok, bad = 0, 0
end
function request()
  counter = counter + 1
  local msgid = tostring(id * 100000000 + counter)
  local body = "<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBenchText" .. id ..
    "0000000000000]]></FromUserName><CreateTime>" .. os.time() .. "</CreateTime><MsgType><![CDATA[text]]></MsgType>" ..
    "<Content><![CDATA[hello]]></Content><MsgId>" .. msgid .. "</MsgId></xml>"
  return wrk.format("POST", "/v2/wechat/webhook?" .. query, {["Content-Type"] = "text/xml"}, body)
end
LUA
cat > "$work/safe.lua" <<LUA
dofile("$work/common.lua")
local lines = {}
local pos = 1
function init(args)
  ok, bad = 0, 0
  local i = 0
  for line in io.lines("$work/safe.lines") do
    if i % n_threads == id then table.insert(lines, line) end
    i = i + 1
  end
end
function request()
  local line = lines[pos]
  pos = pos + 1
  if pos > #lines then pos = 1 end
  local tab = line:find("\t", 1, true)
  return wrk.format("POST", "/v2/wechat/webhook?" .. line:sub(1, tab - 1), {["Content-Type"] = "text/xml"}, line:sub(tab + 1))
end
LUA
sed -i "s/n_threads/2/" "$work/safe.lua"

status() { api "$base/v2/wechat/status" | python3 -c "import json,sys; w=json.load(sys.stdin)['data']['webhook']; print(w['accepted'], w['duplicates'], w['rejected'])"; }
report() {
    awk '/Requests\/sec/ {print "  messages/s: " $2} $1=="50%" {print "  p50: " $2} $1=="99%" {print "  p99: " $2}' <<<"$1"
    sed -n 's/^answered=/  answered=/p' <<<"$1"
}
echo "wrk -t2 -c$conns -d${seconds}s on $(nproc) cores, SQLite"
echo "plaintext text messages:"
plain=$(wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$work/plain.lua" "$base/")
report "$plain"
read -r acc1 dup1 rej1 <<<"$(status)"
echo "safe-mode SCAN events:"
safe=$(wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$work/safe.lua" "$base/")
report "$safe"
read -r acc2 dup2 rej2 <<<"$(status)"
answered=$(( $(sed -n 's/^answered=\([0-9]*\).*/\1/p' <<<"$plain") + $(sed -n 's/^answered=\([0-9]*\).*/\1/p' <<<"$safe") ))
echo "server: accepted=$acc2 duplicates=$dup2 rejected=$rej2 (after plaintext: $acc1/$dup1/$rej1)"
# wrk stops counting at the deadline with up to one request per connection in flight; those are handled too.
if [ "$rej2" = 0 ] && [ "$dup2" = 0 ] && [ "$acc2" -ge "$answered" ] && [ $((acc2 - answered)) -le $((2 * conns)) ]; then
    echo "CHECK OK: every answered message handled exactly once, none refused"
else
    echo "CHECK FAILED (answered=$answered)"; exit 1
fi
