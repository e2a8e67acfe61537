// What async-tidy changes in clang-tidy's main, before calling it.
#ifndef ASYNC_TIDY_TOOLS_ASYNC_TIDY_DEFAULTS_H
#define ASYNC_TIDY_TOOLS_ASYNC_TIDY_DEFAULTS_H

#include "llvm/Support/raw_ostream.h"

namespace clang::tidy::async {

// The checks when neither --checks nor a configuration file sets Checks
// (DefaultChecks.cpp puts them where clang-tidy puts its own default).
inline constexpr char DefaultChecks[] = "-*,async-*";

// Says so in --help, under --checks.
void describeDefaultChecks();

// --version: async-tidy's version and the LLVM it was built for.
void printVersion(llvm::raw_ostream &OS);

} // namespace clang::tidy::async

#endif
