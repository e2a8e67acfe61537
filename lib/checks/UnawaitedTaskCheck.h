//===--- UnawaitedTaskCheck.h - async-unawaited-task ----------------------===//
//
// Finds a task that is created and never awaited, so a lazy coroutine never
// runs and an eager one runs detached with its result and exceptions lost.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNAWAITEDTASKCHECK_H
#define ASYNC_TIDY_CHECKS_UNAWAITEDTASKCHECK_H

#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class UnawaitedTaskCheck : public AsyncTidyCheck {
public:
  UnawaitedTaskCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  void checkDiscardedCall(const CallExpr *Call, ASTContext &Ctx);
  void checkUnusedVariable(const VarDecl *Var, const SourceManager &SM);
  bool isDetachedContinuation(const CallExpr *Call, ASTContext &Ctx);
  bool losesNothing(const CallExpr *Call, const TaskTypeInfo &Task);
  /// A `co_await ` fix is offered only where it compiles: directly in a
  /// coroutine whose promise accepts this task, outside handlers and macros.
  bool canInsertCoAwait(const Expr *Written, const TaskTypeInfo &Task,
                        const struct StatementContext &Where);
  /// Whether a discard the user wrote on purpose is still worth reporting.
  bool reportsExplicitDiscard(const TaskTypeInfo &Task) const;

  TaskTypeOptions TaskOptions;
  const bool AllowExplicitDiscard;
  TaskTypeClassifier Classifier;
};

} // namespace clang::tidy::async

#endif
