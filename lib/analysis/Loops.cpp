#include "analysis/Loops.h"
#include "analysis/ControlExits.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "analysis/Parents.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

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

const Stmt *enclosingRepeatingLoopOf(const Stmt *S, ASTContext &Ctx) {
  const Stmt *Loop = enclosingLoopOf(S, Ctx);
  while (Loop && runsAtMostOnce(Loop, Ctx))
    Loop = enclosingLoopOf(Loop, Ctx);
  return Loop;
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

/// `std::thread::hardware_concurrency()`, `executor->max_concurrency_level()`:
/// one task per core is sized by the machine, not by the load.
static bool isConcurrencyQuery(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E->IgnoreParenImpCasts());
  return Call &&
         hasIdentifierIn(Call->getDirectCallee(), known::ConcurrencyQueryNames);
}

/// True when \p Ref only reads its variable: every other use (an
/// assignment, `++`, a reference or pointer to it) may write it. A lambda's
/// capture only names it: what the lambda does is seen in its body.
static bool onlyReads(const DeclRefExpr *Ref, ASTContext &Ctx) {
  for (const DynTypedNode &Parent : parentsOf(*Ref, Ctx)) {
    if (Parent.get<LambdaExpr>())
      continue;
    const auto *Cast = Parent.get<ImplicitCastExpr>();
    if (!Cast || Cast->getCastKind() != CK_LValueToRValue)
      return false;
  }
  return true;
}

/// The statements and declarations that can write \p Var: its function's
/// body for a local (lambdas in it included), the declarations of its file
/// for a variable of internal linkage; none when anybody else can write it.
static llvm::SmallVector<DynTypedNode, 8> scopesWriting(const VarDecl *Var,
                                                        ASTContext &Ctx) {
  llvm::SmallVector<DynTypedNode, 8> Scopes;
  if (Var->isLocalVarDecl()) {
    const auto *Function = dyn_cast<FunctionDecl>(Var->getDeclContext());
    if (Function && Function->getBody())
      Scopes.push_back(DynTypedNode::create(*Function->getBody()));
    return Scopes;
  }
  if (!Var->isFileVarDecl() || Var->isExternallyVisible())
    return Scopes;
  const SourceManager &SM = Ctx.getSourceManager();
  FileID File = SM.getFileID(SM.getExpansionLoc(Var->getLocation()));
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.getFileID(SM.getExpansionLoc(D->getLocation())) == File)
      Scopes.push_back(DynTypedNode::create(*D));
  return Scopes;
}

static bool isNeverWritten(const VarDecl *Var, ASTContext &Ctx) {
  if (Var->getType().isConstQualified())
    return true;
  llvm::SmallVector<DynTypedNode, 8> Scopes = scopesWriting(Var, Ctx);
  if (Scopes.empty())
    return false;
  using namespace ast_matchers;
  auto Ref = declRefExpr(to(varDecl(equalsNode(Var)))).bind("r");
  auto IsWrite = [&](const BoundNodes &Nodes) {
    return !onlyReads(Nodes.getNodeAs<DeclRefExpr>("r"), Ctx);
  };
  for (const DynTypedNode &Scope : Scopes) {
    auto Found = Scope.get<Stmt>()
                     ? match(stmt(findAll(Ref)), Scope, Ctx)
                     : match(decl(forEachDescendant(Ref)), Scope, Ctx);
    if (llvm::any_of(Found, IsWrite))
      return false;
  }
  return true;
}

static bool isFixedBound(const Expr *Side, ASTContext &Ctx, unsigned Depth);

/// A variable that holds a fixed bound for good: initialised with one, and
/// never written after (`int loop_num{200};`, `static int task_num = 1000;`,
/// `auto cores = std::thread::hardware_concurrency();`).
static bool holdsFixedBound(const Expr *Side, ASTContext &Ctx, unsigned Depth) {
  const auto *Ref = dyn_cast<DeclRefExpr>(Side->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || isa<ParmVarDecl>(Var) || Var->getType()->isReferenceType() ||
      !Var->getInit() || Depth > 2)
    return false;
  return isFixedBound(Var->getInit(), Ctx, Depth + 1) &&
         isNeverWritten(Var, Ctx);
}

static bool isFixedBound(const Expr *Side, ASTContext &Ctx, unsigned Depth) {
  if (Side->isValueDependent())
    return false;
  return isCommandLineCount(Side) || Side->isIntegerConstantExpr(Ctx) ||
         isConcurrencyQuery(Side) || holdsFixedBound(Side, Ctx, Depth);
}

static bool comparesWithConstant(const Expr *Cond, ASTContext &Ctx) {
  const auto *Compare = dyn_cast_or_null<BinaryOperator>(
      Cond ? Cond->IgnoreParenImpCasts() : nullptr);
  if (!Compare || !Compare->isComparisonOp())
    return false;
  return isFixedBound(Compare->getLHS(), Ctx, 0) ||
         isFixedBound(Compare->getRHS(), Ctx, 0);
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
