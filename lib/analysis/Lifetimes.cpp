#include "analysis/Lifetimes.h"
#include "analysis/AsyncCalls.h"
#include "clang/AST/ExprCXX.h"
#include "analysis/Parents.h"

namespace clang::tidy::async {

const char DefaultViewTypes[] =
    "std::basic_string_view;std::span;boost::basic_string_view;"
    "boost::core::basic_string_view;boost::span;absl::string_view;"
    "absl::Span;folly::Range;gsl::span;llvm::StringRef;llvm::ArrayRef;"
    "boost::asio::const_buffer;boost::asio::mutable_buffer;"
    "asio::const_buffer;asio::mutable_buffer;QStringView;QByteArrayView";

bool isBorrowingType(QualType T, NamedDeclSet &ViewTypes) {
  if (T.isNull())
    return false;
  return T->isReferenceType() || T->isPointerType() ||
         namesListedType(T, ViewTypes);
}

bool isAwaitedInFullExpression(const Expr *E, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*E);
  while (true) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return false;
    Node = Parents[0];
    const auto *Parent = Node.get<Expr>();
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
}

/// Member calls that hand out a view of their object: conversion operators,
/// `data()`, `c_str()`, `begin()`.
static bool viewsItsObject(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method)
    return false;
  if (isa<CXXConversionDecl>(Method))
    return true;
  if (!Method->getDeclName().isIdentifier())
    return false;
  llvm::StringRef Name = Method->getName();
  return Name == "data" || Name == "c_str" || Name == "begin";
}

/// `std::move(x)` and `std::forward<T>(x)` still refer to `x`.
static bool isCastToRvalue(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && Call->getNumArgs() == 1 && Callee->isInStdNamespace() &&
         Callee->getDeclName().isIdentifier() &&
         (Callee->getName() == "move" || Callee->getName() == "forward");
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
    if (const auto *Cast = dyn_cast<CallExpr>(E); Cast && isCastToRvalue(Cast)) {
      E = Cast->getArg(0);
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
