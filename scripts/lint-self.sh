#!/usr/bin/env bash
# Lints the project's own sources with the root .clang-tidy (stock
# clang-tidy-19, the build's compile database, warnings as errors). Takes
# minutes, so scripts/test.sh leaves it out; run it before sending a change.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
[ -f "$build/compile_commands.json" ] || bash scripts/setup.sh
$(lit_command 19) -sv --param self-lint=1 "$build/test/self"
