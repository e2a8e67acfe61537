# Shared by the scripts: which LLVM, which build directory, where lit is.
#   ASYNC_TIDY_LLVM=16|19|22   the LLVM to build against (default 19)
llvm="${ASYNC_TIDY_LLVM:-19}"
if [ "$llvm" = 19 ]; then build_default=build; else build_default="build-$llvm"; fi
build="${ASYNC_TIDY_BUILD:-$build_default}"

lit_command() {
  local v="$1"
  if [ -f "/usr/lib/llvm-$v/build/utils/lit/lit.py" ]; then
    echo "python3 /usr/lib/llvm-$v/build/utils/lit/lit.py"
  else
    echo "python3 /usr/lib/llvm-$v/bin/lit"
  fi
}
