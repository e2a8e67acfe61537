//===--- LockHeldAcrossSuspensionCheck.h - async-lock-held-across-suspension //
//
// Finds a thread lock held while a coroutine suspends, so it may be unlocked
// on another thread and every other user of the mutex waits behind the
// suspended coroutine.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_LOCKHELDACROSSSUSPENSIONCHECK_H
#define ASYNC_TIDY_CHECKS_LOCKHELDACROSSSUSPENSIONCHECK_H

#include "analysis/LockFlow.h"
#include "analysis/Locks.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class LockHeldAcrossSuspensionCheck : public AsyncTidyCheck {
public:
  LockHeldAcrossSuspensionCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  /// Awaitables listed in `AllowedAwaitables` do not count as suspending.
  bool isAllowedSuspension(const Expr *Suspension);
  void reportHeldLock(const LockHeldAtSuspension &Held, ASTContext &Ctx);

  LockTypeOptions LockOptions;
  NameListOption AllowedAwaitables;
  NameListOption ConditionVariableWaits;
  LockVocabulary Locks;
  NamedDeclSet AllowedAwaitableTypes;
  NamedDeclSet ReleasingWaits;
};

} // namespace clang::tidy::async

#endif
