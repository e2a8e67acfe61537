#include "analysis/DiscardedValues.h"
#include "analysis/Parents.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

/// Nodes that pass the value through unchanged.
static bool isTransparent(const Stmt *Parent) {
  return isa<ImplicitCastExpr, ExprWithCleanups, MaterializeTemporaryExpr,
             CXXBindTemporaryExpr, ParenExpr, ConstantExpr>(Parent);
}

static bool isVoidCast(const Stmt *Parent) {
  const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent);
  return Cast && Cast->getTypeAsWritten()->isVoidType();
}

/// Statement positions whose expression value nobody reads.
static bool isStatementPosition(const Stmt *Parent, const Stmt *Child) {
  if (isa<CompoundStmt, SwitchCase, LabelStmt, AttributedStmt>(Parent))
    return true;
  if (const auto *If = dyn_cast<IfStmt>(Parent))
    return Child == If->getThen() || Child == If->getElse();
  if (const auto *While = dyn_cast<WhileStmt>(Parent))
    return Child == While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(Parent))
    return Child == Do->getBody();
  if (const auto *For = dyn_cast<ForStmt>(Parent))
    return Child == For->getBody() || Child == For->getInc();
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Parent))
    return Child == RangeFor->getBody();
  return false;
}

DiscardedValue howValueIsUsed(const Expr *E, ASTContext &Ctx) {
  DiscardedValue Result;
  const Expr *Written = E;
  for (const Ancestor &Step : ancestorsOf(*E, Ctx)) {
    const auto *Parent = Step.get<Stmt>();
    const Stmt *Child = Step.Child.get<Stmt>();
    if (!Parent)
      return Result;
    if (isTransparent(Parent)) {
      if (isa<ParenExpr>(Parent))
        Written = cast<Expr>(Parent);
      continue;
    }
    if (const auto *Cond = dyn_cast<AbstractConditionalOperator>(Parent)) {
      if (Child == Cond->getCond())
        return Result;
      Result.Indirect = true;
      Written = Cond;
      continue;
    }
    if (const auto *Binary = dyn_cast<BinaryOperator>(Parent)) {
      if (Binary->getOpcode() != BO_Comma)
        return Result;
      if (Child == Binary->getLHS()) {
        Result.Use = ValueUse::Discarded;
        Result.Outermost = Written;
        return Result;
      }
      // The right operand's value is the comma expression's value.
      Result.Indirect = true;
      Written = Binary;
      continue;
    }
    if (isVoidCast(Parent)) {
      Result.Use = ValueUse::ExplicitlyDiscarded;
      Result.Outermost = Written;
      return Result;
    }
    if (isStatementPosition(Parent, Child)) {
      Result.Use = ValueUse::Discarded;
      Result.Outermost = Written;
    }
    return Result;
  }
  return Result;
}

} // namespace clang::tidy::async
