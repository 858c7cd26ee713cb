#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Lints what cannot run here: the container and Kubernetes YAML (yamllint), the proxy config of the
# compose file (nginx -t with the service names pointed at loopback), the desktop entry and the
# systemd unit template. Each check runs when its tool is installed; exits 77 when none is.
#   tests/packaging/lint_manifests.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: lint_manifests.sh SOURCE_DIR}" && pwd)
ran=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if command -v yamllint >/dev/null 2>&1; then
    yamllint --strict -c "$src/installers/.yamllint" "$src/installers/container" "$src/installers/kubernetes"
    echo "yamllint: ok"
    ran=1
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [ -x "$nginx" ]; then
    sed -e 's/server server[12]:8080/server 127.0.0.1:9/' -e "s|listen 80;|listen 127.0.0.1:9;|" \
        "$src/installers/container/nginx.conf" >"$tmp/nginx.conf"
    "$nginx" -q -t -c "$tmp/nginx.conf" -g "pid $tmp/nginx.pid; error_log stderr;"
    echo "nginx -t: ok"
    ran=1
fi
# Monitoring: the alert rules load in Prometheus, and the dashboard is JSON whose queries name only
# series the server exports (a renamed metric must not leave an empty panel behind).
if command -v promtool >/dev/null 2>&1; then
    promtool check rules "$src/installers/monitoring/nextevent-alerts.yml"
    ran=1
fi
python3 - "$src" <<'PY'
import json, pathlib, re, sys
src = pathlib.Path(sys.argv[1])
exported = set()
for path in list((src / "server").rglob("*.cpp")) + list((src / "server").rglob("*.h")):
    exported.update(re.findall(r"nextevent_[a-z_]+", path.read_text(errors="replace")))
def known(name):
    return name in exported or re.sub(r"_(bucket|sum|count)$", "", name) in exported
dashboard = json.loads((src / "installers/monitoring/nextevent-dashboard.json").read_text())
rules = (src / "installers/monitoring/nextevent-alerts.yml").read_text()
exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
assert exprs, "the dashboard has no queries"
unknown = sorted({n for e in exprs + [rules] for n in re.findall(r"nextevent_[a-z_]+", e) if not known(n)})
if unknown:
    sys.exit("monitoring names series the server does not export: " + ", ".join(unknown))
print(f"monitoring: {len(exprs)} dashboard queries and the alert rules name exported series only")
PY
ran=1
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$src/installers/desktop/nextevent-console.desktop"
    echo "desktop-file-validate: ok"
    ran=1
fi
if command -v systemd-analyze >/dev/null 2>&1; then
    # ExecStart must be executable for verify: point it at a stand-in.
    sed -e "s|@CMAKE_INSTALL_FULL_BINDIR@/nextevent-server|/bin/sleep|" -e "s|@NEXTEVENT_DOCDIR@|/usr/share/doc|" \
        "$src/installers/systemd/nextevent-server.service.in" >"$tmp/nextevent-server.service"
    out=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify "$tmp/nextevent-server.service" 2>&1 || true)
    if grep -q 'nextevent-server\.service' <<<"$out"; then
        echo "$out"
        echo "FAIL: systemd-analyze verify" >&2
        exit 1
    fi
    echo "systemd-analyze verify: ok"
    ran=1
fi
[ "$ran" = 1 ] || { echo "SKIP: none of yamllint, nginx, desktop-file-validate, systemd-analyze is installed"; exit 77; }
