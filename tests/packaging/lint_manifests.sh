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
