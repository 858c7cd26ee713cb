#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the DEB (and TGZ, and RPM when rpmbuild exists) packages from a build folder, checks their
# contents and metadata, installs them on this machine, runs the installed server the way its systemd
# unit does, then installs a second, newer build over it and proves that data, config and secret
# survive and the schema is current. Leaves the machine as it found it.
#
#   tests/packaging/package_test.sh BUILD_DIR [CPACK] [WITH_CONSOLE(0|1)]
#
# Needs root, dpkg and apt-get: it installs packages. Exits 77 (skipped) otherwise, or when this
# machine already has NextEvent installed (the test would overwrite a real installation).
#
# NEXTEVENT_PACKAGE_TEST_FROM_DEB=OLD.deb installs that older server package first instead of this
# build's release 1, so the upgrade really migrates an older schema (for example the last released
# package, or one built from an older commit with -DNEXTEVENT_PACKAGE_RELEASE=0).
set -euo pipefail

build=$(cd "${1:?usage: package_test.sh BUILD_DIR [CPACK] [WITH_CONSOLE]}" && pwd)
cpack=${2:-cpack}
with_console=${3:-1}
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root (installs packages with apt-get and dpkg)"
for tool in dpkg dpkg-deb apt-get runuser setpriv curl python3; do
    command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
for p in nextevent-server nextevent-console; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -qv 'not-installed'; then
        skip "package $p is already on this machine; refusing to replace a real installation"
    fi
done
for d in /var/lib/nextevent /etc/nextevent; do
    [ ! -e "$d" ] || skip "$d exists; refusing to touch a real installation"
done
user_existed=0
getent passwd nextevent >/dev/null && user_existed=1

work=$build/packaging-test
rm -rf "$work"
mkdir -p "$work"
server_pid=""
cleanup() {
    local rc=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    dpkg --purge nextevent-server nextevent-console >/dev/null 2>&1 || true
    rm -rf /var/lib/nextevent /etc/nextevent
    if [ "$user_existed" = 0 ] && getent passwd nextevent >/dev/null; then
        userdel nextevent 2>/dev/null || true
        if getent group nextevent >/dev/null; then groupdel nextevent 2>/dev/null || true; fi
    fi
    if [ "$rc" -ne 0 ] && [ -f "$work/server.log" ]; then
        echo "---- last server log lines"
        tail -n 30 "$work/server.log"
    fi
    exit "$rc"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
step "build the programs and the packages (release 1)"
targets=(nextevent-server)
[ "$with_console" = 1 ] && targets+=(nextevent-console)
cmake --build "$build" --target "${targets[@]}"
generators="DEB;TGZ"
have_rpm=0
if command -v rpmbuild >/dev/null 2>&1; then generators+=";RPM"; have_rpm=1; fi
"$cpack" --config "$build/CPackConfig.cmake" -G "$generators" -B "$work/r1" \
    -D CPACK_DEBIAN_PACKAGE_RELEASE=1 -D CPACK_RPM_PACKAGE_RELEASE=1 >"$work/cpack-r1.log" 2>&1 ||
    { cat "$work/cpack-r1.log"; fail "cpack failed"; }
ls -l "$work/r1"

one() { # the single file matching a glob, or fail
    local matches=("$@")
    if [ "${#matches[@]}" -ne 1 ] || [ ! -e "${matches[0]}" ]; then fail "expected one file, got: ${matches[*]}"; fi
    echo "${matches[0]}"
}
server_deb=$(one "$work"/r1/nextevent-server_*.deb)
console_deb=""
[ "$with_console" = 1 ] && console_deb=$(one "$work"/r1/nextevent-console_*.deb)
version=$(dpkg-deb -f "$server_deb" Version)

# ---------------------------------------------------------------------------------------------
step "server package metadata and contents"
dpkg-deb -I "$server_deb" | tee "$work/server-info.txt"
dpkg-deb -c "$server_deb" | tee "$work/server-contents.txt"
expect() { # file, extended regex, what
    grep -Eq -- "$2" "$1" || fail "$3 (no /$2/ in $1)"
}
[ "$(dpkg-deb -f "$server_deb" Package)" = nextevent-server ] || fail "server package name"
[[ $version == *-1 ]] || fail "server version $version should end in -1"
depends=$(dpkg-deb -f "$server_deb" Depends)
[[ $depends == *libpoco* ]] || fail "Depends lacks the POCO libraries (shlibdeps): $depends"
[[ $depends == *libsodium* ]] || fail "Depends lacks libsodium (shlibdeps): $depends"
[[ $depends == *adduser* ]] || fail "Depends lacks adduser: $depends"
[ "$(dpkg-deb -I "$server_deb" conffiles)" = /etc/nextevent/nextevent.properties ] ||
    fail "conffiles should list exactly /etc/nextevent/nextevent.properties"
for script in postinst prerm postrm; do
    expect "$work/server-info.txt" "^ +[0-9]+ bytes, +[0-9]+ lines +\\* +$script +#!/bin/sh" "$script missing or not executable"
done
expect "$work/server-contents.txt" '^-rwxr-xr-x root/root .* \./usr/bin/nextevent-server$' "binary"
expect "$work/server-contents.txt" '^-rw-r--r-- root/root .* \./lib/systemd/system/nextevent-server\.service$' "systemd unit"
expect "$work/server-contents.txt" '^-rw-r--r-- root/root .* \./etc/nextevent/nextevent\.properties$' "default config"
expect "$work/server-contents.txt" ' \./usr/share/doc/nextevent-server/copyright$' "copyright"
! grep -Eq ' \./(usr/local|var|home|root|tmp)/' "$work/server-contents.txt" || fail "files outside /usr, /etc and /lib"
! grep -q 'secret' "$work/server-contents.txt" || fail "the package must not ship a secret"
mkdir -p "$work/x-server"
dpkg-deb -x "$server_deb" "$work/x-server"
[[ $(file "$work/x-server/usr/bin/nextevent-server") == *", stripped"* ]] || fail "binary is not stripped"
unit=$work/x-server/lib/systemd/system/nextevent-server.service
expect "$unit" '^ExecStart=/usr/bin/nextevent-server serve --config /etc/nextevent/nextevent\.properties$' "ExecStart"
expect "$unit" '^User=nextevent$' "unit user"
expect "$unit" '^ProtectSystem=strict$' "hardening"
expect "$unit" '^ReadWritePaths=/var/lib/nextevent$' "writable data dir"
expect "$unit" '^StandardOutput=journal$' "journal logging"
conf=$work/x-server/etc/nextevent/nextevent.properties
expect "$conf" '^env = production$' "config: production"
expect "$conf" '^data\.dir = /var/lib/nextevent$' "config: data dir"
expect "$conf" '^http\.host = 127\.0\.0\.1$' "config: loopback"
expect "$conf" '^http\.port = 8080$' "config: port"

if [ -n "$console_deb" ]; then
    step "console package metadata and contents"
    dpkg-deb -I "$console_deb"
    dpkg-deb -c "$console_deb" | tee "$work/console-contents.txt"
    [[ $(dpkg-deb -f "$console_deb" Depends) == *libqt6widgets6* ]] || fail "console Depends lacks Qt (shlibdeps)"
    expect "$work/console-contents.txt" ' \./usr/bin/nextevent-console$' "console binary"
    expect "$work/console-contents.txt" ' \./usr/share/applications/nextevent-console\.desktop$' "desktop entry"
    expect "$work/console-contents.txt" ' \./usr/share/metainfo/nextevent-console\.metainfo\.xml$' "metainfo"
    for size in 16 32 48 64 128 256; do
        expect "$work/console-contents.txt" " \\./usr/share/icons/hicolor/${size}x${size}/apps/nextevent\\.png\$" "icon ${size}px"
    done
    expect "$work/console-contents.txt" ' \./usr/share/icons/hicolor/scalable/apps/nextevent\.svg$' "scalable icon"
    mkdir -p "$work/x-console"
    dpkg-deb -x "$console_deb" "$work/x-console"
    if command -v desktop-file-validate >/dev/null 2>&1; then
        desktop-file-validate "$work/x-console/usr/share/applications/nextevent-console.desktop" ||
            fail "desktop-file-validate"
    fi
    if command -v appstreamcli >/dev/null 2>&1; then
        appstreamcli validate --no-net "$work/x-console/usr/share/metainfo/nextevent-console.metainfo.xml" ||
            fail "appstreamcli validate"
    fi
fi

step "archive and RPM"
tgz=$(one "$work"/r1/nextevent-*.tar.gz)
tar -tzf "$tgz" >"$work/tgz-contents.txt"
for f in usr/bin/nextevent-server etc/nextevent/nextevent.properties lib/systemd/system/nextevent-server.service; do
    grep -Eq "^(\\./)?$f\$" "$work/tgz-contents.txt" || fail "$f missing from $tgz"
done
if [ "$have_rpm" = 1 ]; then
    server_rpm=$(one "$work"/r1/nextevent-server-*.rpm)
    # Outputs go to files first: `cmd | grep -q` can fail under pipefail when grep exits early.
    rpm -qpi "$server_rpm" 2>/dev/null
    rpm -qpR "$server_rpm" >"$work/rpm-requires.txt" 2>/dev/null
    rpm -qpl "$server_rpm" >"$work/rpm-files.txt" 2>/dev/null
    rpm -qp --scripts "$server_rpm" >"$work/rpm-scripts.txt" 2>/dev/null
    expect "$work/rpm-requires.txt" '^libPocoFoundation\.so' "RPM requirements lack POCO (autoreq)"
    [ "$(rpm -qpc "$server_rpm" 2>/dev/null)" = /etc/nextevent/nextevent.properties ] || fail "RPM %config"
    expect "$work/rpm-scripts.txt" 'nextevent_migrate' "RPM %post"
    expect "$work/rpm-files.txt" '^/usr/bin/nextevent-server$' "RPM contents"
else
    echo "rpmbuild not installed: no RPM built"
fi

if command -v lintian >/dev/null 2>&1; then
    step "lintian"
    # Errors fail the test except the ones documented in lintian-accepted.txt (with reasons);
    # warnings are reported only.
    lintian --tag-display-limit 0 "$server_deb" ${console_deb:+"$console_deb"} >"$work/lintian.txt" 2>&1 || true
    cat "$work/lintian.txt"
    accepted=$(dirname "$0")/lintian-accepted.txt
    unexpected=$(grep -E '^E: ' "$work/lintian.txt" | awk '{print $3}' | sort -u |
        grep -vxFf <(grep -Ev '^(#|$)' "$accepted" | awk '{print $1}') || true)
    [ -z "$unexpected" ] || fail "lintian errors: $unexpected"
fi

# ---------------------------------------------------------------------------------------------
first_deb=${NEXTEVENT_PACKAGE_TEST_FROM_DEB:-$server_deb}
first_deb=$(realpath "$first_deb")
first_version=$(dpkg-deb -f "$first_deb" Version)
step "install $first_version ($first_deb)"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$first_deb" ${console_deb:+"$console_deb"} 2>&1 | tr -d "\r" |
    tee "$work/install-r1.log"
[ "$(dpkg-query -W -f='${Status} ${Version}' nextevent-server)" = "install ok installed $first_version" ] ||
    fail "nextevent-server not installed"
expect "$work/install-r1.log" 'applied [0-9]+ migration\(s\); version [0-9]+' "postinst migrated the new database"
getent passwd nextevent >/dev/null || fail "no nextevent user"
[ "$(stat -c '%U:%G %a' /var/lib/nextevent)" = "nextevent:nextevent 750" ] || fail "data dir ownership"
[ "$(stat -c '%U:%G %a' /etc/nextevent/secret.env)" = "root:nextevent 640" ] || fail "secret.env ownership"
grep -Eq '^NEXTEVENT_JWT_SECRET=[0-9a-f]{96}$' /etc/nextevent/secret.env || fail "secret.env content"
[ -s /var/lib/nextevent/nextevent.db ] || fail "no database created"
secret_sum=$(sha256sum /etc/nextevent/secret.env)
if [ -n "$console_deb" ]; then
    [[ $(ldd /usr/bin/nextevent-console) != *"not found"* ]] || fail "console has unresolved libraries"
fi
if command -v systemd-analyze >/dev/null 2>&1; then
    # Checks the unit's syntax and that ExecStart is executable; needs no running systemd.
    SYSTEMD_LOG_LEVEL=notice systemd-analyze verify /lib/systemd/system/nextevent-server.service 2>&1 | tr -d "\r" |
        tee "$work/systemd-verify.txt"
    ! grep -Eiq 'nextevent-server\.service.*(unknown|invalid|failed|not executable|ignoring)' "$work/systemd-verify.txt" ||
        fail "systemd-analyze verify"
fi
# An administrator's edit of the conffile must survive upgrades.
echo 'public.url = http://packaging-test.invalid' >>/etc/nextevent/nextevent.properties
# With systemd running, postinst started the service; stop it so this test owns the only instance.
if [ -d /run/systemd/system ]; then systemctl stop nextevent-server.service || true; fi

# ---------------------------------------------------------------------------------------------
# Runs the installed server the way the unit does: its User, WorkingDirectory, EnvironmentFiles and
# ExecStart line, with only the port overridden.
unit_value() { sed -n "s/^$1=//p" /lib/systemd/system/nextevent-server.service; }
service_exec() { # replaces this (sub)shell with "$@" run as the unit's user with the unit's environment
    set -a
    for f in $(unit_value EnvironmentFile); do
        f=${f#-}
        # shellcheck disable=SC1090 # the unit's EnvironmentFiles
        if [ -r "$f" ]; then . "$f"; fi
    done
    set +a
    cd "$(unit_value WorkingDirectory)"
    # setpriv execs (runuser would stay as the parent and hide the server's exit status).
    local user
    user=$(unit_value User)
    exec setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
}
as_service() { (service_exec "$@"); }
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
start_server() {
    port=$(free_port)
    read -r -a exec_start <<<"$(unit_value ExecStart)"
    (export NEXTEVENT_HTTP_PORT=$port && service_exec "${exec_start[@]}") >>"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then return 0; fi
        kill -0 "$server_pid" 2>/dev/null || fail "installed server exited during start"
        sleep 0.2
    done
    fail "installed server did not answer /healthz on port $port"
}
stop_server() {
    kill -TERM "$server_pid"
    local rc=0
    wait "$server_pid" || rc=$?
    server_pid=""
    [ "$rc" -eq 0 ] || fail "server exited with $rc on SIGTERM"
}
base() { echo "http://127.0.0.1:$port"; }
json_field() { # prints one field of the JSON document on stdin, path like data.id
    python3 -c 'import json, sys
d = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d = d[k]
print(d)' "$1"
}
login() {
    curl -fsS -H 'Content-Type: application/json' \
        -d '{"username":"itadmin","password":"Packaging-test-passw0rd"}' "$(base)/v2/auth/login" |
        json_field data.accessToken
}

step "create an administrator with the installed CLI"
printf 'Packaging-test-passw0rd\n' |
    as_service /usr/bin/nextevent-server user add --username itadmin --role admin --password-stdin \
        --config /etc/nextevent/nextevent.properties

step "run the installed server and smoke-test it"
start_server
[[ $(curl -fsS "$(base)/healthz") == *'"ok"'* ]] || fail "/healthz"
[[ $(curl -fsS "$(base)/readyz") == *'"ready"'* ]] || fail "/readyz"
token=$(login)
[ -n "$token" ] || fail "login"
event_id=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"title":"Survives the upgrade","startDate":"2030-05-01T09:00:00Z","endDate":"2030-05-01T17:00:00Z","location":"Hall A","capacity":50}' \
    "$(base)/v2/events" | json_field data.id)
[ -n "$event_id" ] || fail "create event"
echo "created event $event_id on port $port"
if command -v sqlite3 >/dev/null 2>&1; then
    # The README's online backup, taken while the server runs, holds the new event.
    runuser -u nextevent -- sqlite3 /var/lib/nextevent/nextevent.db ".backup '/var/lib/nextevent/online-backup.db'"
    [ "$(sqlite3 /var/lib/nextevent/online-backup.db "SELECT title FROM events WHERE id = '$event_id'")" = \
        "Survives the upgrade" ] || fail "online backup lacks the event"
    rm -f /var/lib/nextevent/online-backup.db
fi
stop_server
grep -q 'listening on' "$work/server.log" || fail "server log"

# ---------------------------------------------------------------------------------------------
step "build release 2 and install it over release 1"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/r2" \
    -D CPACK_DEBIAN_PACKAGE_RELEASE=2 >"$work/cpack-r2.log" 2>&1 ||
    { cat "$work/cpack-r2.log"; fail "cpack (release 2) failed"; }
server_deb2=$(one "$work"/r2/nextevent-server_*.deb)
version2=$(dpkg-deb -f "$server_deb2" Version)
dpkg --compare-versions "$version2" gt "$first_version" || fail "release 2 ($version2) is not newer than $first_version"
apt-get install -y --no-install-recommends "$server_deb2" 2>&1 | tr -d "\r" | tee "$work/install-r2.log"
[ "$(dpkg-query -W -f='${Version}' nextevent-server)" = "$version2" ] || fail "upgrade did not install $version2"
expect "$work/install-r2.log" 'copied the database to /var/lib/nextevent/backups/pre-upgrade-' "pre-upgrade backup"
if [ -n "${NEXTEVENT_PACKAGE_TEST_FROM_DEB:-}" ]; then
    expect "$work/install-r2.log" '^applied [0-9]+ migration\(s\); version [0-9]+$' "postinst migrated the older schema"
else
    expect "$work/install-r2.log" '^schema is current; version [0-9]+$' "postinst checked the schema on upgrade"
fi
ls /var/lib/nextevent/backups/pre-upgrade-*/nextevent.db >/dev/null || fail "backup copy missing"
grep -qx 'public.url = http://packaging-test.invalid' /etc/nextevent/nextevent.properties ||
    fail "the administrator's config edit was lost"
[ "$(sha256sum /etc/nextevent/secret.env)" = "$secret_sum" ] || fail "the JWT secret changed on upgrade"
as_service /usr/bin/nextevent-server migrate --config /etc/nextevent/nextevent.properties | tee "$work/migrate.txt"
expect "$work/migrate.txt" '^schema is current; version [0-9]+$' "schema current after upgrade"
if [ -d /run/systemd/system ]; then systemctl stop nextevent-server.service || true; fi

step "the upgraded server still has the data"
start_server
[[ $(curl -fsS "$(base)/readyz") == *'"ready"'* ]] || fail "/readyz after upgrade"
token=$(login)
title=$(curl -fsS -H "Authorization: Bearer $token" "$(base)/v2/events/$event_id" | json_field data.title)
[ "$title" = "Survives the upgrade" ] || fail "event lost in the upgrade (got '$title')"
stop_server

# ---------------------------------------------------------------------------------------------
step "remove and purge"
dpkg -r nextevent-server ${console_deb:+nextevent-console}
[ ! -e /usr/bin/nextevent-server ] || fail "binary left after remove"
[ -e /etc/nextevent/nextevent.properties ] || fail "remove must keep the configuration"
dpkg --purge nextevent-server ${console_deb:+nextevent-console}
[ ! -e /etc/nextevent ] || fail "purge left /etc/nextevent"
[ -s /var/lib/nextevent/nextevent.db ] || fail "purge must keep the data"
echo "PASS: packages built, checked, installed, served, upgraded with data and config kept, purged"
