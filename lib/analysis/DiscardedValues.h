//===--- DiscardedValues.h - is the value of an expression thrown away? ---===//
//
// A task, a future or a fan-out result that is thrown away carries its
// errors with it. This answers, for one expression, whether its value is
// used, silently discarded (an expression statement, a for-increment, the
// left of a comma) or explicitly discarded with a cast to void.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_DISCARDEDVALUES_H
#define ASYNC_TIDY_ANALYSIS_DISCARDEDVALUES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

enum class ValueUse { Used, Discarded, ExplicitlyDiscarded };

struct DiscardedValue {
  ValueUse Use = ValueUse::Used;
  /// The outermost written expression whose value is the value in question
  /// (the expression statement itself, or the operand of the void cast).
  const Expr *Outermost = nullptr;
  /// The value reaches the discard through a branch of `?:` or the right of
  /// a comma: rewriting the expression alone would change its neighbours.
  bool Indirect = false;
};

DiscardedValue howValueIsUsed(const Expr *E, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
