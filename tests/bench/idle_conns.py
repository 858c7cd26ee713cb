#!/usr/bin/env python3
"""Holds N idle keep-alive HTTP connections open, like phones that loaded a page in WeChat and went quiet.

Each connection sends one `GET /healthz` and reads the answer (so the server sees a served keep-alive
connection, not a half-open one), then stays idle. Prints "held N" once every answer is in, then waits for
SIGTERM/SIGINT and prints how many the server still held open ("still open N"). Used by side_by_side.sh.

Usage: tests/bench/idle_conns.py HOST PORT N
"""
import errno
import resource
import selectors
import signal
import socket
import sys

host, port, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
if soft < total + 64:
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, total + 1024), hard))

request = f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()
selector = selectors.DefaultSelector()
pending = {}  # socket -> bytes received so far
answered = []
failed = 0


def complete(data):
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return True


def open_batch(count):
    for _ in range(count):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        err = s.connect_ex((host, port))
        if err not in (0, errno.EINPROGRESS):
            raise OSError(err, "connect")
        pending[s] = b""
        selector.register(s, selectors.EVENT_WRITE)


opened = 0
while len(answered) + failed < total:
    # Open in batches of 500 so the listen backlog is never the limit being measured.
    if opened < total and len(pending) < 500:
        batch = min(500, total - opened)
        open_batch(batch)
        opened += batch
    for key, mask in selector.select(timeout=5):
        s = key.fileobj
        if mask & selectors.EVENT_WRITE:
            s.send(request)
            selector.modify(s, selectors.EVENT_READ)
            continue
        try:
            chunk = s.recv(4096)
        except OSError:
            chunk = b""
        if not chunk:
            failed += 1
            selector.unregister(s)
            s.close()
            del pending[s]
            continue
        pending[s] += chunk
        if complete(pending[s]):
            selector.unregister(s)
            del pending[s]
            answered.append(s)

print(f"held {len(answered)} failed {failed}", flush=True)

stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
signal.signal(signal.SIGINT, lambda *_: stop.append(1))
while not stop:
    signal.pause()

still = 0
for s in answered:
    s.setblocking(False)
    try:
        still += 1 if s.recv(1) else 0  # unexpected bytes: count as open but misbehaving
    except BlockingIOError:
        still += 1  # nothing to read and no EOF: the server still holds it
    except OSError:
        pass
print(f"still open {still}", flush=True)
