#include "analysis/Lifetimes.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/Parents.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

bool isBorrowingType(QualType T, NamedDeclSet &ViewTypes) {
  if (T.isNull())
    return false;
  return T->isReferenceType() || T->isPointerType() ||
         namesListedType(T, ViewTypes);
}

bool isAwaitedInFullExpression(const Expr *E, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*E, Ctx)) {
    const auto *Parent = Step.get<Expr>();
    if (!Parent)
      return false; // A statement or a declaration ends the full-expression.
    if (const auto *Await = dyn_cast<CoawaitExpr>(Parent))
      if (!Await->isImplicit())
        return true;
    if (isa<DependentCoawaitExpr>(Parent))
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(Parent))
      if (isBlockingWait(Call->getDirectCallee()))
        return true;
    if (isa<LambdaExpr>(Parent))
      return false;
  }
  return false;
}

/// Member calls that hand out a view of their object: conversion operators,
/// `data()`, `c_str()`, `begin()`.
static bool viewsItsObject(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method)
    return false;
  return isa<CXXConversionDecl>(Method) ||
         hasIdentifierIn(Method, known::ViewingMemberNames);
}

static Referent referentOfVariable(const VarDecl *Var,
                                   NamedDeclSet &ViewTypes) {
  Referent Result;
  if (!Var->hasLocalStorage()) {
    Result.Kind = ReferentKind::Static;
    return Result;
  }
  // A reference, pointer or view variable refers to something else.
  if (isBorrowingType(Var->getType(), ViewTypes))
    return Result;
  Result.Kind = ReferentKind::Local;
  Result.Var = Var;
  return Result;
}

Referent referentOf(const Expr *Argument, NamedDeclSet &ViewTypes) {
  const Expr *E = Argument;
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    E = Default->getExpr();
  // Bounded: each step moves to a subexpression.
  for (unsigned Step = 0; Step < 32 && E; ++Step) {
    if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E)) {
      Referent Result;
      if (Temporary->getStorageDuration() == SD_FullExpression)
        Result.Kind = ReferentKind::Temporary;
      return Result;
    }
    if (isa<ImplicitCastExpr, ParenExpr, FullExpr, CXXBindTemporaryExpr,
            ExplicitCastExpr>(E)) {
      E = cast<Expr>(*E->child_begin());
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // A view made from its source: `std::span<int>(vector)`.
      if (Construct->getNumArgs() == 0)
        return {};
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      if (!viewsItsObject(Member))
        return {};
      E = Member->getImplicitObjectArgument();
      continue;
    }
    // `std::move(x)` and `std::forward<T>(x)` still refer to `x`.
    if (const CallExpr *Move = asStdMove(E)) {
      E = Move->getArg(0);
      continue;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(E)) {
      if (Unary->getOpcode() != UO_AddrOf)
        return {};
      E = Unary->getSubExpr();
      continue;
    }
    if (isa<StringLiteral>(E)) {
      Referent Result;
      Result.Kind = ReferentKind::Static;
      return Result;
    }
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
        return referentOfVariable(Var, ViewTypes);
    return {};
  }
  return {};
}

} // namespace clang::tidy::async
