// async-tidy's own default checks: async-* instead of clang-tidy's
// "-*,clang-diagnostic-*,clang-analyzer-*" (LLVM 22: no clang-analyzer-*).
//
// clangTidyMain puts its default Checks into the lowest layer of the options
// it hands to the options provider it builds (FileOptionsProvider for the
// usual .clang-tidy lookup, ConfigOptionsProvider for --config and
// --config-file); clang-tidy has no hook to change that string. The linker's
// --wrap sends those two constructor calls here first, and only that lowest
// layer changes: a Checks from a .clang-tidy, --config or --config-file is
// added to it exactly as clang-tidy adds it to its own default, and --checks
// still comes last. A stock clang-tidy loading the plugin keeps its own
// default, which a plugin cannot change.

#include "AsyncTidyDefaults.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/CommandLine.h"
#include <string>
#include <utility>

using clang::tidy::ClangTidyGlobalOptions;
using clang::tidy::ClangTidyOptions;
using clang::tidy::ConfigOptionsProvider;
using clang::tidy::FileOptionsProvider;
using FileSystemRef = llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>;

// The complete-object constructors as the linker names them: the original
// (__real_) and the replacement its calls are routed to (__wrap_). The same
// in LLVM 16 to 22; a mismatch is a link error, not a silent no-op.
#define FILE_PROVIDER_CTOR                                                     \
  "_ZN5clang4tidy19FileOptionsProviderC1ENS0_22ClangTidyGlobalOptionsENS0_"    \
  "16ClangTidyOptionsES3_N4llvm18IntrusiveRefCntPtrINS4_3vfs10FileSystemEEE"
#define CONFIG_PROVIDER_CTOR                                                   \
  "_ZN5clang4tidy21ConfigOptionsProviderC1ENS0_22ClangTidyGlobalOptionsENS0_"  \
  "16ClangTidyOptionsES3_S3_N4llvm18IntrusiveRefCntPtrINS4_"                   \
  "3vfs10FileSystemEEE"

void realFileOptionsProvider(
    FileOptionsProvider *This, ClangTidyGlobalOptions GlobalOptions,
    ClangTidyOptions DefaultOptions, ClangTidyOptions OverrideOptions,
    FileSystemRef FS) __asm__("__real_" FILE_PROVIDER_CTOR);
void asyncFileOptionsProvider(
    FileOptionsProvider *This, ClangTidyGlobalOptions GlobalOptions,
    ClangTidyOptions DefaultOptions, ClangTidyOptions OverrideOptions,
    FileSystemRef FS) __asm__("__wrap_" FILE_PROVIDER_CTOR);
void realConfigOptionsProvider(
    ConfigOptionsProvider *This, ClangTidyGlobalOptions GlobalOptions,
    ClangTidyOptions DefaultOptions, ClangTidyOptions ConfigOptions,
    ClangTidyOptions OverrideOptions,
    FileSystemRef FS) __asm__("__real_" CONFIG_PROVIDER_CTOR);
void asyncConfigOptionsProvider(
    ConfigOptionsProvider *This, ClangTidyGlobalOptions GlobalOptions,
    ClangTidyOptions DefaultOptions, ClangTidyOptions ConfigOptions,
    ClangTidyOptions OverrideOptions,
    FileSystemRef FS) __asm__("__wrap_" CONFIG_PROVIDER_CTOR);

void asyncFileOptionsProvider(FileOptionsProvider *This,
                              ClangTidyGlobalOptions GlobalOptions,
                              ClangTidyOptions DefaultOptions,
                              ClangTidyOptions OverrideOptions,
                              FileSystemRef FS) {
  DefaultOptions.Checks = clang::tidy::async::DefaultChecks;
  realFileOptionsProvider(This, std::move(GlobalOptions),
                          std::move(DefaultOptions), std::move(OverrideOptions),
                          std::move(FS));
}

void asyncConfigOptionsProvider(ConfigOptionsProvider *This,
                                ClangTidyGlobalOptions GlobalOptions,
                                ClangTidyOptions DefaultOptions,
                                ClangTidyOptions ConfigOptions,
                                ClangTidyOptions OverrideOptions,
                                FileSystemRef FS) {
  DefaultOptions.Checks = clang::tidy::async::DefaultChecks;
  realConfigOptionsProvider(This, std::move(GlobalOptions),
                            std::move(DefaultOptions), std::move(ConfigOptions),
                            std::move(OverrideOptions), std::move(FS));
}

namespace clang::tidy::async {

void describeDefaultChecks() {
  llvm::cl::Option *Checks = llvm::cl::getRegisteredOptions().lookup("checks");
  if (!Checks)
    return;
  // The option keeps a reference to its help text.
  static const std::string Help = Checks->HelpStr.rtrim().str() +
                                  "\nasync-tidy: when neither --checks nor a\n"
                                  "configuration file (.clang-tidy, --config,\n"
                                  "--config-file) sets Checks, the checks are\n"
                                  "'" +
                                  std::string(DefaultChecks) +
                                  "' instead of clang-tidy's default\n"
                                  "(clang-diagnostic-*, and clang-analyzer-*\n"
                                  "before LLVM 22).\n";
  Checks->setDescription(Help);
}

} // namespace clang::tidy::async
