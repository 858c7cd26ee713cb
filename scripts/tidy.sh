#!/usr/bin/env bash
# Runs clang-tidy 14 (checks in .clang-tidy) on the C++ sources changed against a base branch, with the
# compile commands of a configured build. Not part of CI: run it before sending a change.
# Usage: scripts/tidy.sh [BASE] [PRESET]     (defaults: main, default; configure the preset first)
#        scripts/tidy.sh --all [PRESET]      every source file of the build (slow)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-main}
preset=${2:-default}
build=build/$preset
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: $build/compile_commands.json is missing: run cmake --preset $preset first" >&2
  exit 2
fi
tool=""
for candidate in clang-tidy-14 clang-tidy; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" --version | grep -q 'version 14\.'; then
    tool=$candidate
    break
  fi
done
if [ -z "$tool" ]; then
  echo "tidy: clang-tidy 14 not found (scripts/install-deps.sh installs clang-tidy-14)" >&2
  exit 2
fi

# Only translation units the build compiles (headers are checked through them).
mapfile -t compiled < <(python3 -c '
import json, os, sys
root = os.getcwd() + "/"
for entry in json.load(open(sys.argv[1])):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    if path.startswith(root) and "/build/" not in path[len(root) - 1:]:
        print(path[len(root):])
' "$build/compile_commands.json" | sort -u)

if [ "$base" = "--all" ]; then
  files=("${compiled[@]}")
else
  # Changed .cpp files, plus the .cpp beside each changed header.
  mapfile -t changed < <({ git diff --name-only --diff-filter=ACMR "$(git merge-base "$base" HEAD)" -- '*.cpp' '*.h'
                           git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sed 's/\.h$/.cpp/' | sort -u)
  files=()
  for f in "${changed[@]}"; do
    for c in "${compiled[@]}"; do
      if [ "$c" = "$f" ]; then files+=("$f"); break; fi
    done
  done
fi
if ((${#files[@]} == 0)); then
  echo "tidy: no compiled C++ file changed against $base"
  exit 0
fi
echo "tidy: $tool on ${#files[@]} file(s)"
printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P 2 "$tool" -p "$build" --quiet
