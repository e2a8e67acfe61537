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
#include "clang/AST/Stmt.h"

namespace clang::tidy::async {

/// The default `OffloadAwaitables`: functions whose result, when awaited,
/// resumes the awaiting coroutine on a thread pool.
extern const char DefaultOffloadAwaitables[];

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

} // namespace clang::tidy::async

#endif
