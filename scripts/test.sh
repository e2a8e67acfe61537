#!/usr/bin/env bash
# Quick start, part 2: set up, build, and run the whole test suite (lit +
# FileCheck) through every front end. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup: failed"; echo "tests: 0 passed, 1 failed"; exit 1; }
llvm="${ASYNC_TIDY_LLVM:-19}"
build="${ASYNC_TIDY_BUILD:-build}"
log="$build/lit.log"
python3 "/usr/lib/llvm-$llvm/build/utils/lit/lit.py" -sv "$@" "$build/test" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log" | tail -n1)
failed=$(grep -E '^ *(Failed|Unresolved|Timed Out|Unexpectedly Passed) *:' "$log" \
  | sed 's/.*: *\([0-9]*\).*/\1/' | awk '{s+=$1} END {print s+0}')
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$status"
