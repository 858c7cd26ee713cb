#!/usr/bin/env bash
# Formats every C++ file of the project with the pinned clang-format (14, Debian 12).
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files '*.cpp' '*.h' | xargs -r clang-format-14 -i 2>/dev/null || git ls-files '*.cpp' '*.h' | xargs -r clang-format -i
