#include "analysis/Offload.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

const char DefaultOffloadAwaitables[] =
    "cppcoro::static_thread_pool::schedule;coro::thread_pool::schedule;"
    "concurrencpp::resume_on;async_simple::coro::dispatch";

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

} // namespace clang::tidy::async
