#!/usr/bin/env bash
# Side-by-side benchmark (not a test) for issue 22's goals: nextevent-server (SQLite) and the anchors a user
# could pick instead, measured in ONE run on the same machine with wrk over loopback, so the ratios carry:
#   API      GET /v2/events/{id} (authenticated) at 64 / 256 / 2,000 connections
#            vs Gin c.JSON (the seed's Go stack), bare POCO HTTPServer and nginx serving the same bytes
#   pages    /m/events, /m/articles, /m/surveys at 256 connections vs nginx serving the same bytes statically,
#            as first visits (no cookie) and as returning visitors (a respondent id and language cookie each)
#   webhook  safe-mode (AES) SCAN events at 32 connections, each a new follower, checked exactly once
#   votes    survey responses (each a new anonymous respondent) at 200 and 16 connections, checked stored once
#   idle     10,000 idle keep-alive connections held while wrk measures /healthz
# plus the server's peak thread count during each run. Anchors are built from Debian packages (nginx-light,
# golang-go with golang-github-gin-gonic-gin-dev, libpoco-dev), as ../shared/bench-anchors does; one that
# cannot be built is reported and skipped. Prints a markdown table; raw wrk output stays in $SBS_KEEP if set.
# Wrap it in flock when others share the machine:
#   flock /tmp/bench.lock tests/bench/side_by_side.sh [BUILD_DIR]
# Env: SBS_SECONDS (8 per run), SBS_IDLE (10000), SBS_DB_URL (a mysql:// URL to run the server on MariaDB),
#      SBS_ONLY (space-separated subset of: api pages webhook votes idle),
#      SBS_REDIS_URL with SBS_DB_URL: the scale-out set-up instead of one server: two instances sharing the
#      MariaDB and the Redis, behind nginx configured as installers/container/nginx.conf ships (its upstream
#      pointed at the two local ports); every request goes through that proxy, threads are the first
#      instance's. The webhook's exactly-once check reads one instance's counters, so leave it out there.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
build=${1:-build/default}
seconds=${SBS_SECONDS:-8}
idle_count=${SBS_IDLE:-10000}
only=${SBS_ONLY:-api pages webhook votes idle}
server="$build/server/nextevent-server"
[ -x "$server" ] || { echo "build $server first (RelWithDebInfo: cmake --preset default)" >&2; exit 1; }
wants() { [[ " $only " == *" $1 "* ]]; }

# Anchors and tools from Debian, installed when missing and we may (as ../shared/bench-anchors/stage.sh).
need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || need+=(nginx-light)
command -v go >/dev/null || need+=(golang-go)
[ -d /usr/share/gocode/src/github.com/gin-gonic/gin ] || need+=(golang-github-gin-gonic-gin-dev)
[ -f /usr/include/Poco/Net/HTTPServer.h ] || need+=(libpoco-dev)
python3 -c 'import cryptography' 2>/dev/null || need+=(python3-cryptography)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || echo "note: could not install ${need[*]}" >&2
fi
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
nginx=$(command -v nginx || echo /usr/sbin/nginx)

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
work=$(mktemp -d /tmp/nextevent-sbs.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    [ -n "${idle_pid:-}" ] && kill "$idle_pid" 2>/dev/null || true
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    [ -f "$work/proxy.pid" ] && kill "$(cat "$work/proxy.pid")" 2>/dev/null || true
    if [ -n "${SBS_KEEP:-}" ]; then mkdir -p "$SBS_KEEP" && cp -r "$work"/. "$SBS_KEEP"/ 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 200); do curl -s -o /dev/null "$1" && return 0; sleep 0.05; done; return 1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# ---- anchors ----
anchors_note=""
mkdir -p "$work/www"
gin_port=$(free_port)
gin_bin=""
if command -v go >/dev/null && [ -d /usr/share/gocode/src/github.com/gin-gonic/gin ]; then
    mkdir -p "$work/gin"
    cp tests/bench/anchors/gin_json.go "$work/gin/main.go"
    if (cd "$work/gin" && GOPATH=/usr/share/gocode GO111MODULE=off GOPROXY=off GOFLAGS= GOCACHE="${SBS_GOCACHE:-$HOME/.cache/nextevent-sbs-go}" \
        go build -o gin_json main.go) 2>"$work/gin/build.log"; then
        gin_bin="$work/gin/gin_json"
    else
        anchors_note+="Gin anchor did not build ($(head -c 200 "$work/gin/build.log")). "
    fi
else
    anchors_note+="Gin anchor skipped: golang-go / golang-github-gin-gonic-gin-dev not installable here. "
fi
poco_port=$(free_port)
poco_bin=""
if g++ -O2 -std=c++17 tests/bench/anchors/poco_json.cpp -o "$work/poco_json" -lPocoNet -lPocoJSON -lPocoFoundation \
    -lpthread 2>"$work/poco-build.log"; then
    poco_bin="$work/poco_json"
else
    anchors_note+="bare POCO anchor did not build. "
fi
[ -x "$nginx" ] || anchors_note+="nginx anchor skipped: nginx not installable here. "

# ---- the server, seeded ----
sport=$(free_port)
base="http://127.0.0.1:$sport"
token=benchToken2030
aeskey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG
appid=wx2c2769f8efd9abc2
# WeChat token and AES key without an app secret: the webhook is on, the pages do not redirect to OAuth.
export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$sport NEXTEVENT_LOG_LEVEL=warning \
    NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=10000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=10000000 \
    NEXTEVENT_WECHAT_TOKEN=$token NEXTEVENT_WECHAT_AES_KEY=$aeskey NEXTEVENT_WECHAT_APP_ID=$appid \
    NEXTEVENT_WECHAT_AUTO_REPLY="Thanks for your message" NEXTEVENT_HTTP_KEEP_ALIVE_SECONDS=600
[ -n "${SBS_DB_URL:-}" ] && export NEXTEVENT_DB_URL=$SBS_DB_URL
"$server" seed-demo >/dev/null
[ -n "${SBS_REDIS_URL:-}" ] && export NEXTEVENT_REDIS_URL=$SBS_REDIS_URL
"$server" serve 2>"$work/server.log" &
spid=$!
pids+=("$spid")
wait_http "$base/healthz" || { cat "$work/server.log" >&2; exit 1; }
setup_note="one server, $([ -n "${SBS_DB_URL:-}" ] && echo MariaDB || echo SQLite)"
if [ -n "${SBS_REDIS_URL:-}" ]; then
    [ -n "${SBS_DB_URL:-}" ] || { echo "SBS_REDIS_URL needs SBS_DB_URL (instances share one database)" >&2; exit 1; }
    sport2=$(free_port)
    NEXTEVENT_HTTP_PORT=$sport2 "$server" serve 2>"$work/server2.log" &
    pids+=("$!")
    wait_http "http://127.0.0.1:$sport2/healthz" || { cat "$work/server2.log" >&2; exit 1; }
    # The shipped proxy configuration, pointed at this machine's two instances and files.
    pport=$(free_port)
    mkdir -p "$work/proxy-tmp"
    { echo "pid $work/proxy.pid; error_log $work/proxy-error.log warn; user root;"
      sed -e "s/server server1:8080/server 127.0.0.1:$sport/" -e "s/server server2:8080/server 127.0.0.1:$sport2/" \
          -e "s|listen 80;|listen 127.0.0.1:$pport; access_log $work/proxy-access.log;|" \
          -e "s|^http {|http { client_body_temp_path $work/proxy-tmp; proxy_temp_path $work/proxy-tmp;|" \
          installers/container/nginx.conf; } >"$work/proxy.conf"
    "$nginx" -c "$work/proxy.conf" || { echo "the proxy did not start" >&2; exit 1; }
    base="http://127.0.0.1:$pport"
    wait_http "$base/healthz" || { cat "$work/proxy-error.log" >&2; exit 1; }
    setup_note="two instances on MariaDB + Redis behind the shipped nginx configuration"
fi

python3 - "$base" "$work" <<'PY'
import json, sys, urllib.request
base, work = sys.argv[1], sys.argv[2]
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    with urllib.request.urlopen(req) as r:
        return json.load(r)
token = call("POST", "/v2/auth/login", {"username": "staff", "password": "staff-demo-pass"})["data"]["accessToken"]
event = call("GET", "/v2/events?search=Meetup", token=token)["data"]["items"][0]["id"]
survey = call("POST", "/v2/surveys", {
    "title": "Session feedback", "description": "How was it?", "eventId": event, "isActive": True, "isLive": True,
    "resultsVisible": True,
    "questions": [{"type": "single_choice", "text": "Pick", "required": True,
                   "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}, {"id": "c", "text": "C"}]},
                  {"type": "rating", "text": "Rate", "scale": 5},
                  {"type": "text", "text": "Anything else?", "maxLength": 500}]}, token)["data"]
article = call("POST", "/v2/articles", {"title": "Recap", "summary": "What happened", "eventId": event,
               "content": ("<p>" + "活动回顾 NextEvent meetup recap. " * 20 + "</p>") * 8}, token)["data"]
call("POST", f"/v2/articles/{article['id']}/publish", {}, token)
wevent = call("POST", "/v2/events", {"title": "Bench launch", "startDate": "2030-05-01T09:00:00Z",
              "endDate": "2030-05-01T17:00:00Z", "wechatConfig": {"interactionCode": "bench2030",
              "scanMessage": "Welcome to the bench launch"}}, token)["data"]["id"]
with open(f"{work}/ids", "w") as f:
    f.write(f"{token} {event} {survey['id']} {survey['questions'][0]['id']} {survey['questions'][1]['id']} {article['id']}\n")
PY
read -r access event survey choice_q rating_q article <"$work/ids"
echo "wrk -H 'Authorization: Bearer $access'" >/dev/null
cat >"$work/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $access"
LUA

# nginx serves the server's own answers as static files: the API body and each page exactly as wrk gets it.
curl -sf -H "Authorization: Bearer $access" "$base/v2/events/$event" >"$work/www/event.json"
curl -sf "$base/m/events/$event" >"$work/www/event.html"
curl -sf "$base/m/articles/$article" >"$work/www/article.html"
curl -sf "$base/m/surveys/$survey" >"$work/www/survey.html"
nport=$(free_port)
nbase="http://127.0.0.1:$nport"
if [ -x "$nginx" ]; then
    cat >"$work/nginx.conf" <<CONF
user root;
worker_processes 2;
worker_rlimit_nofile 65536;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 16384; use epoll; multi_accept on; }
http {
    access_log off;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_requests 1000000; keepalive_timeout 65;
    open_file_cache max=100 inactive=60s;
    client_body_temp_path $work/nginx-tmp;
    types { application/json json; text/html html; }
    server { listen 127.0.0.1:$nport reuseport backlog=4096; root $work/www; }
}
CONF
    mkdir -p "$work/nginx-tmp"
    "$nginx" -c "$work/nginx.conf"
    wait_http "$nbase/event.json" || { anchors_note+="nginx did not start. "; nginx=""; }
fi
if [ -n "$gin_bin" ]; then
    "$gin_bin" "127.0.0.1:$gin_port" >"$work/gin.log" 2>&1 &
    gin_pid=$!
    pids+=("$gin_pid")
    wait_http "http://127.0.0.1:$gin_port/json" || { anchors_note+="Gin did not start. "; gin_bin=""; }
fi
if [ -n "$poco_bin" ]; then
    "$poco_bin" "$poco_port" 512 >"$work/poco.log" 2>&1 &
    poco_pid=$!
    pids+=("$poco_pid")
    wait_http "http://127.0.0.1:$poco_port/json" || { anchors_note+="bare POCO did not start. "; poco_bin=""; }
fi

# ---- measuring ----
: >"$work/results.tsv"
threads_of() { awk '/^Threads/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
nginx_threads() {
    local master t=0
    master=$(cat "$work/nginx.pid")
    for p in $master $(pgrep -P "$master"); do t=$((t + $(threads_of "$p"))); done
    echo $t
}
# run KEY LABEL CONNS PID|nginx URL [wrk args]: one wrk run; records rps, p50, p99, errors and peak threads.
run() {
    local key=$1 label=$2 conns=$3 who=$4 url=$5
    shift 5
    local peak=0 t out
    wrk -t2 -c"$conns" -d"${seconds}s" --timeout 10s --latency "$@" "$url" >"$work/$key.txt" 2>&1 &
    local w=$!
    while kill -0 "$w" 2>/dev/null; do
        if [ "$who" = nginx ]; then t=$(nginx_threads); else t=$(threads_of "$who"); fi
        [ "${t:-0}" -gt "$peak" ] && peak=$t
        sleep 0.25
    done
    wait "$w" || true
    out=$(cat "$work/$key.txt")
    local rps p50 p99 errs
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errs=$( (grep -E 'Socket errors|Non-2xx' <<<"$out" || true) | tr -s ' ' | tr '\n' ' ')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$key" "$label" "$conns" "${rps:-0}" "${p50:--}" "${p99:--}" "$peak" "${errs:-}" |
        tee -a "$work/results.tsv" >&2
}
warm() { wrk -t2 -c64 -d2s "$@" >/dev/null 2>&1 || true; }

echo "load average before: $(load)" | tee "$work/load" >&2
if wants api; then
    warm -s "$work/auth.lua" "$base/v2/events/$event"
    for c in 64 256 2000; do
        [ -x "$nginx" ] && run "nginx-api-$c" "nginx, the same event JSON static" $c nginx "$nbase/event.json"
        [ -n "$gin_bin" ] && run "gin-$c" 'Gin `c.JSON`' $c "$gin_pid" "http://127.0.0.1:$gin_port/json"
        [ -n "$poco_bin" ] && run "poco-$c" "bare POCO HTTPServer, Poco::JSON" $c "$poco_pid" "http://127.0.0.1:$poco_port/json"
        run "api-$c" 'NextEvent `GET /v2/events/{id}` (auth)' $c "$spid" "$base/v2/events/$event" -s "$work/auth.lua"
    done
fi
if wants pages; then
    # Returning visitors: each request a different phone that was here before (its own respondent id, a
    # language chosen), as the crowd's second look at the page.
    cat >"$work/returning.lua" <<'LUA'
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
function init(args) math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16)) end
function request()
  local t = {}
  for i = 1, 43 do local n = math.random(1, #alphabet); t[i] = alphabet:sub(n, n) end
  return wrk.format("GET", nil, {["Cookie"] = "ne_lang=en; ne_rid=" .. table.concat(t)})
end
LUA
    for page in "event events/$event" "article articles/$article" "survey surveys/$survey"; do
        read -r name path <<<"$page"
        warm "$base/m/$path"
        [ -x "$nginx" ] && run "nginx-$name" "nginx, the same $name page static" 256 nginx "$nbase/$name.html"
        run "page-$name" "NextEvent \`/m/$path\`" 256 "$spid" "$base/m/$path"
        run "page-$name-returning" "NextEvent \`/m/$path\`, returning visitors" 256 "$spid" "$base/m/$path" \
            -s "$work/returning.lua"
    done
fi
if wants idle; then
    python3 tests/bench/idle_conns.py 127.0.0.1 "$sport" "$idle_count" >"$work/idle.out" 2>"$work/idle.err" &
    idle_pid=$!
    for _ in $(seq 600); do grep -qs '^held' "$work/idle.out" && break; sleep 0.2; done
    echo "idle: $(head -1 "$work/idle.out"), server threads $(threads_of "$spid")" >&2
    run "idle-healthz" "\`/healthz\` while $idle_count idle keep-alive connections are held" 64 "$spid" "$base/healthz"
    kill -TERM "$idle_pid"
    wait "$idle_pid" || true
    idle_pid=""
    read -r _ held _ idle_failed <<<"$(head -1 "$work/idle.out")"
    still=$(awk '/^still open/ {print $3}' "$work/idle.out")
fi
if wants webhook; then
    python3 tests/bench/wechat_scan_messages.py "$work" "$token" "$aeskey" "$appid" "$((seconds * 15000))" bench2030
    cat >"$work/safe.lua" <<LUA
local threads = {}
local n = 0
function setup(thread) thread:set("id", n); n = n + 1; table.insert(threads, thread) end
function init(args)
  ok, bad = 0, 0
  lines, pos = {}, 1
  local i = 0
  for line in io.lines("$work/safe.lines") do
    if i % 2 == id then table.insert(lines, line) end
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
function response(status, headers, body) if status == 200 then ok = ok + 1 else bad = bad + 1 end end
function done(summary, latency, requests)
  local o, b = 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("bad") end
  io.write(string.format("answered=%d failed=%d\n", o, b))
end
LUA
    run "webhook-32" "NextEvent safe-mode SCAN webhook" 32 "$spid" "$base/" -s "$work/safe.lua"
    webhook_answered=$(sed -n 's/^answered=\([0-9]*\).*/\1/p' "$work/webhook-32.txt")
    read -r wh_acc wh_dup wh_rej <<<"$(curl -sf -H "Authorization: Bearer $access" "$base/v2/wechat/status" |
        python3 -c "import json,sys; w=json.load(sys.stdin)['data']['webhook']; print(w['accepted'], w['duplicates'], w['rejected'])")"
fi
if wants votes; then
    cat >"$work/vote.lua" <<LUA
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local options = {"a", "b", "c"}
local counter = 0
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16))
  created, other = 0, 0
end
function request()
  local t = {}
  for i = 1, 43 do local n = math.random(1, #alphabet); t[i] = alphabet:sub(n, n) end
  counter = counter + 1
  local body = '{"answers":[{"questionId":"$choice_q","optionIds":["' .. options[(counter % 3) + 1] ..
    '"]},{"questionId":"$rating_q","rating":' .. ((counter % 5) + 1) .. '}]}'
  return wrk.format("POST", "/v2/surveys/$survey/responses",
    {["Content-Type"] = "application/json", ["Cookie"] = "ne_rid=" .. table.concat(t)}, body)
end
function response(status, headers, body) if status == 201 then created = created + 1 else other = other + 1 end end
function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do c = c + t:get("created"); o = o + t:get("other") end
  io.write(string.format("acknowledged=%d other=%d\n", c, o))
end
LUA
    votes_acked=0
    for c in 200 16; do
        run "votes-$c" "NextEvent survey responses (durable)" $c "$spid" "$base/" -s "$work/vote.lua"
        votes_acked=$((votes_acked + $(sed -n 's/^acknowledged=\([0-9]*\).*/\1/p' "$work/votes-$c.txt")))
    done
    # Requests in flight when wrk stopped are still answered; poll until the stored count settles.
    prev=-1
    for _ in $(seq 50); do
        stored=$(curl -sf -H "Authorization: Bearer $access" "$base/v2/surveys/$survey/live-results" |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["totalResponses"])')
        [ "$stored" = "$prev" ] && break
        prev=$stored
        sleep 0.2
    done
    rows=$(curl -sf -H "Authorization: Bearer $access" "$base/v2/surveys/$survey/responses.csv" | tail -n +2 | wc -l)
fi
echo "load average after: $(load)" | tee -a "$work/load" >&2
metrics=$(curl -sf "$base/metrics" || true)

# ---- report ----
python3 - "$work" "$(nproc)" "$seconds" "$anchors_note" "$setup_note" <<PY
import sys
work, cores, seconds, note, setup = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
rows = {}
for line in open(f"{work}/results.tsv"):
    key, label, conns, rps, p50, p99, threads, errs = (line.rstrip("\n").split("\t") + [""] * 8)[:8]
    rows[key] = dict(label=label, conns=conns, rps=float(rps or 0), p50=p50, p99=p99, threads=threads, errs=errs.strip())
def ms(v):
    if v in ("", "-"): return None
    for unit, f in (("us", 0.001), ("ms", 1), ("s", 1000)):
        if v.endswith(unit) and v[:-len(unit)].replace(".", "").isdigit():
            return float(v[:-len(unit)]) * f
    return None
def fmt_ms(v):
    x = ms(v)
    return "—" if x is None else (f"{x:.2f} ms" if x < 10 else f"{x:.0f} ms" if x >= 100 else f"{x:.1f} ms")
def line(key, ratio_to=()):
    r = rows.get(key)
    if not r: return
    ratios = []
    for other in ratio_to:
        o = rows.get(other)
        if o and o["rps"]:
            ratios.append(f"{r['rps'] / o['rps']:.2f}× {other.split('-')[0]}")
    print(f"| {r['label']} | {r['conns']} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | {fmt_ms(r['p99'])} | {r['threads']} | "
          f"{', '.join(ratios) or '—'} | {r['errs'] or '—'} |")
head = "| what | conns | req/s | p50 | p99 | peak threads | ratio | errors |\n|---|---|---|---|---|---|---|---|"
load = open(f"{work}/load").read().split("\n")
print(f"\nside_by_side.sh: {setup}; {cores} cores, wrk -t2 -d{seconds}s, loopback; {load[0]}; {load[1]}")
if note: print(f"anchors: {note}")
if any(k.startswith("api-") for k in rows):
    print("\n**API**\n\n" + head)
    for c in ("64", "256", "2000"):
        for k in (f"nginx-api-{c}", f"gin-{c}", f"poco-{c}"): line(k)
        line(f"api-{c}", (f"gin-{c}", f"nginx-api-{c}"))
if any(k.startswith("page-") for k in rows):
    print("\n**Mobile pages**\n\n" + head)
    for p in ("event", "article", "survey"):
        line(f"nginx-{p}")
        line(f"page-{p}", (f"nginx-{p}",))
        line(f"page-{p}-returning", (f"nginx-{p}",))
for k, title in (("webhook-32", "Webhook"), ("votes-200", "Survey responses"), ("idle-healthz", "Idle keep-alive connections")):
    if k in rows:
        print(f"\n**{title}**\n\n" + head)
        line(k)
        if k == "votes-200": line("votes-16")
PY
if wants idle; then
    echo
    echo "idle: $held of $idle_count connections answered and held (${idle_failed} failed), $still still open after the /healthz run; server threads while held: see the idle row"
fi
failed=0
if wants webhook; then
    ok=no
    [ "$wh_rej" = 0 ] && [ "$wh_dup" = 0 ] && [ "$wh_acc" -ge "$webhook_answered" ] && [ $((wh_acc - webhook_answered)) -le 64 ] && ok=yes
    [ $ok = yes ] || failed=1
    echo "webhook: answered $webhook_answered, server accepted=$wh_acc duplicates=$wh_dup rejected=$wh_rej; exactly once: $ok"
    echo "webhook group commit: $(grep -E '^nextevent_wechat_(write_batches|largest_batch) ' <<<"$metrics" | tr '\n' ' ')"
fi
if wants votes; then
    ok=no
    [ "$stored" = "$rows" ] && [ "$votes_acked" -le "$stored" ] && [ $((stored - votes_acked)) -le 216 ] && ok=yes
    [ $ok = yes ] || failed=1
    echo "votes: acknowledged $votes_acked, stored tally $stored, stored rows $rows; stored once: $ok"
    echo "group commit: $(grep -E '^nextevent_survey_(write_batches|largest_batch) ' <<<"$metrics" | tr '\n' ' ')"
fi
exit $failed
