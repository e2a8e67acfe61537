//===--- ExportSarif.cpp - async-tidy --export-sarif ----------------------===//

#include "ExportSarif.h"
#include "Sarif.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace async_tidy::sarif {
namespace {

// clang-tidy's --help lists only its own category; this text follows it.
llvm::cl::extrahelp SarifHelp(R"(
SARIF output (async-tidy's own options):
  --export-sarif=<file>    - Write the findings as a SARIF 2.1.0 log, for
                             code scanning (GitHub, GitLab, Azure DevOps,
                             SonarQube). Findings suppressed by NOLINT are
                             left out. Logs of several runs are merged with
                             `async-tidy-sarif merge`.
  --sarif-srcroot=<dir>    - Locations in the log are relative to this
                             directory (%SRCROOT%). Default: the current
                             directory.
)");

/// The arguments with the SARIF options (and --export-fixes, which async-tidy
/// sets itself) taken out.
struct SarifArguments {
  std::vector<std::string> Forwarded;
  std::optional<std::string> SarifFile;
  std::optional<std::string> SrcRoot;
  std::optional<std::string> FixesFile;
  std::string Error;
};

/// The value of option Name when Args[I] is it, as -Name=V, --Name=V, or
/// -Name V / --Name V (then I moves past V).
std::optional<std::string> takeOption(llvm::ArrayRef<const char *> Args,
                                      size_t &I, llvm::StringRef Name,
                                      std::string &Error) {
  llvm::StringRef Arg = Args[I];
  if (!Arg.consume_front("-"))
    return std::nullopt;
  Arg.consume_front("-");
  if (!Arg.consume_front(Name))
    return std::nullopt;
  if (Arg.consume_front("="))
    return Arg.str();
  if (!Arg.empty())
    return std::nullopt;
  if (I + 1 == Args.size()) {
    Error = "option '" + Name.str() + "' requires a value";
    return std::nullopt;
  }
  return std::string(Args[++I]);
}

SarifArguments parseArguments(llvm::ArrayRef<const char *> Args) {
  SarifArguments Parsed;
  bool CompilerArguments = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    if (!CompilerArguments && I > 0) {
      if (llvm::StringRef(Args[I]) == "--") {
        CompilerArguments = true;
      } else if (auto File =
                     takeOption(Args, I, "export-sarif", Parsed.Error)) {
        Parsed.SarifFile = *File;
        continue;
      } else if (auto Dir =
                     takeOption(Args, I, "sarif-srcroot", Parsed.Error)) {
        Parsed.SrcRoot = *Dir;
        continue;
      } else if (auto Fixes =
                     takeOption(Args, I, "export-fixes", Parsed.Error)) {
        Parsed.FixesFile = *Fixes;
        continue;
      }
      if (!Parsed.Error.empty())
        return Parsed;
    }
    Parsed.Forwarded.push_back(Args[I]);
  }
  return Parsed;
}

int runMain(const std::vector<std::string> &Arguments, MainFunction Main) {
  std::vector<const char *> Argv;
  Argv.reserve(Arguments.size() + 1);
  for (const std::string &Arg : Arguments)
    Argv.push_back(Arg.c_str());
  int Argc = static_cast<int>(Argv.size());
  Argv.push_back(nullptr);
  return Main(Argc, Argv.data());
}

/// clang-tidy writes the fixes file only when there are findings; so does
/// async-tidy with the user's --export-fixes file.
bool copyFixes(llvm::StringRef From, const std::string &To) {
  uint64_t Size = 0;
  if (llvm::sys::fs::file_size(From, Size) || Size == 0)
    return true;
  if (std::error_code Error = llvm::sys::fs::copy_file(From, To)) {
    llvm::errs() << "async-tidy: error: cannot write '" << To
                 << "': " << Error.message() << "\n";
    return false;
  }
  return true;
}

bool exportSarif(llvm::StringRef FixesFile, llvm::StringRef SarifFile,
                 const SarifArguments &Parsed) {
  ConvertOptions Options;
  Options.SrcRoot = Parsed.SrcRoot.value_or("");
  std::string Fixes = FixesFile.str();
  llvm::Error Written = convertExportFixes(Fixes, Options, SarifFile);
  if (!Written)
    return true;
  llvm::errs() << "async-tidy: error: --export-sarif: "
               << llvm::toString(std::move(Written)) << "\n";
  return false;
}

} // namespace

int runWithSarifExport(int Argc, const char **Argv, MainFunction Main) {
  SarifArguments Parsed =
      parseArguments(llvm::ArrayRef<const char *>(Argv, Argc));
  if (!Parsed.Error.empty()) {
    llvm::errs() << "async-tidy: error: " << Parsed.Error << "\n";
    return 1;
  }
  if (!Parsed.SarifFile) {
    if (Parsed.FixesFile) {
      Parsed.Forwarded.insert(Parsed.Forwarded.begin() + 1,
                              "--export-fixes=" + *Parsed.FixesFile);
    }
    return runMain(Parsed.Forwarded, Main);
  }

  llvm::SmallString<128> Temporary;
  if (std::error_code Error = llvm::sys::fs::createTemporaryFile(
          "async-tidy-fixes", "yaml", Temporary)) {
    llvm::errs() << "async-tidy: error: --export-sarif: cannot create a "
                    "temporary file: "
                 << Error.message() << "\n";
    return 1;
  }
  Parsed.Forwarded.insert(Parsed.Forwarded.begin() + 1,
                          "--export-fixes=" + Temporary.str().str());
  int Status = runMain(Parsed.Forwarded, Main);
  bool Written = exportSarif(Temporary, *Parsed.SarifFile, Parsed) &&
                 (!Parsed.FixesFile || copyFixes(Temporary, *Parsed.FixesFile));
  // A temporary file left behind is no reason to fail the run.
  if (std::error_code Error = llvm::sys::fs::remove(Temporary))
    llvm::errs() << "async-tidy: warning: cannot remove '" << Temporary
                 << "': " << Error.message() << "\n";
  return Written ? Status : (Status ? Status : 1);
}

} // namespace async_tidy::sarif
