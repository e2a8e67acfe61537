#include "analysis/Offload.h"
#include "analysis/KnownNames.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

bool OffloadRecognizer::awaitsOffload(const Expr *E) {
  if (!E)
    return false;
  E = E->IgnoreImplicit();
  const Expr *Operand = nullptr;
  if (const auto *Await = dyn_cast<CoawaitExpr>(E))
    Operand = Await->getOperand();
  else if (const auto *Dependent = dyn_cast<DependentCoawaitExpr>(E))
    Operand = Dependent->getOperand();
  if (!Operand)
    return false;
  // In a template the awaited call may be unresolved: assume it offloads,
  // and let each instantiation, where it is resolved, decide.
  if (Operand->isTypeDependent())
    return true;
  Operand = Operand->IgnoreImplicit();
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(Operand))
    Operand = Temporary->getSubExpr()->IgnoreImplicit();
  return isa<CallExpr>(Operand) && Awaitables.match(Operand);
}

bool OffloadRecognizer::startsOffload(const Stmt *S) {
  if (const auto *E = dyn_cast<Expr>(S))
    return awaitsOffload(E);
  if (const auto *Decls = dyn_cast<DeclStmt>(S))
    if (Decls->isSingleDecl())
      if (const auto *Var = dyn_cast<VarDecl>(Decls->getSingleDecl()))
        return awaitsOffload(Var->getInit());
  return false;
}

bool isThreadPoolExecutor(QualType T) {
  if (T.isNull() || T->isDependentType())
    return false;
  return isListed(T.getNonReferenceType()->getAsCXXRecordDecl(),
                  known::ThreadPoolTypes);
}

static const LambdaExpr *lambdaOf(const Expr *E) {
  E = E->IgnoreImplicit();
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
    E = Temporary->getSubExpr()->IgnoreImplicit();
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(E))
    if (Call->getOperator() == OO_Call && Call->getNumArgs() > 0)
      E = Call->getArg(0)->IgnoreImplicit();
  if (const auto *Temporary = dyn_cast<MaterializeTemporaryExpr>(E))
    E = Temporary->getSubExpr()->IgnoreImplicit();
  return dyn_cast<LambdaExpr>(E);
}

const CXXMethodDecl *lambdaSpawnedOnThreadPool(const CallExpr *Spawn) {
  if (Spawn->getNumArgs() < 2 ||
      !isThreadPoolExecutor(Spawn->getArg(0)->IgnoreImplicit()->getType()))
    return nullptr;
  const LambdaExpr *Lambda = lambdaOf(Spawn->getArg(1));
  return Lambda ? Lambda->getCallOperator() : nullptr;
}

} // namespace clang::tidy::async
