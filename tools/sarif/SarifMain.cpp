//===--- SarifMain.cpp - async-tidy-sarif: convert and merge SARIF logs ---===//
//
// For runs that async-tidy's --export-sarif does not cover: a stock
// clang-tidy (with the plugin or without), run-clang-tidy's per-TU fixes
// files, and logs of parallel jobs that must become one.
//
//===----------------------------------------------------------------------===//

#include "Sarif.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace {

constexpr llvm::StringLiteral Usage = R"(usage:
  async-tidy-sarif convert [--srcroot=DIR] [-o FILE] FIXES.yaml...
  async-tidy-sarif merge [-o FILE] LOG.sarif...

convert  Turns clang-tidy --export-fixes files (one per run, or the
         per-TU files of run-clang-tidy -export-fixes DIR/) into one SARIF
         2.1.0 log, as async-tidy --export-sarif writes it. The source files
         must be readable where they were analysed (relative paths are
         taken from the build directory recorded in the YAML).
         --srcroot=DIR  locations are relative to DIR (%SRCROOT%);
                        default: the current directory.
merge    Merges SARIF logs into one, a finding reported by several logs
         (a header included by several TUs) once.
-o FILE  where the log goes; default: standard output.
)";

struct Command {
  std::string Name;
  std::string Output = "-";
  std::string SrcRoot;
  std::vector<std::string> Inputs;
};

std::optional<Command> parseCommand(int Argc, const char **Argv,
                                    std::string &Error) {
  Command Parsed;
  Parsed.Name = Argv[1];
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "-o" || Arg == "--output" || Arg == "--srcroot") {
      if (I + 1 == Argc) {
        Error = "option '" + Arg.str() + "' requires a value";
        return std::nullopt;
      }
      (Arg == "--srcroot" ? Parsed.SrcRoot : Parsed.Output) = Argv[++I];
    } else if (Arg.consume_front("--srcroot=")) {
      Parsed.SrcRoot = Arg.str();
    } else if (Arg.consume_front("--output=") || Arg.consume_front("-o=")) {
      Parsed.Output = Arg.str();
    } else if (Arg.size() > 1 && Arg.front() == '-') {
      Error = "unknown option '" + Arg.str() + "'";
      return std::nullopt;
    } else {
      Parsed.Inputs.push_back(Arg.str());
    }
  }
  if (Parsed.Name == "merge" && Parsed.Inputs.empty()) {
    Error = "merge needs at least one log";
    return std::nullopt;
  }
  if (Parsed.Name == "merge" && !Parsed.SrcRoot.empty()) {
    Error = "--srcroot is an option of convert";
    return std::nullopt;
  }
  return Parsed;
}

llvm::Error run(const Command &Cmd) {
  using namespace async_tidy::sarif;
  if (Cmd.Name == "merge")
    return mergeLogs(Cmd.Inputs, Cmd.Output);
  ConvertOptions Options;
  Options.SrcRoot = Cmd.SrcRoot;
  return convertExportFixes(Cmd.Inputs, Options, Cmd.Output);
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::StringRef Name = Argc > 1 ? Argv[1] : "";
  if (Name == "--help" || Name == "-h") {
    llvm::outs() << Usage;
    return 0;
  }
  if (Name == "--version") {
    llvm::outs() << "async-tidy-sarif " << ASYNC_TIDY_VERSION << " (LLVM "
                 << LLVM_VERSION_STRING << ")\n";
    return 0;
  }
  if (Name != "convert" && Name != "merge") {
    llvm::errs() << Usage;
    return 2;
  }
  std::string Error;
  std::optional<Command> Cmd = parseCommand(Argc, Argv, Error);
  if (!Cmd) {
    llvm::errs() << "async-tidy-sarif: error: " << Error << "\n" << Usage;
    return 2;
  }
  if (llvm::Error Failure = run(*Cmd)) {
    llvm::errs() << "async-tidy-sarif: error: "
                 << llvm::toString(std::move(Failure)) << "\n";
    return 1;
  }
  return 0;
}
