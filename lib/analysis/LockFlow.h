//===--- LockFlow.h - which thread locks are held where a coroutine suspends//
//
// A forward may-analysis over a coroutine's control-flow graph, solved with
// clang's ForwardDataflowWorklist: a lock is held at a suspension point when
// some path from its acquisition reaches that point without a release (end
// of the guard's scope, `unlock()`, `release()`, a move out of the guard).
// The graph is built only for a coroutine that both takes a thread lock and
// suspends.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LOCKFLOW_H
#define ASYNC_TIDY_ANALYSIS_LOCKFLOW_H

#include "analysis/Locks.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

namespace clang::tidy::async {

/// How a lock came to be held.
enum class Acquisition {
  Declaration, ///< a guard constructed locked (or adopting a lock)
  Parameter,   ///< a guard passed by value
  Relock,      ///< `lk.lock()` on a guard
  Assignment,  ///< a guard assigned a locked guard
  TakeOver,    ///< a guard constructed or assigned from `std::move(other)`
  MutexLock,   ///< `m.lock()` on the mutex itself
};

/// One thread lock that may be held at one suspension point.
struct LockHeldAtSuspension {
  /// The `co_await` or `co_yield`.
  const Expr *Suspension = nullptr;
  /// The guard that holds the lock, or null for a mutex locked directly.
  const VarDecl *Guard = nullptr;
  QualType Mutex;
  /// Where and how the lock was taken; the earliest place in the source when
  /// several acquisitions reach the suspension point.
  SourceLocation AcquiredAt;
  Acquisition How = Acquisition::Declaration;
  /// `MutexLock`: the `m.lock()` call.
  const CXXMemberCallExpr *LockCall = nullptr;
  /// `TakeOver`: the guard the lock was moved out of.
  const VarDecl *TakenOverFrom = nullptr;
};

/// The thread locks that may be held at each suspension point of
/// \p Coroutine that \p CountsAsSuspension accepts: one entry per lock and
/// suspension point, in the order of the suspension points in the source.
///
/// A lock handed to the awaited call is not held across that suspension:
/// the call owns it while the coroutine waits, as a condition-variable wait
/// releases the lock it is given and takes it back before resuming. That
/// holds for a guard passed to a parameter that can change it (a non-const
/// reference, or by value), and, for the calls \p ReleasesWhatItIsGiven
/// accepts (the listed condition-variable waits), also for the mutex the
/// guard holds.
std::vector<LockHeldAtSuspension> locksHeldAcrossSuspensions(
    const FunctionDecl *Coroutine, ASTContext &Ctx, LockVocabulary &Locks,
    llvm::function_ref<bool(const Expr *)> CountsAsSuspension,
    llvm::function_ref<bool(const FunctionDecl *)> ReleasesWhatItIsGiven);

/// True when \p Body (outside nested lambdas) takes a thread lock.
bool takesThreadLock(const Stmt *Body, LockVocabulary &Locks);

} // namespace clang::tidy::async

#endif
