// clangd's versionString() is the first line of --version and the version
// that the LSP initialize result reports in serverInfo. The linker's --wrap
// sends clangd's calls here first, so both name async-tidy's version and the
// LLVM it was built for before clangd's own version.

#include "llvm/Config/llvm-config.h"
#include <string>

// clang::clangd::versionString(), as the linker names the original (__real_)
// and the replacement it routes calls to (__wrap_).
std::string clangdVersionString() __asm__(
    "__real__ZN5clang6clangd13versionStringB5cxx11Ev");
std::string asyncClangdVersionString() __asm__(
    "__wrap__ZN5clang6clangd13versionStringB5cxx11Ev");

std::string asyncClangdVersionString() {
  // ASYNC_TIDY_VERSION comes from project(VERSION) in CMakeLists.txt.
  return "async-clangd version " ASYNC_TIDY_VERSION
         " built for LLVM " LLVM_VERSION_STRING " (" +
         clangdVersionString() + ")";
}
