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
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

class LockHeldAcrossSuspensionCheck : public ClangTidyCheck {
public:
  LockHeldAcrossSuspensionCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

private:
  /// Awaitables listed in `AllowedAwaitables` do not count as suspending.
  bool isAllowedSuspension(const Expr *Suspension);
  void reportHeldLock(const LockHeldAtSuspension &Held, ASTContext &Ctx);

  LockTypeOptions LockOptions;
  NameListOption AllowedAwaitables;
  LockVocabulary Locks;
  NamedDeclSet AllowedAwaitableTypes;
  /// A template reports each (suspension, acquisition) pair once, whatever
  /// the number of its instantiations.
  llvm::DenseSet<std::pair<SourceLocation, SourceLocation>> Reported;
};

} // namespace clang::tidy::async

#endif
