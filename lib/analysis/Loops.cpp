#include "analysis/Loops.h"
#include "analysis/ControlExits.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "analysis/Parents.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

const Stmt *loopBodyOf(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return For->getBody();
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    return RangeFor->getBody();
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return While->getBody();
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Do->getBody();
  return nullptr;
}

const Expr *loopConditionOf(const Stmt *Loop) {
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return For->getCond();
  if (const auto *While = dyn_cast<WhileStmt>(Loop))
    return While->getCond();
  if (const auto *Do = dyn_cast<DoStmt>(Loop))
    return Do->getCond();
  return nullptr;
}

bool runsUntilLeft(const Stmt *Loop, ASTContext &Ctx) {
  if (!isa<ForStmt, WhileStmt, DoStmt>(Loop))
    return false;
  const Expr *Cond = loopConditionOf(Loop);
  return !Cond || constantConditionValue(Cond, Ctx).value_or(false);
}

const Stmt *enclosingLoopOf(const Stmt *S, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*S, Ctx)) {
    const auto *Parent = Step.get<Stmt>();
    if (!Parent || isa<LambdaExpr>(Parent))
      return nullptr; // A declaration or a lambda: S's function ends here.
    if (Step.cameFrom(loopBodyOf(Parent)))
      return Parent;
  }
  return nullptr;
}

static bool isConstantSizedRange(QualType Range) {
  Range = Range.getNonReferenceType();
  if (Range->isConstantArrayType())
    return true;
  return isListed(Range->getAsCXXRecordDecl(), known::ConstantSizedRanges);
}

/// `argc`: the command line is the operator's configuration (one listener
/// per port), not data that grows with the load.
static bool isCommandLineCount(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Param = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  const auto *Function =
      Param ? dyn_cast<FunctionDecl>(Param->getDeclContext()) : nullptr;
  return Function && Function->isMain();
}

static bool comparesWithConstant(const Expr *Cond, ASTContext &Ctx) {
  const auto *Compare = dyn_cast_or_null<BinaryOperator>(
      Cond ? Cond->IgnoreParenImpCasts() : nullptr);
  if (!Compare || !Compare->isComparisonOp())
    return false;
  auto IsConstant = [&](const Expr *Side) {
    return isCommandLineCount(Side) ||
           (!Side->isValueDependent() && Side->isIntegerConstantExpr(Ctx));
  };
  return IsConstant(Compare->getLHS()) || IsConstant(Compare->getRHS());
}

/// True when the code that decides how often \p Loop runs did not compile:
/// nothing can be said about it.
static bool hasBrokenBound(const Stmt *Loop) {
  const Expr *Bound = loopConditionOf(Loop);
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    Bound = RangeFor->getRangeInit();
  return Bound && Bound->containsErrors();
}

bool isRuntimeSizedLoop(const Stmt *Loop, ASTContext &Ctx) {
  if (hasBrokenBound(Loop))
    return false;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    return !RangeFor->getRangeInit() ||
           !isConstantSizedRange(RangeFor->getRangeInit()->getType());
  if (const auto *For = dyn_cast<ForStmt>(Loop))
    return !comparesWithConstant(For->getCond(), Ctx);
  return isa<WhileStmt, DoStmt>(Loop);
}

bool runsAtMostOnce(const Stmt *Loop, ASTContext &Ctx) {
  if (!constantConditionValue(loopConditionOf(Loop), Ctx).value_or(true))
    return true;
  // No path through the body goes round again: each one breaks, returns or
  // throws.
  Exits Body = ControlExits(Ctx, [](const Expr *) {
                 return false;
               }).exitsOf(loopBodyOf(Loop));
  return !Body.FallsThrough && !Body.Continues && !Body.Jumps;
}

} // namespace clang::tidy::async
