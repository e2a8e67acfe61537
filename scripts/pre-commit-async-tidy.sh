#!/usr/bin/env bash
# pre-commit hook entry: async-tidy on the staged C++ sources pre-commit
# passes, with the compile database of a configurable build directory.
#   --build-dir=DIR     where compile_commands.json is (default: build, or $ASYNC_TIDY_BUILD_DIR)
#   --async-tidy=PATH   the binary (default: $ASYNC_TIDY, else async-tidy on PATH)
#   any other --option  passed to async-tidy (e.g. --checks=-*,async-*)
# Every finding is an error, so any finding fails the commit (exit 1).
set -uo pipefail
build_dir="${ASYNC_TIDY_BUILD_DIR:-build}"
tidy="${ASYNC_TIDY:-}"
extra=()
files=()
for arg in "$@"; do
  case "$arg" in
    --build-dir=*) build_dir="${arg#*=}" ;;
    --async-tidy=*) tidy="${arg#*=}" ;;
    -*) extra+=("$arg") ;;
    *) files+=("$arg") ;;
  esac
done
[ "${#files[@]}" -gt 0 ] || exit 0
if [ -z "$tidy" ]; then
  tidy="$(command -v async-tidy || true)"
fi
if [ -z "$tidy" ] || [ ! -x "$tidy" ]; then
  echo "async-tidy: binary not found; put async-tidy on PATH, set ASYNC_TIDY, or pass --async-tidy=PATH" >&2
  exit 2
fi
if [ ! -f "$build_dir/compile_commands.json" ]; then
  echo "async-tidy: no compile_commands.json in '$build_dir'; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or pass --build-dir=DIR" >&2
  exit 2
fi
exec "$tidy" -p "$build_dir" --quiet --warnings-as-errors='*' "${extra[@]}" "${files[@]}"
