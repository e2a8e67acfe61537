#include "analysis/CodeContext.h"
#include "analysis/Expressions.h"
#include "analysis/Parents.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprConcepts.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::async {

static bool isUnevaluatedExpression(const Stmt *S) {
  if (isa<UnaryExprOrTypeTraitExpr, CXXNoexceptExpr, RequiresExpr,
          ConceptSpecializationExpr>(S))
    return true;
  const auto *TypeId = dyn_cast<CXXTypeidExpr>(S);
  return TypeId && !TypeId->isTypeOperand() &&
         !TypeId->isPotentiallyEvaluated();
}

static bool isUnevaluatedType(const TypeLoc &TL) {
  return TL.getAs<DecltypeTypeLoc>() || TL.getAs<TypeOfExprTypeLoc>();
}

bool isInUnevaluatedOperand(const Stmt *S, ASTContext &Ctx) {
  if (!S)
    return false;
  for (const Ancestor &Step : ancestorsOf(*S, Ctx)) {
    if (const auto *Parent = Step.get<Stmt>()) {
      if (isUnevaluatedExpression(Parent))
        return true;
      continue;
    }
    if (const auto *TL = Step.get<TypeLoc>())
      return isUnevaluatedType(*TL);
    if (Step.get<StaticAssertDecl>())
      return true;
    // A declaration ends the expression: a variable's initialiser runs.
    if (Step.get<Decl>())
      return false;
  }
  return false;
}

bool isWrittenByMacro(const Stmt *S, const SourceManager &SM) {
  SourceLocation Begin = S->getBeginLoc();
  return Begin.isMacroID() && !SM.isMacroArgExpansion(Begin);
}

bool isInTemplateInstantiation(const Decl *D) {
  for (const DeclContext *DC = D ? D->getDeclContext() : nullptr; DC;
       DC = DC->getParent()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC))
      if (FD->isTemplateInstantiation())
        return true;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC))
      if (Spec->getSpecializationKind() != TSK_ExplicitSpecialization)
        return true;
  }
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
    return FD->isTemplateInstantiation();
  return false;
}

bool forwardsTemplateArgument(const Expr *E) {
  if (!E)
    return false;
  E = asWritten(E);
  if (const CallExpr *Move = asStdMove(E))
    E = asWritten(Move->getArg(0));
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function =
      Param ? dyn_cast<FunctionDecl>(Param->getDeclContext()) : nullptr;
  if (!Function || !Function->isTemplateInstantiation())
    return false;
  const FunctionDecl *Pattern = Function->getTemplateInstantiationPattern();
  if (!Pattern)
    return false;
  // Up to the first pack the instantiation's parameters match the
  // pattern's one to one; from there on they come from a pack, and a pack
  // is dependent.
  unsigned Index = Param->getFunctionScopeIndex();
  for (unsigned I = 0, N = Pattern->getNumParams(); I != N; ++I) {
    const ParmVarDecl *Written = Pattern->getParamDecl(I);
    if (Written->isParameterPack())
      return true;
    if (I == Index)
      return Written->getType()->isDependentType();
  }
  return false;
}

} // namespace clang::tidy::async
