//===--- Loops.h - which loop runs a statement, and how often -------------===//
//
// Work started once per iteration grows with the input when the loop runs
// over data whose size is only known at run time.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LOOPS_H
#define ASYNC_TIDY_ANALYSIS_LOOPS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::async {

/// The innermost loop whose body contains \p S, in \p S's own function (a
/// lambda's body is its own function); null when there is none.
const Stmt *enclosingLoopOf(const Stmt *S, ASTContext &Ctx);

/// The body of a `for`, range-`for`, `while` or `do` loop.
const Stmt *loopBodyOf(const Stmt *Loop);

/// True when the number of iterations comes from run-time data: a range-for
/// over anything but a C array, `std::array` or an initializer list; a `for`
/// whose condition does not compare with a constant (or with `main`'s
/// `argc`: the command line is configuration, not load); `while`, `do`, and
/// `for (;;)` loops. False when the bound did not compile.
bool isRuntimeSizedLoop(const Stmt *Loop, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
