#!/usr/bin/env bash
# The C++ sources follow .clang-format (LLVM style). Checks every tracked
# C++ file under lib/, tools/ and test/fuzz/ with clang-format-19 and lists
# the ones that differ; `bash scripts/format-check.sh --fix` rewrites them.
# Test inputs under test/checks are left as written: their CHECK lines
# refer to exact lines and columns.
set -euo pipefail
cd "$(dirname "$0")/.."
format=clang-format-19
if ! command -v "$format" >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-format-19 >/dev/null
fi
mapfile -t files < <(git ls-files 'lib/*.cpp' 'lib/*.h' 'tools/*.cpp' 'tools/*.h' 'test/fuzz/*.cpp')
if [ "${1:-}" = --fix ]; then
  "$format" -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ "${#bad[@]}" -gt 0 ]; then
  printf 'format-check: not formatted as .clang-format says: %s\n' "${bad[@]}"
  echo "format-check: run 'bash scripts/format-check.sh --fix'"
  exit 1
fi
echo "format-check: ${#files[@]} files formatted"
