//===--- ExportSarif.h - async-tidy --export-sarif --------------*- C++ -*-===//
//
// clang-tidy's main knows nothing of SARIF, and its options are private to
// it. async-tidy wraps it: the SARIF options are taken out of the arguments,
// clang-tidy runs with --export-fixes to a temporary file, and that file is
// converted as `async-tidy-sarif convert` would. This needs nothing from
// clang-tidy but the export-fixes YAML, which LLVM 16 to 22 all write alike.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_SARIF_EXPORTSARIF_H
#define ASYNC_TIDY_SARIF_EXPORTSARIF_H

namespace async_tidy::sarif {

using MainFunction = int (*)(int Argc, const char **Argv);

/// Runs Main with Argv; with --export-sarif=FILE among the arguments, also
/// writes the SARIF log of the run's findings to FILE (--sarif-srcroot=DIR:
/// the directory its URIs are relative to, by default the current one).
/// Returns Main's exit code, or 1 when the log cannot be written.
int runWithSarifExport(int Argc, const char **Argv, MainFunction Main);

} // namespace async_tidy::sarif

#endif // ASYNC_TIDY_SARIF_EXPORTSARIF_H
