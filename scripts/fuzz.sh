#!/usr/bin/env bash
# Fuzzes every async-* check with libFuzzer + ASan + UBSan for a fixed time.
#   bash scripts/fuzz.sh [seconds]     (default 60; CI runs 60)
#   bash scripts/fuzz.sh --build-only  (build, do not fuzz)
# Builds test/fuzz/ and a sanitized async-tidy in build-sanitize/ (LLVM 19),
# seeds the corpus from test/checks/*.cpp and writes crashing inputs to
# build-sanitize/artifacts/.
# Exits non-zero when the fuzzer finds a crash or a sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
llvm="${ASYNC_TIDY_LLVM:-19}"
dir="${ASYNC_TIDY_FUZZ_BUILD:-build-sanitize}"

if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja \
    -DLLVM_ROOT="/usr/lib/llvm-$llvm" \
    -DCMAKE_C_COMPILER="clang-$llvm" -DCMAKE_CXX_COMPILER="clang++-$llvm" \
    -DASYNC_TIDY_BUILD_CLANGD=OFF -DASYNC_TIDY_BUILD_FUZZER=ON \
    -DASYNC_TIDY_SANITIZE=fuzzer-no-link,address,undefined >/dev/null
fi
cmake --build "$dir" --target async-tidy-fuzzer async-tidy
[ "$seconds" = --build-only ] && exit 0

# Seeds: the check tests without their RUN/CHECK comments (noise for the
# mutator). Only tests that include nothing but <coroutine>: the library
# headers (real or stubs) cost seconds per parse under the sanitizers, which
# would leave a 60 s run a handful of executions.
seeds="$dir/seeds"
corpus="$dir/corpus"
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$dir/artifacts"
for f in test/checks/*.cpp; do
  grep '^ *# *include' "$f" | grep -qv '<coroutine>' && continue
  grep -v -E '^ *// *(RUN|CHECK)' "$f" > "$seeds/$(basename "$f")"
done

# Leak checking is off: LLVM keeps some allocations for the life of the
# process on purpose, and libFuzzer would report them as leaks of the input.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
exec "$dir/bin/async-tidy-fuzzer" "$corpus" "$seeds" \
  -max_len=4096 -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
  -close_fd_mask=3 -print_final_stats=1 -artifact_prefix="$dir/artifacts/"
