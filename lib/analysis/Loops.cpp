#include "analysis/Loops.h"
#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "analysis/Parents.h"
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

const Stmt *enclosingLoopOf(const Stmt *S, ASTContext &Ctx) {
  DynTypedNode Node = DynTypedNode::create(*S);
  const Stmt *Previous = S;
  while (true) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return nullptr;
    Node = Parents[0];
    const auto *Parent = Node.get<Stmt>();
    if (!Parent || isa<LambdaExpr>(Parent))
      return nullptr; // A declaration or a lambda: S's function ends here.
    if (loopBodyOf(Parent) == Previous)
      return Parent;
    Previous = Parent;
  }
}

static bool isConstantSizedRange(QualType Range) {
  Range = Range.getNonReferenceType();
  if (Range->isConstantArrayType())
    return true;
  const CXXRecordDecl *RD = Range->getAsCXXRecordDecl();
  if (!RD)
    return false;
  std::string Name = listedNameOf(RD);
  return Name == "std::array" || Name == "std::initializer_list";
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
  const auto *Compare =
      dyn_cast_or_null<BinaryOperator>(Cond ? Cond->IgnoreParenImpCasts()
                                            : nullptr);
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
  const Expr *Bound = nullptr;
  if (const auto *RangeFor = dyn_cast<CXXForRangeStmt>(Loop))
    Bound = RangeFor->getRangeInit();
  else if (const auto *For = dyn_cast<ForStmt>(Loop))
    Bound = For->getCond();
  else if (const auto *While = dyn_cast<WhileStmt>(Loop))
    Bound = While->getCond();
  else if (const auto *Do = dyn_cast<DoStmt>(Loop))
    Bound = Do->getCond();
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

} // namespace clang::tidy::async
