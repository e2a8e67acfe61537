#include "analysis/Expressions.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

const Expr *asWritten(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Next))
      if (isa<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit()))
        Next = Cast->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

const CallExpr *asStdMove(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E ? asWritten(E) : nullptr);
  if (!Call || Call->getNumArgs() != 1)
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !Callee->isInStdNamespace() || !Callee->getIdentifier())
    return nullptr;
  return Callee->getName() == "move" || Callee->getName() == "forward"
             ? Call
             : nullptr;
}

const Expr *withoutStdMove(const Expr *E) {
  if (const CallExpr *Move = asStdMove(E))
    return asWritten(Move->getArg(0));
  return E ? asWritten(E) : nullptr;
}

std::optional<bool> constantConditionValue(const Expr *Cond,
                                           const ASTContext &Ctx) {
  bool Value = false;
  if (!Cond || Cond->isValueDependent() || Cond->isTypeDependent() ||
      !Cond->EvaluateAsBooleanCondition(Value, Ctx))
    return std::nullopt;
  return Value;
}

std::optional<Assignment> assignmentOf(const Stmt *S) {
  if (const auto *Binary = dyn_cast<BinaryOperator>(S))
    if (Binary->isAssignmentOp())
      return Assignment{Binary->getLHS(), Binary->getRHS()};
  if (const auto *Call = dyn_cast<CXXOperatorCallExpr>(S))
    if (Call->isAssignmentOp() && Call->getNumArgs() == 2)
      return Assignment{Call->getArg(0), Call->getArg(1)};
  return std::nullopt;
}

} // namespace clang::tidy::async
