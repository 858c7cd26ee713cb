#!/usr/bin/env python3
"""Single-request read latency on SQLite and on MariaDB, same data, same run (a benchmark, not a test).

Starts a throw-away MariaDB (scripts/test-services.sh), then one nextevent-server on SQLite and one on
MariaDB, each seeded with the demo data plus one survey (four questions) and one article of ~40 KB, and
reports the median and p90 of N sequential requests per read over one keep-alive connection.

Usage: tests/bench/storage_reads.py [BUILD_DIR] [REQUESTS]
"""
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = sys.argv[1] if len(sys.argv) > 1 else "build/default"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 50
SERVER = os.path.join(ROOT, BUILD, "server", "nextevent-server")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.token = None

    def call(self, method, path, body=None, auth=True):
        headers = {"Content-Type": "application/json", "Accept-Language": "en"}
        if auth and self.token:
            headers["Authorization"] = "Bearer " + self.token
        self.conn.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
        response = self.conn.getresponse()
        data = response.read()
        if response.status >= 400:
            raise RuntimeError(f"{method} {path}: {response.status} {data[:200]!r}")
        return json.loads(data) if response.getheader("Content-Type", "").startswith("application/json") else data


def start(url, work):
    port = free_port()
    env = dict(os.environ, NEXTEVENT_DATA_DIR=os.path.join(work, "data"), NEXTEVENT_HTTP_PORT=str(port),
               NEXTEVENT_LOG_LEVEL="warning", NEXTEVENT_DB_URL=url)
    subprocess.run([SERVER, "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([SERVER, "seed-demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    process = subprocess.Popen([SERVER, "serve"], env=env, stderr=open(os.path.join(work, "server.log"), "w"))
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, port


def prepare(client):
    login = client.call("POST", "/v2/auth/login", {"username": "staff", "password": "staff-demo-pass"}, auth=False)
    client.token = login["data"]["accessToken"]
    event = client.call("GET", "/v2/events?search=Meetup")["data"]["items"][0]
    survey = client.call("POST", "/v2/surveys", {
        "title": "Session feedback", "description": "How was it?", "eventId": event["id"],
        "isActive": True, "isLive": True, "resultsVisible": True,
        "questions": [
            {"type": "single_choice", "text": "Best talk?", "options": [{"text": t} for t in "ABCD"]},
            {"type": "multiple_choice", "text": "Topics?", "maxSelections": 3,
             "options": [{"text": t} for t in ("C++", "Qt", "WeChat", "Ops")]},
            {"type": "rating", "text": "Overall", "scale": 5},
            {"type": "text", "text": "Anything else?", "maxLength": 500}]})["data"]
    paragraph = "<p>" + "活动回顾 NextEvent meetup recap. " * 40 + "</p>"
    article = client.call("POST", "/v2/articles", {
        "title": "Recap", "summary": "What happened", "content": paragraph * 30, "eventId": event["id"]})["data"]
    client.call("POST", f"/v2/articles/{article['id']}/publish", {})
    return {"event": event["id"], "survey": survey["id"], "article": article["id"]}


def reads(ids):
    e, s, a = ids["event"], ids["survey"], ids["article"]
    return [
        ("GET /v2/surveys/{id}", f"/v2/surveys/{s}"),
        ("GET /v2/surveys/{id}/live-results", f"/v2/surveys/{s}/live-results"),
        ("GET /m/surveys/{id}", f"/m/surveys/{s}"),
        ("GET /v2/articles/{id}", f"/v2/articles/{a}"),
        ("GET /v2/articles", "/v2/articles?page=1"),
        ("GET /m/articles/{id}", f"/m/articles/{a}"),
        ("GET /v2/events/{id}/attendees", f"/v2/events/{e}/attendees?page=1"),
        ("GET /v2/dashboard", "/v2/dashboard"),
    ]


def measure(client, path):
    client.call("GET", path)  # warm (prepared statements, caches)
    times = []
    for _ in range(N):
        t0 = time.perf_counter()
        client.call("GET", path)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def main():
    if not os.access(SERVER, os.X_OK):
        sys.exit(f"build {SERVER} first")
    state = tempfile.mkdtemp(prefix="nextevent-bench-svc.")
    services = subprocess.run([os.path.join(ROOT, "scripts/test-services.sh"), "start", state],
                              check=True, capture_output=True, text=True).stdout
    admin = [line.split("=", 1)[1].strip("'") for line in services.splitlines() if "MYSQL_URL" in line][0]
    processes = []
    try:
        subprocess.run(["mariadb", f"--defaults-file={state}/my.cnf", "-uroot", "-e",
                        "CREATE DATABASE bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"], check=True)
        results = {}
        for name, url in (("SQLite", None), ("MariaDB", admin + "bench")):
            work = tempfile.mkdtemp(prefix="nextevent-bench.")
            process, port = start(url or f"sqlite:{work}/data/nextevent.db", work)
            processes.append(process)
            client = Client(port)
            ids = prepare(client)
            results[name] = [(label, measure(client, path)) for label, path in reads(ids)]
        print(f"{N} sequential requests per read, one keep-alive connection; median / p90 in ms")
        print("| read | SQLite | MariaDB | MariaDB / SQLite |")
        print("|---|---|---|---|")
        for (label, (sm, s90)), (_, (mm, m90)) in zip(results["SQLite"], results["MariaDB"]):
            print(f"| `{label}` | {sm:.2f} / {s90:.2f} | {mm:.2f} / {m90:.2f} | {mm / sm:.1f}× |")
    finally:
        for process in processes:
            process.terminate()
            process.wait()
        subprocess.run([os.path.join(ROOT, "scripts/test-services.sh"), "stop", state])


if __name__ == "__main__":
    main()
