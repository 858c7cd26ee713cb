#!/usr/bin/env python3
"""Registration rush benchmark (not a test; figures go to the README's Performance section).

Starts nextevent-server (SQLite by default; MariaDB with --db mysql://…), opens an event with 500 places and
parties of up to 4, then sends 2,000 registrations through the mobile page's form
(POST /m/events/{id}/register, what phones do) spread evenly over 10 s from many connections, mixed party
sizes, while staff cancel 10 % of the registered parties. It reports registrations per second and latency
percentiles, then checks the rules: places never exceed the capacity, the waiting list keeps the order of
arrival, and once things settle no waiting party fits the free places.

Usage: tests/bench/registration_rush.py [--build build/default] [--db URL] [--total 2000] [--seconds 10]
"""
import argparse, http.client, json, os, random, shutil, socket, subprocess, sys, tempfile, threading, time, urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--build", default="build/default")
ap.add_argument("--db", default="")
ap.add_argument("--total", type=int, default=2000)
ap.add_argument("--seconds", type=float, default=10.0)
ap.add_argument("--capacity", type=int, default=500)
ap.add_argument("--threads", type=int, default=64)
args = ap.parse_args()

server = os.path.join(args.build, "server", "nextevent-server")
work = tempfile.mkdtemp(prefix="nextevent-rush.")
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); port = sock.getsockname()[1]; sock.close()
env = dict(os.environ, NEXTEVENT_DATA_DIR=work + "/data", NEXTEVENT_HTTP_PORT=str(port), NEXTEVENT_LOG_LEVEL="warning",
           NEXTEVENT_LIMITS_PUBLIC_WRITES_PER_MINUTE="10000000", NEXTEVENT_LIMITS_RESPONDENT_WRITES_PER_MINUTE="10000000")
if args.db:
    env["NEXTEVENT_DB_URL"] = args.db
subprocess.run([server, "seed-demo"], env=env, check=True, stdout=subprocess.DEVNULL)
proc = subprocess.Popen([server, "serve"], env=env, stderr=open(work + "/server.log", "w"))


def call(method, path, body=None, token=None, form=False):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {}
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        if form:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            body = urllib.parse.urlencode(body)
        else:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
    c.request(method, path, body=body, headers=headers)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, data


try:
    for _ in range(200):
        try:
            if call("GET", "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.05)
    status, data = call("POST", "/v2/auth/login", {"username": "staff", "password": "staff-demo-pass"})
    token = json.loads(data)["data"]["accessToken"]
    status, data = call("POST", "/v2/events", {"title": "Rush", "startDate": "2030-05-01T09:00:00Z",
                                               "endDate": "2030-05-01T17:00:00Z", "capacity": args.capacity,
                                               "maxPartySize": 4}, token)
    event = json.loads(data)["data"]["id"]
    assert call("POST", f"/v2/events/{event}/transition", {"to": "published"}, token)[0] == 200

    latencies, statuses, registered = [], {}, []
    lock = threading.Lock()
    start = time.monotonic()
    interval = args.seconds / args.total
    next_index = [0]
    rng = random.Random(2030)
    parties = [rng.choice([1, 1, 1, 2, 2, 3, 4]) for _ in range(args.total)]

    def register_worker():
        while True:
            with lock:
                i = next_index[0]
                next_index[0] += 1
            if i >= args.total:
                return
            due = start + i * interval
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            t0 = time.monotonic()
            s, _ = call("POST", f"/m/events/{event}/register",
                        {"name": f"Guest {i}", "phone": f"139{i:08d}", "partySize": parties[i]}, form=True)
            dt = time.monotonic() - t0
            with lock:
                latencies.append(dt)
                statuses[s] = statuses.get(s, 0) + 1

    cancelled = [0]

    def cancel_worker():
        # Staff cancel a registered party now and then while the rush runs.
        crng = random.Random(7)
        while next_index[0] < args.total:
            s, data = call("GET", f"/v2/events/{event}/attendees?status=registered&pageSize=100&page={crng.randint(1, 3)}", token=token)
            items = json.loads(data)["data"]["items"] if s == 200 else []
            if items and cancelled[0] < args.total // 10:
                a = crng.choice(items)
                if call("POST", f"/v2/events/{event}/attendees/{a['id']}/cancel", {}, token)[0] == 200:
                    cancelled[0] += 1
            time.sleep(args.seconds / max(1, args.total // 10))

    workers = [threading.Thread(target=register_worker) for _ in range(args.threads)]
    canceller = threading.Thread(target=cancel_worker)
    for w in workers:
        w.start()
    canceller.start()
    for w in workers:
        w.join()
    elapsed = time.monotonic() - start
    canceller.join()

    everyone = []
    page = 1
    while True:
        s, data = call("GET", f"/v2/events/{event}/attendees?pageSize=100&page={page}", token=token)
        items = json.loads(data)["data"]["items"]
        everyone += items
        if len(items) < 100:
            break
        page += 1
    taken = sum(a["partySize"] for a in everyone if a["status"] in ("registered", "offered"))
    free = args.capacity - taken
    waiting = sorted((a for a in everyone if a["status"] == "waitlisted"), key=lambda a: a["waitlistPosition"])
    order_ok = all(waiting[i]["createdAt"] <= waiting[i + 1]["createdAt"] for i in range(len(waiting) - 1))
    stuck = [a for a in waiting if a["partySize"] <= free]
    lat = sorted(latencies)
    pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
    print(f"registrations: {len(lat)} in {elapsed:.2f} s ({len(lat) / elapsed:.0f}/s offered load {args.total / args.seconds:.0f}/s), "
          f"HTTP {dict(sorted(statuses.items()))}")
    print(f"latency ms: p50 {pct(0.50):.1f}  p90 {pct(0.90):.1f}  p99 {pct(0.99):.1f}  max {lat[-1] * 1000:.1f}")
    print(f"cancelled during the rush: {cancelled[0]}; places taken {taken}/{args.capacity} "
          f"(registered + offered); waiting parties {len(waiting)}")
    print(f"rules: capacity {'kept' if taken <= args.capacity else 'EXCEEDED'}; waiting list order "
          f"{'exact' if order_ok else 'BROKEN'}; waiting parties that fit the {free} free places: {len(stuck)}")
    ok = taken <= args.capacity and order_ok and not stuck and statuses.get(303, 0) == args.total
    sys.exit(0 if ok else 1)
finally:
    proc.terminate()
    proc.wait()
    if os.environ.get("KEEP_WORK"):
        print("server log and data kept in", work)
    else:
        shutil.rmtree(work, ignore_errors=True)
