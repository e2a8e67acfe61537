//===--- DetachedSpawnCheck.h - async-detached-spawn ----------------------===//
//
// Finds fire-and-forget spawns whose failure nobody will see: an exception
// escaping the spawned coroutine is silently dropped.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_DETACHEDSPAWNCHECK_H
#define ASYNC_TIDY_CHECKS_DETACHEDSPAWNCHECK_H

#include "analysis/AsyncCalls.h"
#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class DetachedSpawnCheck : public AsyncTidyCheck {
public:
  DetachedSpawnCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// How the outcome of the spawned work gets lost.
  enum class Loss {
    None,
    DetachedToken,
    IgnoringHandler,
    DroppedFuture,
    DetachedFunction,
    DroppedHandle,
    IgnoringCallback,
    FireAndForget,
    DroppedContinuation,
  };

private:
  void startTranslationUnit() override;
  struct Finding {
    Loss How = Loss::None;
    const Expr *Work = nullptr;
    const ParmVarDecl *IgnoredOutcome = nullptr;
  };
  Finding findLoss(const CallExpr *Call, ASTContext &Ctx);
  Finding findTokenSpawnLoss(const CallExpr *Call, ASTContext &Ctx);
  Finding findStartLoss(const CallExpr *Call, ASTContext &Ctx);
  Finding findContinuationLoss(const CallExpr *Call, const Expr *Task,
                               ASTContext &Ctx);
  void report(const CallExpr *Call, const Finding &Found,
              const SpawnedWork &Work, const Stmt *Escape,
              const SourceManager &SM);

  TaskTypeOptions TaskOptions;
  NameListOption DetachedSpawnFunctions;
  NameListOption DetachedTokens;
  const bool AssumeUnknownCoroutinesThrow;
  TaskTypeClassifier Tasks;
  SpawnCallClassifier Spawns;
};

} // namespace clang::tidy::async

#endif
