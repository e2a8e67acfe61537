#include "analysis/Coroutines.h"
#include "analysis/OwnStatements.h"
#include "analysis/Parents.h"

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
  for (const Ancestor &Step : ancestorsOf(*S, Ctx)) {
    if (const auto *FD = Step.get<FunctionDecl>()) {
      Result.Function = FD;
      return Result;
    }
    // A capture initialiser runs in the enclosing function; only the body
    // belongs to the lambda.
    if (const auto *Lambda = Step.get<LambdaExpr>())
      if (Step.cameFrom(Lambda->getBody())) {
        Result.Function = Lambda->getCallOperator();
        return Result;
      }
    if (Step.get<BlockDecl>() || Step.get<ObjCMethodDecl>())
      return Result;
    if (const auto *Catch = Step.get<CXXCatchStmt>())
      if (!Result.Handler && Step.cameFrom(Catch->getHandlerBlock()))
        Result.Handler = Catch;
  }
  return Result;
}

namespace {
/// Collects the function's own written suspension points (a nested lambda's
/// `co_await` suspends the lambda's coroutine, not this one).
class SuspensionCollector : public OwnStatementsVisitor<SuspensionCollector> {
public:
  explicit SuspensionCollector(bool StopAtFirst) : StopAtFirst(StopAtFirst) {}

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
  Collector.walk(userBodyOf(FD));
  return std::move(Collector.Found);
}

bool containsSuspensionPoint(const Stmt *S) {
  SuspensionCollector Collector(/*StopAtFirst=*/true);
  Collector.walk(S);
  return !Collector.Found.empty();
}

const FunctionDecl *calleeOf(const Expr *Call) {
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    return CE->getDirectCallee();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return Construct->getConstructor();
  return nullptr;
}

/// The variable or member a function object is called through
/// (`handler()` for a `std::function` named `handler`), or null.
static const NamedDecl *calledObjectOf(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return nullptr;
  const Expr *Object = Op->getArg(0)->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(Object))
    return Member->getMemberDecl();
  return nullptr;
}

std::string describeCallee(const Expr *Call) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return "this call";
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee)) {
    if (Method->getParent()->isLambda())
      return "the lambda";
    // `operator()` says nothing; the function object's name does.
    if (Method->getOverloadedOperator() == OO_Call) {
      const NamedDecl *Object = calledObjectOf(Call);
      return Object && Object->getIdentifier()
                 ? "'" + Object->getNameAsString() + "'"
                 : "this call";
    }
  }
  return "'" + Callee->getNameAsString() + "'";
}

const FunctionDecl *coroutineDefinitionOf(const FunctionDecl *Callee) {
  if (!Callee || Callee->getReturnType()->isReferenceType())
    return nullptr;
  const FunctionDecl *Definition = Callee->getDefinition();
  if (!Definition)
    if (const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern())
      Definition = Pattern->getDefinition();
  return isCoroutine(Definition) ? Definition : nullptr;
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

bool startsEagerly(const FunctionDecl *Coroutine) {
  const auto *Body = dyn_cast_or_null<CoroutineBodyStmt>(
      Coroutine ? Coroutine->getBody() : nullptr);
  const auto *Initial =
      dyn_cast_or_null<Expr>(Body ? Body->getInitSuspendStmt() : nullptr);
  const auto *Await =
      Initial ? dyn_cast<CoawaitExpr>(Initial->IgnoreImplicit()) : nullptr;
  return Await && neverSuspends(Await);
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
