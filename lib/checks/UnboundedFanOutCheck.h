//===--- UnboundedFanOutCheck.h - async-unbounded-fan-out -----------------===//
//
// Finds fan-out whose concurrency grows with the input: one task per element
// of a runtime-sized range, started at once, with nothing limiting them.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNBOUNDEDFANOUTCHECK_H
#define ASYNC_TIDY_CHECKS_UNBOUNDEDFANOUTCHECK_H

#include "analysis/NameLists.h"
#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class UnboundedFanOutCheck : public AsyncTidyCheck {
public:
  UnboundedFanOutCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  void checkFanOut(const CallExpr *Call, ASTContext &Ctx);
  void checkSpawn(const CallExpr *Spawn, ASTContext &Ctx);
  /// Something in the loop body or in the work started per iteration
  /// acquires an async semaphore.
  bool isLimited(const Stmt *LoopBody, const Expr *Work, ASTContext &Ctx);
  bool acquiresSemaphore(const Stmt *S, ASTContext &Ctx);
  bool addsWorkToStart(const CXXMemberCallExpr *Fill);

  TaskTypeOptions TaskOptions;
  NameListOption SemaphoreTypes;
  NameListOption FanOutFunctions;
  NameListOption SpawnFunctions;
  const bool FlagAcceptLoops;
  TaskTypeClassifier Tasks;
  NamedDeclSet Semaphores;
  NamedDeclSet FanOut;
  NamedDeclSet Spawns;
};

} // namespace clang::tidy::async

#endif
