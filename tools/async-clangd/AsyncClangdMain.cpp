// async-clangd: clangd's own main with the async-* module linked in, so an
// editor shows async-* diagnostics and their fix-its as you type.

namespace clang {
namespace clangd {
// Declared by clangd's ClangdMain.h, which LLVM does not install.
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd
namespace tidy {
// Keeps the module's registration object in the link.
extern volatile int AsyncTidyModuleAnchorSource;
[[maybe_unused]] static int AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace tidy
} // namespace clang

int main(int Argc, char *Argv[]) {
  return clang::clangd::clangdMain(Argc, Argv);
}
