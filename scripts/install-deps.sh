#!/usr/bin/env bash
# The single list of Debian packages NextEvent needs to build, test and run.
# Idempotent: installs only what is missing and prints nothing when all is there.
# Usage: scripts/install-deps.sh [--no-test] [--no-console]
set -euo pipefail

build=(build-essential cmake ninja-build pkg-config ccache git clang-format-14 clang-tidy-14
  libpoco-dev libsqlite3-dev zlib1g-dev libmariadb-dev libhiredis-dev nlohmann-json3-dev libgtest-dev libgmock-dev
  libbenchmark-dev libhttp-parser-dev libsodium-dev libqrencode-dev libgumbo-dev libkainjow-mustache-dev libpng-dev libcctz-dev libjemalloc-dev tzdata)
# qt6-translations-l10n: Qt's own strings (Cancel, Save, Yes…) in Chinese; the console loads them at run time.
# libqt6sql6-sqlite: the Qt SQLite driver plugin, for the check-in desk's offline copy and durable scan queue.
# qt6-image-formats-plugins: the WebP reader for article images (a dependency of the console package too).
console=(qt6-base-dev libqt6opengl6-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools libgl-dev qt6-translations-l10n libqt6sql6-sqlite qt6-image-formats-plugins)
# poppler-utils: pdftoppm renders the console's badge PDFs in its tests.
testing=(mariadb-server mariadb-client redis-server redis-tools xvfb xauth chromium zbar-tools poppler-utils wrk
  nginx-light fonts-wqy-microhei iproute2 curl python3
  lintian rpm desktop-file-utils appstream yamllint sqlite3 prometheus
  clang-14 libclang-rt-14-dev) # the fuzz preset: clang with libFuzzer and the sanitizer runtimes

want=("${build[@]}")
with_console=1 with_test=1
for arg in "$@"; do
  case "$arg" in
    --no-test) with_test=0 ;;
    --no-console) with_console=0 ;;
    *) echo "install-deps: unknown option $arg" >&2; exit 2 ;;
  esac
done
((with_console)) && want+=("${console[@]}")
((with_test)) && want+=("${testing[@]}")
# Node.js and npm build the mobile pages' CSS (WeUI from npm) and run the browser tests; a machine that
# already has node and npm (for example from another repository that bundles npm into its nodejs package)
# keeps them.
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then want+=(nodejs npm); fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
