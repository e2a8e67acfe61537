#include "analysis/Offload.h"
#include "analysis/KnownNames.h"
#include "clang/AST/DeclTemplate.h"
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

/// The class \p T refers to: through references, pointers and smart
/// pointers (`std::shared_ptr<thread_executor>`).
static QualType pointeeOf(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    return T->getPointeeType();
  if (const auto *Smart = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          T->getAsCXXRecordDecl()))
    if (isListed(Smart, known::SmartPointerTypes) &&
        Smart->getTemplateArgs().size() > 0 &&
        Smart->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
      return Smart->getTemplateArgs()[0].getAsType();
  return T;
}

bool startsOnThreadPool(const FunctionDecl *Coroutine) {
  if (Coroutine->getNumParams() < 2)
    return false;
  QualType Tag = Coroutine->getParamDecl(0)->getType().getNonReferenceType();
  return !Tag->isDependentType() &&
         isListed(Tag->getAsCXXRecordDecl(), known::ExecutorTagTypes) &&
         isThreadPoolExecutor(pointeeOf(Coroutine->getParamDecl(1)->getType()));
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
