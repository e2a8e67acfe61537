//===--- Lifetimes.h - does the referent outlive the task? ----------------===//
//
// A coroutine keeps its reference, pointer and view parameters as they are:
// whether that is safe depends on what the argument refers to (a temporary,
// a local of the caller, something static) and on when the task finishes
// (within the full-expression, or later).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LIFETIMES_H
#define ASYNC_TIDY_ANALYSIS_LIFETIMES_H

#include "analysis/NameLists.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// A parameter type through which a coroutine frame keeps the caller's
/// object rather than a copy: a reference, a pointer, or a listed view.
bool isBorrowingType(QualType T, NamedDeclSet &ViewTypes);

/// True when the task \p E makes is finished before its full-expression
/// ends: it is (part of) the operand of a `co_await`, or of a blocking wait
/// (`sync_wait`, `blockingWait`, `syncAwait`).
bool isAwaitedInFullExpression(const Expr *E, ASTContext &Ctx);

enum class ReferentKind {
  Unknown,
  /// A temporary destroyed at the end of the full-expression.
  Temporary,
  /// A local variable or a by-value parameter of the enclosing function.
  Local,
  /// A string literal or a variable with static or thread storage.
  Static,
};

struct Referent {
  ReferentKind Kind = ReferentKind::Unknown;
  const VarDecl *Var = nullptr;
};

/// What an argument for a borrowing parameter refers to, looking through
/// the conversions that make a view or a pointer from an owner
/// (`std::string` to `std::string_view`, `v.data()`, `&x`). A variable that
/// is itself a reference, pointer or view refers to something else: unknown.
Referent referentOf(const Expr *Argument, NamedDeclSet &ViewTypes);

} // namespace clang::tidy::async

#endif
