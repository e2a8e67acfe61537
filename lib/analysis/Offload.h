//===--- Offload.h - does this co_await move the coroutine to a pool? -----===//
//
// The C++ form of asyncio's `to_thread`: a coroutine that awaits a thread
// pool's scheduler (cppcoro `co_await pool.schedule()`, libcoro
// `co_await tp.schedule()`, concurrencpp `co_await resume_on(executor)`,
// async_simple `co_await dispatch(executor)`) runs on a pool thread from then
// on, where blocking is what the pool is for.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_OFFLOAD_H
#define ASYNC_TIDY_ANALYSIS_OFFLOAD_H

#include "analysis/ListedCallees.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

class OffloadRecognizer {
public:
  explicit OffloadRecognizer(const NameListOption &OffloadAwaitables)
      : Awaitables(OffloadAwaitables) {}

  /// True when \p S, a statement of a block, awaits an offload awaitable:
  /// `co_await pool.schedule();` or a declaration initialised by one.
  bool startsOffload(const Stmt *S);
  void clear() { Awaitables.clear(); }

private:
  bool awaitsOffload(const Expr *E);
  ListedCallees Awaitables;
};

/// True when \p T is an Asio thread pool or the executor of one: work handed
/// to it runs on the pool's threads.
bool isThreadPoolExecutor(QualType T);

/// True when \p Coroutine starts on a thread pool it is given: its first
/// parameter is an executor tag (concurrencpp's `executor_tag`) and its
/// second a thread pool, or an executor that starts a thread per task,
/// held by pointer, reference or smart pointer.
bool startsOnThreadPool(const FunctionDecl *Coroutine);

/// The call operator of a lambda coroutine that \p Spawn (an Asio
/// `co_spawn`) starts on a thread pool, written in place as the function to
/// spawn (`co_spawn(pool, []() -> awaitable<void> {...}, token)`) or called
/// in place (`co_spawn(pool, [&]() -> awaitable<void> {...}(), token)`).
const CXXMethodDecl *lambdaSpawnedOnThreadPool(const CallExpr *Spawn);

} // namespace clang::tidy::async

#endif
