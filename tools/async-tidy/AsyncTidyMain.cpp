// async-tidy: clang-tidy's own main with the async-* module linked in.

#include "AsyncTidyDefaults.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Support/CommandLine.h"

namespace clang::tidy {
// The module registers itself from a static initializer in a static library;
// referencing its anchor keeps the linker from dropping that object file.
extern volatile int AsyncTidyModuleAnchorSource;
[[maybe_unused]] static int AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

int main(int Argc, const char **Argv) {
  clang::tidy::async::describeDefaultChecks();
  llvm::cl::SetVersionPrinter(clang::tidy::async::printVersion);
  return clang::tidy::clangTidyMain(Argc, Argv);
}
