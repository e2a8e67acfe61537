#!/usr/bin/env bash
# Installs what async-tidy needs (Debian packages; idempotent, and quick when
# everything is there), then configures and builds it in build/.
#   ASYNC_TIDY_LLVM=16|19|22   the LLVM to build against (default 19)
#   ASYNC_TIDY_BUILD=dir    the build directory (default build, build-N for LLVM N)
#   ASYNC_TIDY_TEST_PACKAGES=1  also what the tests use: the test tools, the
#                           benchmark's inputs, the headers the real-code
#                           corpus includes (scripts/test.sh sets it)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
packages=(cmake ninja-build python3 git
          "clang-$llvm" "clang-tidy-$llvm" "libclang-$llvm-dev" "llvm-$llvm-dev" "llvm-$llvm-tools"
          libboost1.81-dev libasio-dev
          # cpack -G DEB: dpkg-shlibdeps, and file to find what it must read
          dpkg-dev file)
if [ "${ASYNC_TIDY_TEST_PACKAGES:-0}" = 1 ]; then
  # pre-commit for its lit test; the benchmark's real inputs (Asio examples)
  # and its plot; groff to check the man page; the real-code corpus' headers
  packages+=(pre-commit libboost1.81-doc gnuplot-nox groff-base
             liburing-dev libfmt-dev catch2 libc-ares-dev libssl-dev
             libgtest-dev libgmock-dev libbenchmark-dev
             qt6-base-dev qt6-declarative-dev qt6-websockets-dev)
fi

install_missing() {
  local missing=() p status
  for p in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
install_missing "${packages[@]}"

# Debian's clangd links its remote-index client, so async-clangd links gRPC
# and protobuf. Where LLVM's exported targets name them as gRPC::grpc++
# (LLVM 22), CMake needs gRPC's own package too, which loads only when every
# program it names is installed (grpc_cpp_plugin: protobuf-compiler-grpc).
targets="/usr/lib/llvm-$llvm/lib/cmake/clang/ClangTargets.cmake"
if grep -q -i grpc "$targets" 2>/dev/null; then
  install_missing libgrpc++-dev libprotobuf-dev libabsl-dev
fi
if grep -q 'gRPC::' "$targets" 2>/dev/null; then
  install_missing protobuf-compiler-grpc
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja \
    -DLLVM_ROOT="/usr/lib/llvm-$llvm" \
    -DCMAKE_C_COMPILER="clang-$llvm" \
    -DCMAKE_CXX_COMPILER="clang++-$llvm" \
    -DASYNC_TIDY_WERROR=ON >/dev/null
fi
cmake --build "$build"
