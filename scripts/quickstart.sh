#!/usr/bin/env bash
# Quick start, part 1: set up, build, and run async-tidy on the bundled
# example project (examples/), printing its findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/common.sh
# Configuring the example is all it takes to get its compile_commands.json.
cmake -S examples -B "$build/examples" -DCMAKE_CXX_COMPILER="clang++-$llvm" >/dev/null
echo "== async-tidy on examples/ (checks from examples/.clang-tidy) =="
"$build/bin/async-tidy" -p "$build/examples" examples/chat/*.cpp
