#include "analysis/ControlExits.h"
#include "analysis/Expressions.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

Exits &Exits::operator|=(const Exits &Other) {
  FallsThrough |= Other.FallsThrough;
  Breaks |= Other.Breaks;
  Continues |= Other.Continues;
  ReturnsValue |= Other.ReturnsValue;
  ReturnsVoid |= Other.ReturnsVoid;
  Rethrows |= Other.Rethrows;
  Throws |= Other.Throws;
  Jumps |= Other.Jumps;
  return *this;
}

static Exits fallsThrough() {
  Exits Result;
  Result.FallsThrough = true;
  return Result;
}

static Exits returns(const Expr *Value) {
  Exits Result;
  bool HasValue =
      Value && (Value->isTypeDependent() || !Value->getType()->isVoidType());
  (HasValue ? Result.ReturnsValue : Result.ReturnsVoid) = true;
  return Result;
}

Exits ControlExits::exitsOf(const Stmt *S) {
  if (!S)
    return fallsThrough();
  if (const auto *Block = dyn_cast<CompoundStmt>(S))
    return exitsOfSequence(
        llvm::ArrayRef<const Stmt *>(Block->body_begin(), Block->body_end()));
  if (const auto *If = dyn_cast<IfStmt>(S))
    return exitsOfIf(If);
  if (const auto *While = dyn_cast<WhileStmt>(S))
    return exitsOfLoop(While->getBody(), While->getCond());
  if (const auto *Do = dyn_cast<DoStmt>(S))
    return exitsOfLoop(Do->getBody(), Do->getCond());
  if (const auto *For = dyn_cast<ForStmt>(S))
    return exitsOfLoop(For->getBody(), For->getCond());
  if (const auto *Range = dyn_cast<CXXForRangeStmt>(S)) {
    Exits Result = exitsOfLoop(Range->getBody(), nullptr);
    Result.FallsThrough = true; // the range may end
    return Result;
  }
  if (const auto *Switch = dyn_cast<SwitchStmt>(S)) {
    // Whether some case is missing is not worth deciding here.
    Exits Result = exitsOf(Switch->getBody());
    Result.Breaks = false;
    Result.FallsThrough = true;
    return Result;
  }
  if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
    Exits Result = exitsOf(Try->getTryBlock());
    for (unsigned I = 0, E = Try->getNumHandlers(); I != E; ++I)
      Result |= exitsOf(Try->getHandler(I)->getHandlerBlock());
    return Result;
  }
  if (const auto *Catch = dyn_cast<CXXCatchStmt>(S))
    return exitsOf(Catch->getHandlerBlock());
  if (const auto *Return = dyn_cast<ReturnStmt>(S))
    return returns(Return->getRetValue());
  if (const auto *Return = dyn_cast<CoreturnStmt>(S))
    return returns(Return->getOperand());
  if (const auto *Coroutine = dyn_cast<CoroutineBodyStmt>(S))
    return exitsOf(Coroutine->getBody());
  Exits Result;
  if (isa<BreakStmt>(S)) {
    Result.Breaks = true;
    return Result;
  }
  if (isa<ContinueStmt>(S)) {
    Result.Continues = true;
    return Result;
  }
  if (isa<GotoStmt, IndirectGotoStmt>(S)) {
    Result.Jumps = true;
    return Result;
  }
  if (const auto *Label = dyn_cast<LabelStmt>(S))
    return exitsOf(Label->getSubStmt());
  if (const auto *Attributed = dyn_cast<AttributedStmt>(S))
    return exitsOf(Attributed->getSubStmt());
  if (const auto *Case = dyn_cast<SwitchCase>(S))
    return exitsOf(Case->getSubStmt());
  if (const auto *E = dyn_cast<Expr>(S))
    return exitsOfExpression(E);
  return fallsThrough();
}

Exits ControlExits::exitsOfSequence(llvm::ArrayRef<const Stmt *> Statements) {
  Exits Result;
  bool Reachable = true;
  for (const Stmt *Child : Statements) {
    // A label is a way in even after a statement that never completes.
    if (isa<SwitchCase, LabelStmt>(Child))
      Reachable = true;
    if (!Reachable)
      continue;
    Exits ChildExits = exitsOf(Child);
    Reachable = ChildExits.FallsThrough;
    ChildExits.FallsThrough = false;
    Result |= ChildExits;
  }
  Result.FallsThrough = Reachable;
  return Result;
}

Exits ControlExits::exitsOfIf(const IfStmt *If) {
  if (std::optional<const Stmt *> Taken = If->getNondiscardedCase(Ctx))
    return exitsOf(*Taken);
  Exits Result = exitsOf(If->getThen());
  Result |= If->getElse() ? exitsOf(If->getElse()) : fallsThrough();
  return Result;
}

/// A loop condition that never ends the loop: none (`for (;;)`), or a
/// constant true.
static bool isAlwaysTrue(const Expr *Cond, ASTContext &Ctx) {
  return !Cond || constantConditionValue(Cond, Ctx).value_or(false);
}

Exits ControlExits::exitsOfLoop(const Stmt *Body, const Expr *Cond) {
  Exits InBody = exitsOf(Body);
  Exits Result = InBody;
  Result.Breaks = false;
  Result.Continues = false;
  Result.FallsThrough = !isAlwaysTrue(Cond, Ctx) || InBody.Breaks;
  return Result;
}

Exits ControlExits::exitsOfExpression(const Expr *E) {
  E = asWritten(E);
  Exits Result;
  if (const auto *Throw = dyn_cast<CXXThrowExpr>(E)) {
    (Throw->getSubExpr() ? Result.Throws : Result.Rethrows) = true;
    return Result;
  }
  // folly's `co_yield co_error(e)` ends the coroutine with `e`.
  if (const auto *Yield = dyn_cast<CoyieldExpr>(E))
    E = asWritten(Yield->getOperand());
  if (isa<CallExpr, CXXConstructExpr>(E) && IsRethrowCall(E)) {
    Result.Rethrows = true;
    return Result;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (Callee->isNoReturn()) {
        Result.Throws = true;
        return Result;
      }
  return fallsThrough();
}

} // namespace clang::tidy::async
