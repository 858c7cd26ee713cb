#!/usr/bin/env bash
# Live interaction benchmark (issue 15; a benchmark, not a test): nextevent-server on SQLite and ws_load's
# subscribers, in three runs —
#  (1) a word cloud with SUBS phones subscribed to survey:ID and 1,000 words/s for 10 s (one to three words an
#      answer, a 300-word Latin and Chinese vocabulary): every phone must end on the final cloud;
#  (2) Q&A: 2,000 votes/s for 10 s spread over 200 approved questions, SUBS phones on qa:EVENT: every phone must
#      end on the final vote counts (each vote a new respondent, so the sum of votes counts the acknowledged ones);
#  (3) a presenter-paced quiz: 5,000 answers in 3 s to the open question, SUBS phones on survey:ID; then the
#      reveal (POST …/state) and the time until GET …/leaderboard answers.
# Prints ws_load's lines (VOTES = acknowledged posts, FINAL = phones that ended on the final state and their
# lag behind the last acknowledgement) plus server RSS and threads.
# Usage: [IB_ONLY="cloud qa quiz"] tests/bench/interaction_bench.sh [BUILD_DIR] [SUBS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/default}
subs=${2:-2000}
server="$build/server/nextevent-server"
load="$build/tests/bench/ws_load"
[ -x "$server" ] && [ -x "$load" ] || { echo "build nextevent-server and ws_load first" >&2; exit 1; }
ulimit -n "$(ulimit -Hn)"
echo "fd limit $(ulimit -n), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg), $subs subscribers"

run_server() {
    work=$(mktemp -d /tmp/nextevent-live.XXXXXX)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    export NEXTEVENT_DATA_DIR="$work/data" NEXTEVENT_HTTP_PORT=$port NEXTEVENT_LOG_LEVEL=warning
    export NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE=10000000 NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE=10000000
    export NEXTEVENT_WS_MAX_CONNECTIONS=$(($(ulimit -n) - 200))
    "$server" seed-demo >/dev/null
    "$server" serve 2>"$work/server.log" &
    spid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
    token=$(curl -sf -X POST "http://127.0.0.1:$port/v2/auth/login" -d '{"username":"staff","password":"staff-demo-pass"}' |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["accessToken"])')
}
api() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
stop_server() { kill "$spid" 2>/dev/null; wait "$spid" 2>/dev/null || true; rm -rf "$work"; spid=; }
trap '[ -n "${spid:-}" ] && stop_server' EXIT
summary() { grep -E '^(CONNECTED|VOTES|UPDATES|FINAL|server end)' "$1" | sed "s|^|$2: |"; }
# IB_ONLY: a space-separated subset of "cloud qa quiz" (all three by default).
want() { [[ " ${IB_ONLY:-cloud qa quiz} " == *" $1 "* ]]; }

if want cloud; then
echo "== (1) word cloud: $subs subscribers, 1,000 words/s for 10 s"
run_server
read -r sid qid < <(api -X POST "http://127.0.0.1:$port/v2/surveys" -d '{"title":"Cloud bench","isActive":true,"isLive":true,
  "resultsVisible":true,"questions":[{"type":"word_cloud","text":"One word?","maxEntries":3}]}' |
    python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["id"], d["questions"][0]["id"])')
"$load" --port "$port" --survey "$sid" --question "$qid" --conns "$subs" --procs 2 --sources 4 --kind words --deflate "${IB_DEFLATE:-1}" \
    --server-pid "$spid" --votes 10000 --rate 1000 --singles 1 --floor 0 | tee /tmp/live_bench_cloud.txt
stop_server
fi

if want qa; then
echo "== (2) Q&A: $subs subscribers on qa:EVENT, 2,000 votes/s for 10 s over 200 questions"
run_server
eid=$(api "http://127.0.0.1:$port/v2/events?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["items"][0]["id"])')
sid=$(api -X POST "http://127.0.0.1:$port/v2/surveys" -d '{"title":"unused","questions":[{"type":"text","text":"-"}]}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
# 200 questions, each from a new respondent (no cookie kept), approved by staff.
PORT=$port EID=$eid TOKEN=$token python3 - >"$work/items.txt" <<'EOF'
import json, os, urllib.request
base = "http://127.0.0.1:%s" % os.environ["PORT"]
def call(method, path, body, token=None):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(), method=method,
                                 headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    return json.load(urllib.request.urlopen(req))["data"]
for i in range(200):
    item = call("POST", "/v2/events/%s/qa" % os.environ["EID"], {"text": "Question %d 问题" % i})
    call("POST", "/v2/qa/%s/moderate" % item["id"], {"state": "approved"}, os.environ["TOKEN"])
    print(item["id"])
EOF
"$load" --port "$port" --survey "$sid" --question - --conns "$subs" --procs 2 --sources 4 --kind qa --deflate "${IB_DEFLATE:-1}" \
    --topic "qa:$eid" --items "$work/items.txt" --server-pid "$spid" --votes 20000 --rate 2000 --singles 1 --floor 0 |
    tee /tmp/live_bench_qa.txt
stop_server
fi

if want quiz; then
echo "== (3) quiz: $subs subscribers, 5,000 answers in 3 s, then reveal and leaderboard"
run_server
read -r sid qid < <(api -X POST "http://127.0.0.1:$port/v2/surveys" -d '{"title":"Quiz bench","isActive":true,"isLive":true,
  "resultsVisible":true,"mode":"presenter_paced","questions":[{"type":"quiz","text":"Pick","options":[{"id":"a","text":"A"},
  {"id":"b","text":"B"},{"id":"c","text":"C"},{"id":"d","text":"D"}],"correctOptionIds":["a"],"timeLimitSeconds":120}]}' |
    python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["id"], d["questions"][0]["id"])')
api -X POST "http://127.0.0.1:$port/v2/surveys/$sid/state" -d "{\"currentQuestionId\":\"$qid\"}" >/dev/null
"$load" --port "$port" --survey "$sid" --question "$qid" --conns "$subs" --procs 2 --sources 4 --kind quiz --deflate "${IB_DEFLATE:-1}" \
    --server-pid "$spid" --votes 5000 --rate 1667 --singles 1 --floor 0 | tee /tmp/live_bench_quiz.txt
reveal=$(api -o /dev/null -w '%{time_total}' -X POST "http://127.0.0.1:$port/v2/surveys/$sid/state" -d '{"answerRevealed":true}')
board=$(api -o "$work/board.json" -w '%{time_total}' "http://127.0.0.1:$port/v2/surveys/$sid/leaderboard?limit=10")
players=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["data"]["total"])' "$work/board.json")
echo "REVEAL ${reveal}s; LEADERBOARD ${board}s after the reveal was acknowledged ($players players)" | tee -a /tmp/live_bench_quiz.txt
stop_server
fi

echo "== summary (load average at end: $(cut -d' ' -f1-3 /proc/loadavg))"
if want cloud; then summary /tmp/live_bench_cloud.txt cloud; fi
if want qa; then summary /tmp/live_bench_qa.txt qa; fi
if want quiz; then
    summary /tmp/live_bench_quiz.txt quiz
    grep -E '^(REVEAL)' /tmp/live_bench_quiz.txt | sed 's|^|quiz: |'
fi
