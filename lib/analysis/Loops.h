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

/// The innermost loop around \p S that can run its body more than once: a
/// macro's `do { ... } while (false)` (a test framework's assertion) and a
/// loop that every path leaves are skipped.
const Stmt *enclosingRepeatingLoopOf(const Stmt *S, ASTContext &Ctx);

/// The body of a `for`, range-`for`, `while` or `do` loop.
const Stmt *loopBodyOf(const Stmt *Loop);

/// The condition of a `for`, `while` or `do` loop (null for `for (;;)` and
/// a range-`for`).
const Expr *loopConditionOf(const Stmt *Loop);

/// True when \p Loop is a loop whose condition never ends it (`for (;;)`,
/// `while (true)`): only a `break`, `return` or exception leaves it.
bool runsUntilLeft(const Stmt *Loop, ASTContext &Ctx);

/// True when the number of iterations comes from run-time data: a range-for
/// over anything but a C array, `std::array` or an initializer list; a `for`
/// whose condition does not compare with a constant; `while`, `do`, and
/// `for (;;)` loops. False when the bound did not compile. Configuration
/// counts as a constant: `main`'s `argc` (one listener per port), and how
/// many threads the machine or an executor runs
/// (`std::thread::hardware_concurrency()`). So does a variable initialised
/// with a constant or with configuration and never written after, local or
/// `static`.
bool isRuntimeSizedLoop(const Stmt *Loop, ASTContext &Ctx);

/// True when \p Loop runs its body at most once: its condition is a constant
/// false (a macro's `do { ... } while (false)`), or every path through its
/// body leaves the loop (`break`, `return`, `throw`). Such a loop retries
/// nothing and multiplies nothing.
bool runsAtMostOnce(const Stmt *Loop, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
