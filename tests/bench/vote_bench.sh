#!/usr/bin/env bash
# Vote ingestion benchmark (not a test): wrk posts survey responses from distinct anonymous respondents
# (a fresh ne_rid cookie per request) with 200 connections for 30 s against nextevent-server on SQLite,
# then checks that every acknowledged (201) response is stored and counted exactly once.
# Usage: tests/bench/vote_bench.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
seconds=${2:-30}
conns=${3:-200}
server="$build/server/nextevent-server"
[ -x "$server" ] || { echo "build $server first" >&2; exit 1; }

work=$(mktemp -d /tmp/nextevent-votes.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { [ -n "${spid:-}" ] && kill "$spid" 2>/dev/null && wait "$spid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$port NEXTEVENT_LOG_LEVEL=warning NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=100000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=100000000
"$server" seed-demo >/dev/null
"$server" serve 2>"$work/server.log" &
spid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
token=$(curl -sf -X POST "http://127.0.0.1:$port/v2/auth/login" -d '{"username":"staff","password":"staff-demo-pass"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
survey=$(api -X POST "http://127.0.0.1:$port/v2/surveys" -d '{"title":"Bench","isActive":true,"isLive":true,
  "questions":[{"type":"single_choice","text":"Pick","required":true,"options":[{"id":"a","text":"A"},{"id":"b","text":"B"},{"id":"c","text":"C"}]},
               {"type":"rating","text":"Rate","scale":5}]}' | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["id"], d["questions"][1]["id"], d["questions"][0]["id"])')
read -r sid rating_q choice_q <<<"$survey"

cat > "$work/vote.lua" <<LUA
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local options = {"a", "b", "c"}
local counter = 0
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  created = 0
  other = 0
end
function request()
  local t = {}
  for i = 1, 43 do
    local n = math.random(1, #alphabet)
    t[i] = alphabet:sub(n, n)
  end
  counter = counter + 1
  local body = '{"answers":[{"questionId":"$choice_q","optionIds":["' .. options[(counter % 3) + 1] ..
    '"]},{"questionId":"$rating_q","rating":' .. ((counter % 5) + 1) .. '}]}'
  return wrk.format("POST", "/v2/surveys/$sid/responses",
    {["Content-Type"] = "application/json", ["Cookie"] = "ne_rid=" .. table.concat(t)}, body)
end
function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created")
    o = o + thread:get("other")
  end
  io.write(string.format("acknowledged=%d other=%d\n", c, o))
end
LUA

out=$(wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$work/vote.lua" "http://127.0.0.1:$port/")
sleep 2 # let requests still in flight when wrk stopped finish, so the two counts below see the same state
acked=$(sed -n 's/^acknowledged=\([0-9]*\).*/\1/p' <<<"$out")
others=$(sed -n 's/.*other=\([0-9]*\)$/\1/p' <<<"$out")
stored=$(api "http://127.0.0.1:$port/v2/surveys/$sid/live-results" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["totalResponses"])')
rows=$(api "http://127.0.0.1:$port/v2/surveys/$sid/responses.csv" | tail -n +2 | wc -l)
batches=$(curl -sf "http://127.0.0.1:$port/metrics" | awk '/^nextevent_survey_write_batches / {print $2}')
largest=$(curl -sf "http://127.0.0.1:$port/metrics" | awk '/^nextevent_survey_largest_batch / {print $2}')
echo "wrk -t2 -c$conns -d${seconds}s on $(nproc) cores, SQLite"
awk '/Requests\/sec/ {print "responses/s (all requests): " $2} $1=="50%" {print "p50: " $2} $1=="90%" {print "p90: " $2} $1=="99%" {print "p99: " $2}' <<<"$out"
echo "acknowledged (201): $acked, refused/failed: $others"
echo "stored tally total: $stored, stored response rows: $rows, commit batches: $batches (largest $largest)"
# wrk stops counting at the deadline while up to one request per connection is still in flight; those are
# stored and answered after wrk stopped listening. So: stored == rows (counted once), acked <= stored,
# and stored - acked <= connections.
if [ "$stored" = "$rows" ] && [ "$acked" -le "$stored" ] && [ $((stored - acked)) -le "$conns" ]; then
    echo "CHECK OK: every acknowledged response stored and counted exactly once ($((stored - acked)) answered after wrk stopped)"
else
    echo "CHECK FAILED"; exit 1
fi
