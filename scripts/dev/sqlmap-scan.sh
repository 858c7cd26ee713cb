#!/usr/bin/env bash
# Runs sqlmap (Debian package `sqlmap`) against every parameterised route of a fresh server with demo data,
# on SQLite and, when NEXTEVENT_TEST_MYSQL_URL-style access is given as MYSQL_URL=mysql://..., on MariaDB.
# Not part of the test suite (it takes minutes); the README's Security section records the last run.
#   scripts/dev/sqlmap-scan.sh [build/default/server/nextevent-server]
set -euo pipefail
cd "$(dirname "$0")/../.."
server=${1:-build/default/server/nextevent-server}
command -v sqlmap >/dev/null || { echo "sqlmap-scan: apt-get install sqlmap" >&2; exit 2; }
work=$(mktemp -d /tmp/nextevent-sqlmap.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
export NEXTEVENT_ENV=development NEXTEVENT_DATA_DIR=$work/data NEXTEVENT_HTTP_PORT=$port NEXTEVENT_LOG_LEVEL=warning \
    NEXTEVENT_LOGIN_ATTEMPTS_PER_MINUTE=100000 NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=10000000 \
    NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=10000000
[ -n "${MYSQL_URL:-}" ] && export NEXTEVENT_DB_URL=$MYSQL_URL
"$server" migrate >/dev/null 2>&1
credentials=$("$server" seed-demo 2>/dev/null)
"$server" serve >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 100); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.1; done
# seed-demo prints "  admin / PASSWORD  (admin)".
password=$(printf '%s\n' "$credentials" | awk '$1 == "admin" && $2 == "/" {print $3; exit}')
token=$(curl -fs "$base/v2/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
get() { curl -fs "$base$1" -H "Authorization: Bearer $token"; }
event=$(get "/v2/events?pageSize=100" | python3 -c 'import json,sys; items=json.load(sys.stdin)["data"]["items"]; print(next(e["id"] for e in items if e["counts"]["registered"] > 0))')
post() { curl -fs "$base$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$2"; }
id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])'; }
survey=$(post /v2/surveys '{"title":"Scan","isActive":true,"isLive":true,"resultsVisible":true,"questions":[{"type":"rating","text":"Score","scale":5}]}' | id)
article=$(post /v2/articles '{"title":"Scan","content":"<p>x</p>"}' | id)
post "/v2/articles/$article/publish" '{}' >/dev/null
code=$(get "/v2/events/$event/attendees?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["checkInCode"])')

# sqlmap marks injection points with *: query parameters are tested by default, path segments where marked.
targets=(
    "/v2/events?search=a&status=published&sort=title&order=asc&page=1&pageSize=5"
    "/v2/events/$event*"
    "/v2/events/$event*/attendees?search=abc&status=registered&sort=name"
    "/v2/articles?search=a&sort=title&page=1"
    "/v2/articles/$article*"
    "/v2/surveys?search=a&sort=title"
    "/v2/surveys/$survey*/live-results?includeChartData=true"
    "/v2/users?search=adm&sort=username"
    "/v2/events/$event*/analytics"
    "/m/events/$event*?lang=en"
    "/m/tickets/$code*"
    "/m/surveys/$survey*"
    "/m/articles/$article*"
)
[ -n "${SQLMAP_DRY:-}" ] && { echo "event=$event survey=$survey article=$article code=$code"; exit 0; }
found=0
for t in "${targets[@]}"; do
    echo "== $t"
    out=$(sqlmap -u "$base$t" --headers="Authorization: Bearer $token" --batch --level=2 --risk=1 \
        --time-sec=2 --output-dir="$work/sqlmap" --disable-coloring 2>&1 || true)
    if printf '%s\n' "$out" | grep -qiE 'is vulnerable|identified the following injection point'; then
        found=1; printf '%s\n' "$out" | grep -iE 'vulnerable|injection point|Parameter:' || true
    else
        printf '%s\n' "$out" | grep -iE 'all tested parameters|do not appear to be injectable|not injectable' | head -2 || true
    fi
done
echo "== POST /v2/auth/login (JSON body)"
out=$(sqlmap -u "$base/v2/auth/login" --data='{"username":"admin*","password":"x*"}' \
    --headers='Content-Type: application/json' --batch --level=2 --risk=1 --time-sec=2 \
    --output-dir="$work/sqlmap" --disable-coloring 2>&1 || true)
printf '%s\n' "$out" | grep -iE 'vulnerable|injection point|not injectable|all tested' | head -3 || true
printf '%s\n' "$out" | grep -qiE 'is vulnerable|identified the following injection point' && found=1
[ "$found" = 0 ] && echo "sqlmap-scan: no injection found" || { echo "sqlmap-scan: INJECTION FOUND"; exit 1; }
