//===--- DanglingCoroutineReferenceCheck.h --------------------------------===//
//
// Finds references that a coroutine keeps after their referent dies: a
// temporary, a local of a function that spawns or returns the task, or the
// captures of a temporary lambda.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_DANGLINGCOROUTINEREFERENCECHECK_H
#define ASYNC_TIDY_CHECKS_DANGLINGCOROUTINEREFERENCECHECK_H

#include "analysis/Lifetimes.h"
#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class DanglingCoroutineReferenceCheck : public AsyncTidyCheck {
public:
  DanglingCoroutineReferenceCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// Why the referent dies before the task uses it.
  enum class Death { None, Temporary, SpawnerReturns, WrapperReturns };

private:
  void startTranslationUnit() override;
  struct Dangling {
    Death How = Death::None;
    const CallExpr *Spawn = nullptr;
    const FunctionDecl *Owner = nullptr;
    const VarDecl *Referent = nullptr;
    /// The referent lives in a nested block (a loop body), not until the
    /// function returns.
    bool DiesInNestedBlock = false;
    llvm::SmallVector<const ParmVarDecl *, 2> Parameters;
  };
  void checkCoroutineCall(const CallExpr *Call, ASTContext &Ctx);
  void checkLambdaCall(const CallExpr *Call, const LambdaExpr *Lambda,
                       ASTContext &Ctx);
  Death deathOf(const Referent &Target, const CallExpr *Call, Dangling &Found,
                ASTContext &Ctx);
  bool outlivesFullExpression(const CallExpr *Call, ASTContext &Ctx);
  bool isDoneBeforeSuspending(const FunctionDecl *Coroutine,
                              const ParmVarDecl *Param,
                              const SourceManager &SM);
  const CallExpr *detachingSpawnOf(const CallExpr *Task, ASTContext &Ctx);
  const CallExpr *laterSpawnOfKeptTask(const CallExpr *Task, ASTContext &Ctx);
  void report(const CallExpr *Call, const Dangling &Found,
              const SourceManager &SM);

  TaskTypeOptions TaskOptions;
  NameListOption ViewTypes;
  NameListOption SpawnFunctions;
  TaskTypeClassifier Tasks;
  NamedDeclSet Views;
  NamedDeclSet Spawns;
};

} // namespace clang::tidy::async

#endif
