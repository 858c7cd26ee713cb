#!/usr/bin/env bash
# Formats every C++ file of the project (tracked or new, not ignored) with the pinned clang-format:
# version 14, Debian 12's, because other versions lay out the same .clang-format differently.
# Usage: scripts/format.sh            reformat in place
#        scripts/format.sh --check    change nothing; list the files that are not formatted, exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: scripts/format.sh [--check]" >&2; exit 2 ;;
esac

tool=""
for candidate in clang-format-14 clang-format; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" --version | grep -q 'version 14\.'; then
    tool=$candidate
    break
  fi
done
if [ -z "$tool" ]; then
  echo "format: clang-format 14 not found (scripts/install-deps.sh installs clang-format-14)" >&2
  exit 2
fi

mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
if ((${#files[@]} == 0)); then exit 0; fi

if ((check == 0)); then
  printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$tool" -i
  exit 0
fi

# --dry-run --Werror reports each unformatted file as "FILE:LINE:COL: error: code should be clang-formatted".
unformatted=$(printf '%s\0' "${files[@]}" | xargs -0 -n 50 -P 2 "$tool" --dry-run --Werror 2>&1 |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u || true)
if [ -n "$unformatted" ]; then
  echo "format: these files are not clang-formatted (run scripts/format.sh):" >&2
  echo "$unformatted" | sed 's/^/  /' >&2
  exit 1
fi
echo "format: ${#files[@]} C++ files are clang-formatted"
