//===--- Sarif.h - SARIF 2.1.0 logs from clang-tidy findings ---*- C++ -*-===//
//
// One library behind `async-tidy --export-sarif` and `async-tidy-sarif`:
// both read clang-tidy's --export-fixes YAML, so async-tidy and a stock
// clang-tidy with the plugin give the same log for the same findings.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SARIF_SARIF_H
#define ASYNC_TIDY_SARIF_SARIF_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>

namespace async_tidy::sarif {

/// The key of the fingerprint in `partialFingerprints`. Its value is
/// "<hash>:<n>": the hash covers the check, the file, the message and the
/// source line without its whitespace (not the line number), and n counts
/// the earlier results of the file with the same hash.
inline constexpr llvm::StringLiteral FingerprintKey = "asyncTidyFinding/v1";

/// The uriBaseId that locations inside the source root are relative to.
inline constexpr llvm::StringLiteral SrcRootId = "%SRCROOT%";

struct ConvertOptions {
  /// Files below this directory get URIs relative to %SRCROOT%; the others
  /// absolute file:// URIs. Empty: the current directory.
  std::string SrcRoot;
};

/// Reads clang-tidy --export-fixes files, or directories of *.yaml ones
/// (run-clang-tidy -export-fixes DIR/ leaves an empty file for a TU without
/// findings), and writes one SARIF log to OutputPath ("-": standard output).
/// Source files are read to turn byte offsets into lines and columns.
llvm::Error convertExportFixes(llvm::ArrayRef<std::string> YamlFiles,
                               const ConvertOptions &Options,
                               llvm::StringRef OutputPath);

/// Merges SARIF logs into one at OutputPath: one run per tool, a result
/// reported by several logs (a header seen from several TUs) kept once.
llvm::Error mergeLogs(llvm::ArrayRef<std::string> LogPaths,
                      llvm::StringRef OutputPath);

} // namespace async_tidy::sarif

#endif // ASYNC_TIDY_SARIF_SARIF_H
