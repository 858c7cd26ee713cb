#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The layer check (scripts/check-layers.py, run by every build) passes on the tree and catches the wrong
# includes it exists for: app reaching into http, desktop into server, a known debt that was paid off.
#   tests/packaging/check_layers_test.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: check_layers_test.sh SOURCE_DIR}" && pwd)
check="$src/scripts/check-layers.py"
python3 "$check" "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect_refused() { # tree description
    if python3 "$check" "$tmp/tree" 2>"$tmp/err"; then
        echo "check-layers accepted $1" >&2
        exit 1
    fi
    grep -q "may not depend on\|is gone" "$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
    echo "refused: $1"
}

fresh() {
    rm -rf "$tmp/tree"
    mkdir -p "$tmp/tree/server/app" "$tmp/tree/server/http" "$tmp/tree/desktop/views" "$tmp/tree/shared/src"
    # The known debts must exist for the check to pass: copy those files' include lines.
    (cd "$src" && python3 - "$tmp/tree" <<'PY'
import pathlib, re, sys
sys.path.insert(0, "scripts")
spec = __import__("importlib.util").util.spec_from_file_location("layers", "scripts/check-layers.py")
layers = __import__("importlib.util").util.module_from_spec(spec)
spec.loader.exec_module(layers)
for relative, _ in layers.KNOWN:
    target = pathlib.Path(sys.argv[1]) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [l for l in pathlib.Path(relative).read_text().splitlines() if l.startswith("#include")]
    target.write_text("\n".join(lines) + "\n")
PY
    )
}

fresh
python3 "$check" "$tmp/tree" || { echo "a tree with only the known debts must pass" >&2; exit 1; }
echo '#include "server/http/Router.h"' >"$tmp/tree/server/app/Sneaky.cpp"
expect_refused "server/app including server/http"
fresh
echo '#include "server/app/EventService.h"' >"$tmp/tree/desktop/views/Sneaky.cpp"
expect_refused "desktop including server code"
fresh
echo '#include "server/store/Database.h"' >"$tmp/tree/shared/src/Sneaky.cpp"
expect_refused "shared including the server"
fresh
# Pay one listed debt (whichever comes first) without deleting its line: the stale line must be reported.
paid=$(cd "$tmp/tree" && find server -name '*.cpp' -o -name '*.h' | sort | head -1)
rm "$tmp/tree/$paid"
expect_refused "a known debt that no longer exists ($paid)"
echo "check-layers: ok"
