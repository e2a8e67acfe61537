//===--- ExceptionEscape.h - can an exception leave this function? --------===//
//
// A spawned coroutine whose every suspension point and throwing call sits in
// a `try` that catches everything loses nothing when it is detached: no
// exception can reach the spawner's completion handler. This finds the first
// place from which one could leave the body anyway.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXCEPTIONESCAPE_H
#define ASYNC_TIDY_ANALYSIS_EXCEPTIONESCAPE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::async {

/// The first statement of \p FD's written body that can throw an exception
/// out of the body: a suspension point, a `throw`, or a call or construction
/// that is not `noexcept`, outside every `try` whose handlers include
/// `catch (...)` or a catch of `std::exception` (by value or reference). In
/// a handler only a `throw` counts: a handler that logs does not rethrow.
/// Nested lambdas are their own functions and are not looked into. Two
/// suspension points never throw: Asio's `this_coro` queries, and an
/// operation that resumes with its error as a value (`as_tuple`,
/// `as_single`: an `error_code`, or a tuple that starts with one). Null when
/// nothing can escape.
const Stmt *firstEscapingThrowOf(const FunctionDecl *FD);

} // namespace clang::tidy::async

#endif
