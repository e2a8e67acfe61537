//===--- Locks.h - which variables and calls hold a thread lock -----------===//
//
// The vocabulary of thread locking, as the option lists define it: a guard
// variable (`std::lock_guard`, `std::unique_lock`, ...) over a thread mutex,
// how its construction starts it (locked, deferred, adopted, taken over from
// another guard), and the member calls that take or let go of a lock. A guard
// over an asynchronous mutex (`std::unique_lock<folly::coro::Mutex>` from
// `co_scoped_lock()`) is no thread lock at all.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LOCKS_H
#define ASYNC_TIDY_ANALYSIS_LOCKS_H

#include "analysis/NameLists.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::async {

/// The lock-type options a check that reasons about thread locks reads.
struct LockTypeOptions {
  explicit LockTypeOptions(ClangTidyCheck::OptionsView &Options);
  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Map) const;

  NameListOption LockTypes;
  NameListOption MutexTypes;
  NameListOption AsyncMutexTypes;
};

/// What a member call does to the lock of the object it is made on.
enum class LockOperation { None, Lock, Unlock, Release };

/// `lock()`/`lock_shared()` (Abseil: `Lock()`, `ReaderLock()`, ...) take the
/// lock; `unlock()`/`unlock_shared()` (`Unlock()`, ...) let it go; a guard's
/// `release()` gives it up without unlocking.
LockOperation lockOperationOf(const CXXMemberCallExpr *Call);

/// How the construction of a guard leaves it.
struct GuardStart {
  enum Kind { Locked, Unlocked, Adopted, TakenOver } State = Locked;
  /// `Adopted`: the mutexes whose lock the guard adopts.
  llvm::SmallVector<const Expr *, 2> AdoptedMutexes;
  /// `TakenOver`: the `std::move(other)` the guard is constructed from.
  const CallExpr *Move = nullptr;
};

/// How a guard initialised by \p Init starts: `std::defer_lock` and
/// `std::try_to_lock` leave it unlocked, `std::adopt_lock` adopts a lock the
/// code took before, a move takes over another guard's lock.
GuardStart guardStartOf(const Expr *Init);

/// Answers, once per class, which guards and mutexes are thread locks.
class LockVocabulary {
public:
  explicit LockVocabulary(const LockTypeOptions &Options);

  /// The thread mutex that a variable of type \p GuardType holds: null when
  /// it is no listed guard, or when everything it guards is asynchronous.
  /// A guard whose mutex cannot be told is taken at its word: its own type.
  QualType threadMutexGuardedBy(QualType GuardType);
  bool isThreadLockGuard(QualType T) {
    return !threadMutexGuardedBy(T).isNull();
  }

  /// True when \p Call is made on a listed, synchronous mutex.
  bool isThreadMutexCall(const CXXMemberCallExpr *Call);

  void clear();

private:
  bool isAsyncMutex(QualType T) { return namesListedType(T, AsyncMutexTypes); }
  QualType computeGuardedMutex(const CXXRecordDecl *Guard, QualType GuardType);

  NamedDeclSet LockTypes;
  NamedDeclSet MutexTypes;
  NamedDeclSet AsyncMutexTypes;
  llvm::DenseMap<const CXXRecordDecl *, QualType> GuardCache;
};

} // namespace clang::tidy::async

#endif
