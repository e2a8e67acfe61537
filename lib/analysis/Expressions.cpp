#include "analysis/Expressions.h"
#include "analysis/OwnStatements.h"
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

std::optional<Comparison> comparisonOf(const Expr *E) {
  E = E ? asWritten(E) : nullptr;
  if (const auto *Rewritten = dyn_cast_or_null<CXXRewrittenBinaryOperator>(E)) {
    CXXRewrittenBinaryOperator::DecomposedForm Form =
        Rewritten->getDecomposedForm();
    if (Form.Opcode != BO_EQ && Form.Opcode != BO_NE)
      return std::nullopt;
    return Comparison{Form.Opcode == BO_EQ, Form.LHS, Form.RHS};
  }
  if (const auto *Binary = dyn_cast_or_null<BinaryOperator>(E))
    if (Binary->isEqualityOp())
      return Comparison{Binary->getOpcode() == BO_EQ, Binary->getLHS(),
                        Binary->getRHS()};
  if (const auto *Call = dyn_cast_or_null<CXXOperatorCallExpr>(E))
    if ((Call->getOperator() == OO_EqualEqual ||
         Call->getOperator() == OO_ExclaimEqual) &&
        Call->getNumArgs() == 2)
      return Comparison{Call->getOperator() == OO_EqualEqual, Call->getArg(0),
                        Call->getArg(1)};
  return std::nullopt;
}

void collectVariablesIn(const Expr *E,
                        llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  forEachOwnStatement(E, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node))
      if (isa<VarDecl, BindingDecl>(Ref->getDecl()))
        Out.push_back(Ref->getDecl());
    return true;
  });
}

} // namespace clang::tidy::async
