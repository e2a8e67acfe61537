#!/usr/bin/env bash
# Installs what async-tidy needs (Debian packages; idempotent, and quick when
# everything is there), then configures and builds it in build/.
#   ASYNC_TIDY_LLVM=16|19|22   the LLVM to build against (default 19)
#   ASYNC_TIDY_BUILD=dir    the build directory (default build, build-N for LLVM N)
#   ASYNC_TIDY_TEST_PACKAGES=1  also the headers the real-code corpus includes
#                           (scripts/test.sh sets it; test/realcode/corpus.test)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
packages=(cmake ninja-build python3 git
          "clang-$llvm" "clang-tidy-$llvm" "libclang-$llvm-dev" "llvm-$llvm-dev" "llvm-$llvm-tools"
          libboost1.81-dev libasio-dev
          libgrpc++-dev libprotobuf-dev libabsl-dev pre-commit
          # the benchmark: real inputs (Asio examples) and its plot
          libboost1.81-doc gnuplot-nox)
if [ "${ASYNC_TIDY_TEST_PACKAGES:-0}" = 1 ]; then
  packages+=(liburing-dev libfmt-dev catch2 libc-ares-dev libssl-dev
             libgtest-dev libgmock-dev libbenchmark-dev
             qt6-base-dev qt6-declarative-dev qt6-websockets-dev)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja \
    -DLLVM_ROOT="/usr/lib/llvm-$llvm" \
    -DCMAKE_C_COMPILER="clang-$llvm" \
    -DCMAKE_CXX_COMPILER="clang++-$llvm" \
    -DASYNC_TIDY_WERROR=ON >/dev/null
fi
cmake --build "$build"
