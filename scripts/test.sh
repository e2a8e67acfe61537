#!/usr/bin/env bash
# Quick start, part 2: set up, build and run the whole test suite (lit +
# FileCheck, every test through every front end) against each supported LLVM.
#   ASYNC_TIDY_LLVM_VERSIONS="16 19 22"   the LLVMs to test (default: all three)
# Extra arguments go to lit. Ends with one line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh

total_passed=0
total_failed=0
status=0
for version in ${ASYNC_TIDY_LLVM_VERSIONS:-16 19 22}; do
  export ASYNC_TIDY_LLVM="$version"
  unset ASYNC_TIDY_BUILD
  source scripts/common.sh
  echo "== LLVM $version: set up and build in $build =="
  if ! bash scripts/setup.sh; then
    echo "setup for LLVM $version failed"
    total_failed=$((total_failed + 1)); status=1
    continue
  fi
  log="$build/lit.log"
  echo "== LLVM $version: lit =="
  $(lit_command "$version") -sv "$@" "$build/test" 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
  failed=$(grep -E '^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:' "$log" \
    | sed 's/.*: *\([0-9]*\).*/\1/' | awk '{s+=$1} END {print s+0}')
  echo "LLVM $version: ${passed:-0} passed, ${failed:-0} failed"
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0}))
done
echo "tests: $total_passed passed, $total_failed failed"
exit "$status"
