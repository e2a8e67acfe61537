// clangd (18 and later) runs a clang-tidy check while you type only if its
// table of measured checks calls it fast; under the default FastCheckFilter
// (Strict) a check it has never measured is silently dropped, and that is
// every async-* check. The linker's --wrap sends clangd's calls of
// isFastTidyCheck here first: async-* checks are narrow matchers benchmarked
// next to the parser (test/bench), so they answer "fast"; every other check
// gets clangd's own answer.

#include "llvm/ADT/StringRef.h"
#include <optional>

// clang::clangd::isFastTidyCheck(llvm::StringRef), as the linker names the
// original (__real_) and the replacement it routes calls to (__wrap_).
std::optional<bool> clangdIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> asyncIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

std::optional<bool> asyncIsFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("async-"))
    return true;
  return clangdIsFastTidyCheck(Check);
}
