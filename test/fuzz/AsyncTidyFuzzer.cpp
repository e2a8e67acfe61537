// libFuzzer target: every async-* check on a mutated C++ source, through
// clang-tidy's in-process API (no subprocess, so one input costs one parse).
// Built by scripts/fuzz.sh in build-fuzz/ (-DASYNC_TIDY_BUILD_FUZZER=ON).

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace clang::tidy {
// The module registers itself from a static initializer in a static library;
// without a reference the linker drops it and no async-* check exists.
extern volatile int AsyncTidyModuleAnchorSource;
[[maybe_unused]] static int AsyncTidyModuleAnchorDestination =
    AsyncTidyModuleAnchorSource;
} // namespace clang::tidy

using namespace clang;
using namespace clang::tidy;

// A path that exists nowhere on disk, so the only file the overlay can serve
// for it is the fuzzer's input.
static const char *const InputPath = "/async-tidy-fuzz/input.cpp";

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  ClangTidyGlobalOptions GlobalOptions;
  ClangTidyOptions Options = ClangTidyOptions::getDefaults();
  Options.Checks = "-*,async-*";
  ClangTidyContext Context(
      std::make_unique<DefaultOptionsProvider>(GlobalOptions, Options));

  // The stub headers of the test suite stand in for the real libraries, and
  // the resource directory is named explicitly because tooling would look
  // for it next to this binary.
  std::vector<std::string> Args = {
      "-std=c++20",           "-fsyntax-only", "-isystem",
      ASYNC_TIDY_FUZZ_INPUTS, "-resource-dir", ASYNC_TIDY_FUZZ_RESOURCE_DIR};
  // ClangTool changes into this directory on every layer of the overlay, so
  // it must exist on the real file system too.
  tooling::FixedCompilationDatabase Compilations("/", Args);

  auto Memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  Memory->addFile(InputPath, 0,
                  llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(
                      reinterpret_cast<const char *>(Data), Size)));
  auto Overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
      llvm::vfs::getRealFileSystem());
  Overlay->pushOverlay(Memory);

  // Findings and compiler errors are expected on arbitrary input; only a
  // crash or a sanitizer report counts.
  runClangTidy(Context, Compilations, {InputPath}, Overlay,
               /*ApplyAnyFix=*/false);
  return 0;
}
