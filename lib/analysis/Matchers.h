//===--- Matchers.h - AST matchers the async-* checks share ---------------===//

#ifndef ASYNC_TIDY_ANALYSIS_MATCHERS_H
#define ASYNC_TIDY_ANALYSIS_MATCHERS_H

#include "analysis/Coroutines.h"
#include "analysis/NameLists.h"
#include "analysis/TaskTypes.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::async::matchers {

/// An expression that creates a new task (a prvalue of task type).
AST_MATCHER_P(Expr, isTaskPRValue, TaskTypeClassifier *, Classifier) {
  return Node.isPRValue() && Classifier->isTaskType(Node.getType());
}

/// A variable whose type is a task type.
AST_MATCHER_P(VarDecl, hasTaskType, TaskTypeClassifier *, Classifier) {
  return Classifier->isTaskType(Node.getType());
}

/// A call whose callee is one of \p Names.
AST_MATCHER_P(CallExpr, calleeIn, NamedDeclSet *, Names) {
  return Names->contains(Node.getDirectCallee());
}

/// A declaration named in the fixed list \p Names.
AST_MATCHER_P(NamedDecl, isListedIn, llvm::ArrayRef<llvm::StringLiteral>,
              Names) {
  return isListed(&Node, Names);
}

/// A declaration whose own identifier is one of \p Names, in any scope.
AST_MATCHER_P(NamedDecl, hasIdentifierIn, llvm::ArrayRef<llvm::StringLiteral>,
              Names) {
  return ::clang::tidy::async::hasIdentifierIn(&Node, Names);
}

inline constexpr char CoroutineBodyID[] = "coroutine-body";

/// A coroutine body outside system headers. Checks that look at whole
/// coroutines match here rather than at every FunctionDecl: coroutine bodies
/// are rare, so the matcher runs for a handful of nodes instead of for every
/// function of every header in the translation unit.
inline ast_matchers::StatementMatcher coroutineBodyInUserCode() {
  using namespace ast_matchers;
  return coroutineBodyStmt(unless(isExpansionInSystemHeader()))
      .bind(CoroutineBodyID);
}

/// The coroutine whose body coroutineBodyInUserCode() matched.
inline const FunctionDecl *
matchedCoroutine(const ast_matchers::MatchFinder::MatchResult &Result) {
  return functionOwningBody(
      Result.Nodes.getNodeAs<CoroutineBodyStmt>(CoroutineBodyID),
      *Result.Context);
}

} // namespace clang::tidy::async::matchers

#endif
