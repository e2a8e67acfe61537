//===--- DanglingCoroutineReferenceCheck.h -----------------------*- C++ -*-===//
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
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

class DanglingCoroutineReferenceCheck : public ClangTidyCheck {
public:
  DanglingCoroutineReferenceCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

  /// Why the referent dies before the task uses it.
  enum class Death { None, Temporary, SpawnerReturns, WrapperReturns };

private:
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
  Death deathOf(const Referent &Target, const CallExpr *Call,
                bool AwaitedInFullExpression, Dangling &Found,
                ASTContext &Ctx);
  const CallExpr *detachingSpawnOf(const CallExpr *Task, ASTContext &Ctx);
  void report(const CallExpr *Call, const Dangling &Found);

  TaskTypeOptions TaskOptions;
  NameListOption ViewTypes;
  NameListOption SpawnFunctions;
  TaskTypeClassifier Tasks;
  NamedDeclSet Views;
  NamedDeclSet Spawns;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif
