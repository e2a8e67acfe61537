//===--- Matchers.h - AST matchers the async-* checks share ---------------===//

#ifndef ASYNC_TIDY_ANALYSIS_MATCHERS_H
#define ASYNC_TIDY_ANALYSIS_MATCHERS_H

#include "analysis/Coroutines.h"
#include "analysis/TaskTypes.h"
#include "clang/ASTMatchers/ASTMatchers.h"

namespace clang::tidy::async::matchers {

/// A function whose body is a coroutine body.
AST_MATCHER(FunctionDecl, isCoroutine) { return async::isCoroutine(&Node); }

/// An expression that creates a new task (a prvalue of task type).
AST_MATCHER_P(Expr, isTaskPRValue, TaskTypeClassifier *, Classifier) {
  return Node.isPRValue() && Classifier->isTaskType(Node.getType());
}

/// A variable whose type is a task type.
AST_MATCHER_P(VarDecl, hasTaskType, TaskTypeClassifier *, Classifier) {
  return Classifier->isTaskType(Node.getType());
}

} // namespace clang::tidy::async::matchers

#endif
