//===--- CoroutineWalk.h - a coroutine's try blocks, awaits and loops -----===//
//
// "Does this handler send the loop round again?" and "which variables hold
// what this await returned?" need the loop around each `try` and `co_await`
// and the statements after each `try`. One walk over the coroutine's own
// statements collects them, without a parent map. A loop that runs its
// body at most once (a macro's `do { ... } while (false)`) repeats nothing
// and counts as no loop.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_COROUTINEWALK_H
#define ASYNC_TIDY_ANALYSIS_COROUTINEWALK_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <vector>

namespace clang::tidy::async {

/// A `try` statement of the coroutine and the loop it runs in, if any.
struct TryInCoroutine {
  const CXXTryStmt *Try = nullptr;
  const Stmt *Loop = nullptr;
  /// No `switch` between the `try` and the loop: `break` leaves the loop.
  bool BreakLeavesLoop = false;
  /// The statements after it in its block: where a handler that completes
  /// goes next.
  llvm::ArrayRef<const Stmt *> After;
};

/// A `co_await` of the coroutine, the loop it runs in and the variables its
/// result is stored in.
struct AwaitInCoroutine {
  const CoawaitExpr *Await = nullptr;
  const Stmt *Loop = nullptr;
  llvm::SmallVector<const ValueDecl *, 4> Results;
};

/// What one walk over a coroutine's written body finds.
struct CoroutineWalk {
  const FunctionDecl *Function = nullptr;
  const Stmt *Body = nullptr;
  std::vector<TryInCoroutine> Tries;
  std::vector<AwaitInCoroutine> Awaits;
  /// Some `co_return` hands back a value (or a still dependent one).
  bool HasValueReturn = false;
};

/// Walks the written body of the coroutine \p FD (nested lambdas excluded).
CoroutineWalk walkCoroutine(const FunctionDecl *FD, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
