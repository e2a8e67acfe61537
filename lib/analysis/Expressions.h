//===--- Expressions.h - expressions as the programmer wrote them ---------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXPRESSIONS_H
#define ASYNC_TIDY_ANALYSIS_EXPRESSIONS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::async {

/// \p E without what the compiler wrapped around it: implicit conversions,
/// temporaries, cleanups, parentheses, and the functional cast around a
/// one-argument construction (`co_error(e)`).
const Expr *asWritten(const Expr *E);

/// \p E itself when it is `std::move(x)` or `std::forward<T>(x)` as written
/// (a cast to an rvalue that still names `x`), or null.
const CallExpr *asStdMove(const Expr *E);

/// \p E as written, and, when that is `std::move(x)` or `std::forward(x)`,
/// `x` as written.
const Expr *withoutStdMove(const Expr *E);

/// The value a condition has whatever happens (`true`, `1 < 2`, a
/// `constexpr` flag), or nothing when it is decided at run time or still
/// dependent.
std::optional<bool> constantConditionValue(const Expr *Cond,
                                           const ASTContext &Ctx);

/// What an assignment writes to and what it writes: `=`, a compound
/// assignment, or an overloaded one.
struct Assignment {
  const Expr *Target = nullptr;
  const Expr *Value = nullptr;
};
std::optional<Assignment> assignmentOf(const Stmt *S);

/// An equality test as written: `a == b` or `a != b`, built in, overloaded,
/// or rewritten from `operator==` (C++20).
struct Comparison {
  bool Equal = true;
  const Expr *LHS = nullptr;
  const Expr *RHS = nullptr;
};
std::optional<Comparison> comparisonOf(const Expr *E);

/// Appends the variables and structured bindings \p E names (outside nested
/// lambdas) to \p Out: what an assignment to `std::tie(a, b)` or `x.y` writes.
void collectVariablesIn(const Expr *E,
                        llvm::SmallVectorImpl<const ValueDecl *> &Out);

} // namespace clang::tidy::async

#endif
