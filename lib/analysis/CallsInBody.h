//===--- CallsInBody.h - the calls a function body makes itself -----------===//
//
// The calls (and constructions) a body makes on its own thread, in source
// order. A nested lambda's body runs when the lambda is called, and a local
// class's methods when they are called, so neither counts; a lambda's
// capture initialisers do. Statements that move the rest of their block to
// another thread (a `co_await` of a thread pool's scheduler) mark every call
// after them, in the same block or nested in it, as offloaded.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CALLSINBODY_H
#define ASYNC_TIDY_ANALYSIS_CALLSINBODY_H

#include "clang/AST/Expr.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

/// Calls \p Visit for each CallExpr and CXXConstructExpr of \p Body. With
/// \p StartsOffload, a call that follows (in its block or an enclosing one)
/// a statement it accepts is visited with `Offloaded` set.
void forEachCallIn(
    const Stmt *Body,
    llvm::function_ref<void(const Expr *Call, bool Offloaded)> Visit,
    llvm::function_ref<bool(const Stmt *)> StartsOffload = nullptr);

} // namespace clang::tidy::async

#endif
