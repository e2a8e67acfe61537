#include "analysis/Coroutines.h"
#include "analysis/Parents.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::async {

bool isCoroutine(const FunctionDecl *FD) {
  if (!FD)
    return false;
  const Stmt *Body = FD->getBody();
  return Body && isa<CoroutineBodyStmt>(Body);
}

const Stmt *userBodyOf(const FunctionDecl *FD) {
  const Stmt *Body = FD ? FD->getBody() : nullptr;
  if (const auto *Coro = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    return Coro->getBody();
  return Body;
}

const FunctionDecl *functionOwningBody(const Stmt *Body, ASTContext &Ctx) {
  if (!Body)
    return nullptr;
  for (const DynTypedNode &Parent : parentsOf(*Body, Ctx))
    if (const auto *FD = Parent.get<FunctionDecl>())
      if (FD->getBody() == Body)
        return FD;
  return nullptr;
}

StatementContext contextOf(const Stmt *S, ASTContext &Ctx) {
  StatementContext Result;
  DynTypedNode Node = DynTypedNode::create(*S);
  const Stmt *Previous = S;
  while (true) {
    DynTypedNodeList Parents = parentsOf(Node, Ctx);
    if (Parents.empty())
      return Result;
    Node = Parents[0];
    if (const auto *FD = Node.get<FunctionDecl>()) {
      Result.Function = FD;
      return Result;
    }
    if (const auto *Lambda = Node.get<LambdaExpr>()) {
      // A capture initialiser runs in the enclosing function; only the body
      // belongs to the lambda.
      if (Previous == Lambda->getBody()) {
        Result.Function = Lambda->getCallOperator();
        return Result;
      }
    }
    if (Node.get<BlockDecl>() || Node.get<ObjCMethodDecl>())
      return Result;
    if (const auto *Catch = Node.get<CXXCatchStmt>()) {
      if (!Result.Handler && Previous == Catch->getHandlerBlock())
        Result.Handler = Catch;
    }
    if (const auto *Parent = Node.get<Stmt>())
      Previous = Parent;
    else if (!Node.get<Decl>())
      Previous = nullptr;
  }
}

namespace {
/// Collects written suspension points, staying out of nested lambdas (their
/// `co_await` suspends the lambda's own coroutine, not ours).
class SuspensionCollector : public RecursiveASTVisitor<SuspensionCollector> {
public:
  explicit SuspensionCollector(bool StopAtFirst) : StopAtFirst(StopAtFirst) {}

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *E) { return record(E, E->isImplicit()); }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *E) {
    return record(E, false);
  }
  bool VisitCoyieldExpr(CoyieldExpr *E) { return record(E, false); }

  llvm::SmallVector<const Expr *, 8> Found;

private:
  bool record(const Expr *E, bool Implicit) {
    if (!Implicit)
      Found.push_back(E);
    return !(StopAtFirst && !Found.empty());
  }
  bool StopAtFirst;
};
} // namespace

llvm::SmallVector<const Expr *, 8> suspensionPointsOf(const FunctionDecl *FD) {
  SuspensionCollector Collector(/*StopAtFirst=*/false);
  if (const Stmt *Body = userBodyOf(FD))
    Collector.TraverseStmt(const_cast<Stmt *>(Body));
  return std::move(Collector.Found);
}

bool containsSuspensionPoint(const Stmt *S) {
  SuspensionCollector Collector(/*StopAtFirst=*/true);
  if (S)
    Collector.TraverseStmt(const_cast<Stmt *>(S));
  return !Collector.Found.empty();
}

bool isInTemplateInstantiation(const Decl *D) {
  for (const DeclContext *DC = D ? D->getDeclContext() : nullptr; DC;
       DC = DC->getParent()) {
    if (const auto *FD = dyn_cast<FunctionDecl>(DC))
      if (FD->isTemplateInstantiation())
        return true;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(DC))
      if (Spec->getSpecializationKind() != TSK_ExplicitSpecialization)
        return true;
  }
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(D))
    return FD->isTemplateInstantiation();
  return false;
}

const FunctionDecl *calleeOf(const Expr *Call) {
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return CE->getDirectCallee();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return Construct->getConstructor();
  return nullptr;
}

std::string describeCallee(const Expr *Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return "this call";
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
    if (Method->getParent()->isLambda())
      return "the lambda";
  return "'" + Callee->getNameAsString() + "'";
}

std::optional<bool> constantBoolReturnOf(const FunctionDecl *FD) {
  const FunctionDecl *Definition = nullptr;
  if (!FD || !FD->hasBody(Definition))
    return std::nullopt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (!Body || Body->size() != 1)
    return std::nullopt;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  if (!Return || !Return->getRetValue())
    return std::nullopt;
  if (const auto *Literal = dyn_cast<CXXBoolLiteralExpr>(
          Return->getRetValue()->IgnoreParenImpCasts()))
    return Literal->getValue();
  return std::nullopt;
}

bool neverSuspends(const CoawaitExpr *Await) {
  const Expr *Ready = Await->getReadyExpr();
  const auto *Call =
      Ready ? dyn_cast<CallExpr>(Ready->IgnoreImplicit()) : nullptr;
  std::optional<bool> Constant =
      constantBoolReturnOf(Call ? Call->getDirectCallee() : nullptr);
  return Constant && *Constant;
}

} // namespace clang::tidy::async
