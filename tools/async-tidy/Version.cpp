#include "AsyncTidyDefaults.h"
#include "llvm/Config/llvm-config.h"

namespace clang::tidy::async {

void printVersion(llvm::raw_ostream &OS) {
  // ASYNC_TIDY_VERSION comes from project(VERSION) in CMakeLists.txt.
  OS << "async-tidy version " ASYNC_TIDY_VERSION "\n"
     << "  built for LLVM " LLVM_VERSION_STRING
        " (clang-tidy with the async-* checks)\n";
}

} // namespace clang::tidy::async
