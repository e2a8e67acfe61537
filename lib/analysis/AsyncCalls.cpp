#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

bool isBlockingWait(const FunctionDecl *FD) {
  return hasIdentifierIn(FD, known::BlockingWaitNames) ||
         isListed(FD, known::BlockingWaitFunctions);
}

bool waitsForExecutor(const FunctionDecl *FD) {
  return isBlockingWait(FD) || hasIdentifierIn(FD, known::ExecutorJoinNames) ||
         isListed(FD, known::ExecutorDrainFunctions);
}

bool isTokenSpawnFunction(const FunctionDecl *FD) {
  return isListed(FD, known::TokenSpawnFunctions);
}

const Expr *completionTokenOf(const CallExpr *Spawn) {
  // Asio's spawns end with a defaulted `constraint<...>::type = 0` that only
  // drives overload resolution.
  unsigned N = Spawn->getNumArgs();
  while (N > 2 && isa<CXXDefaultArgExpr>(Spawn->getArg(N - 1)) &&
         !Spawn->getArg(N - 1)->getType()->isRecordType())
    --N;
  return N >= 3 ? Spawn->getArg(N - 1) : nullptr;
}

static const CXXRecordDecl *tokenRecordOf(const Expr *Token) {
  if (!Token || isa<CXXDefaultArgExpr>(Token))
    return nullptr;
  return Token->getType().getNonReferenceType()->getAsCXXRecordDecl();
}

bool isUseFutureToken(const Expr *Token) {
  return isListed(tokenRecordOf(Token), known::UseFutureTokens);
}

SpawnKind SpawnCallClassifier::kindOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return SpawnKind::NotASpawn;
  if (isTokenSpawnFunction(Callee))
    return SpawnKind::TokenSpawn;
  if (DetachedFunctions.contains(Callee))
    return SpawnKind::DetachedFunction;
  return SpawnKind::NotASpawn;
}

bool SpawnCallClassifier::isDetachedToken(const Expr *Token) {
  return Tokens.contains(tokenRecordOf(Token));
}

bool SpawnCallClassifier::isDetachedSpawn(const CallExpr *Call) {
  switch (kindOf(Call)) {
  case SpawnKind::DetachedFunction:
    return true;
  case SpawnKind::TokenSpawn:
    return isDetachedToken(completionTokenOf(Call));
  case SpawnKind::NotASpawn:
    break;
  }
  return false;
}

bool startsWorkNow(const CallExpr *Spawn, TaskTypeClassifier &Tasks) {
  TaskTypeInfo Result = Tasks.classify(Spawn->getType());
  return !(Result.IsTask &&
           (Result.IsDeferredOperation || Result.StartMode == Start::Lazy));
}

/// Looks through the implicit nodes and the copies or moves that carry a
/// value into a parameter.
static const Expr *ignoreCopies(const Expr *E) {
  while (true) {
    E = E->IgnoreImplicit();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || Construct->getNumArgs() != 1 ||
        !Construct->getConstructor()->isCopyOrMoveConstructor())
      return E;
    E = Construct->getArg(0);
  }
}

/// The call a forwarding function returns: `{ return self->reader(); }`.
static const Expr *forwardedCall(const FunctionDecl *FD) {
  const auto *Body = dyn_cast_or_null<CompoundStmt>(FD->getBody());
  if (!Body || Body->size() != 1)
    return nullptr;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  const Expr *Value = Return ? Return->getRetValue() : nullptr;
  return Value && isa<CallExpr>(ignoreCopies(Value)) ? Value : nullptr;
}

static bool isNothrowFunction(const FunctionDecl *FD) {
  const auto *Proto = FD->getType()->getAs<FunctionProtoType>();
  return Proto && Proto->isNothrow();
}

/// The work of a callable the spawn invokes: a coroutine's body, or, for a
/// plain callable an executor runs, its own body.
static SpawnedWork workOfCallable(const FunctionDecl *Callable,
                                  std::string Name, TaskTypeClassifier &Tasks) {
  SpawnedWork Work;
  Work.Name = std::move(Name);
  // Only a plain callable: a coroutine's exceptions go to its promise.
  if (isNothrowFunction(Callable) &&
      !Tasks.isTaskType(Callable->getReturnType())) {
    Work.Nothrow = true;
    return Work;
  }
  const FunctionDecl *Definition = Callable->getDefinition();
  if (!Definition)
    return Work;
  if (Tasks.isTaskType(Definition->getReturnType()) &&
      !isCoroutine(Definition)) {
    // A callable that makes the task: follow it when it only forwards.
    if (const Expr *Forwarded = forwardedCall(Definition))
      return spawnedWorkOf(Forwarded, Tasks);
    return Work;
  }
  Work.Body = Definition;
  return Work;
}

/// The task an adapter call wraps: `task.scheduleOn(ex)`, `lazy.via(ex)`,
/// `co_withExecutor(ex, task)`.
static const Expr *wrappedTask(const CallExpr *Call,
                               TaskTypeClassifier &Tasks) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Object = Member->getImplicitObjectArgument();
    return Object && Tasks.isTaskType(Object->getType()) ? Object : nullptr;
  }
  if (!Tasks.isTaskType(Call->getType()))
    return nullptr;
  for (const Expr *Arg : Call->arguments())
    if (Tasks.isTaskType(Arg->getType()))
      return Arg;
  return nullptr;
}

/// The call operator an executor invokes on an object of class \p RD: the
/// one that takes no arguments.
static const CXXMethodDecl *nullaryCallOperatorOf(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return nullptr;
  for (const CXXMethodDecl *Method : RD->methods())
    if (Method->getOverloadedOperator() == OO_Call &&
        Method->getMinRequiredArguments() == 0)
      return Method;
  return nullptr;
}

/// A function object written in place: `functor{args}`, `functor(args)`.
static const CXXRecordDecl *functionObjectClassOf(const Expr *E) {
  if (!isa<CXXConstructExpr, InitListExpr, CXXFunctionalCastExpr>(E))
    return nullptr;
  const CXXRecordDecl *RD = E->getType()->getAsCXXRecordDecl();
  // The standard library's wrappers (std::function) call what they hold.
  if (!RD || RD->isInStdNamespace())
    return nullptr;
  return nullaryCallOperatorOf(RD) ? RD : nullptr;
}

SpawnedWork spawnedWorkOf(const Expr *Work, TaskTypeClassifier &Tasks) {
  if (!Work)
    return {};
  const Expr *E = ignoreCopies(Work);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
    return workOfCallable(Lambda->getCallOperator(), "the lambda", Tasks);
  if (const CXXRecordDecl *Functor = functionObjectClassOf(E))
    return workOfCallable(nullaryCallOperatorOf(Functor),
                          "'" + Functor->getNameAsString() + "'", Tasks);
  if (const auto *AddressOf = dyn_cast<UnaryOperator>(E))
    if (AddressOf->getOpcode() == UO_AddrOf)
      E = AddressOf->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return workOfCallable(FD, "'" + FD->getNameAsString() + "'", Tasks);
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return {};
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return {};
  const FunctionDecl *Definition = Callee->getDefinition();
  if (isCoroutine(Definition))
    return {Definition, describeCallee(Call)};
  if (const Expr *Inner = wrappedTask(Call, Tasks))
    return spawnedWorkOf(Inner, Tasks);
  SpawnedWork Unknown;
  Unknown.Name = describeCallee(Call);
  return Unknown;
}

static bool isCallable(const Expr *E) {
  E = ignoreCopies(E);
  if (isa<LambdaExpr>(E) || functionObjectClassOf(E))
    return true;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    return isa<FunctionDecl>(Ref->getDecl());
  const CXXRecordDecl *RD = E->getType()->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() && RD->isLambda();
}

const Expr *workArgumentOf(const CallExpr *Spawn, SpawnKind Kind,
                           TaskTypeClassifier &Tasks) {
  if (Kind == SpawnKind::TokenSpawn)
    return Spawn->getNumArgs() >= 2 ? Spawn->getArg(1) : nullptr;
  for (const Expr *Arg : Spawn->arguments())
    if (Tasks.isTaskType(Arg->getType()) || isCallable(Arg))
      return Arg;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Spawn)) {
    const Expr *Object = Member->getImplicitObjectArgument();
    if (Object && Tasks.isTaskType(Object->getType()))
      return Object;
  }
  return nullptr;
}

const CallExpr *callMakingTask(const Expr *Argument) {
  const Expr *E = withoutStdMove(Argument);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (Var->hasLocalStorage() && Var->getInit())
        E = withoutStdMove(Var->getInit());
  return dyn_cast_or_null<CallExpr>(E);
}

const ParmVarDecl *ignoredOutcomeParameter(const Expr *Callback) {
  if (!Callback)
    return nullptr;
  const auto *Lambda = dyn_cast<LambdaExpr>(ignoreCopies(Callback));
  if (!Lambda)
    return nullptr;
  const CXXMethodDecl *Call = Lambda->getCallOperator();
  if (Call->getNumParams() == 0)
    return nullptr;
  const ParmVarDecl *Outcome = Call->getParamDecl(0);
  return Outcome->isReferenced() || Outcome->isUsed() ? nullptr : Outcome;
}

const CallExpr *fanOutCallOf(const Expr *Awaited, NamedDeclSet &FanOut) {
  if (!Awaited)
    return nullptr;
  const auto *Call = dyn_cast<CallExpr>(ignoreCopies(Awaited));
  if (!Call)
    return nullptr;
  if (FanOut.contains(calleeOf(Call)))
    return Call;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  if (!Member || !Member->getImplicitObjectArgument())
    return nullptr;
  const auto *Group =
      dyn_cast<CallExpr>(ignoreCopies(Member->getImplicitObjectArgument()));
  return Group && FanOut.contains(calleeOf(Group)) ? Group : nullptr;
}

std::string fanOutRemedyOf(const FunctionDecl *FanOut) {
  std::string Name = FanOut ? listedNameOf(FanOut) : "";
  for (const known::ThrowingVariant &Variant : known::ThrowingVariants)
    if (Name == Variant.FanOut)
      return Variant.Remedy.str();
  return "check each result";
}

/// The promise's `get_return_object()` makes the return value of every
/// coroutine; it is not a call anybody wrote.
static bool isPromiseHook(const FunctionDecl *Callee) {
  return hasIdentifierIn(Callee, {"get_return_object"});
}

StartKind startKindOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || isPromiseHook(Callee))
    return StartKind::NotAStart;
  if (isListed(Call->getType()->getAsCXXRecordDecl(),
               known::FireAndForgetTypes))
    return StartKind::FireAndForget;
  std::string Name = listedNameOf(Callee);
  // folly's start() returns a SemiFuture; start(callback) returns nothing.
  bool TakesCallback = Call->getNumArgs() > 0 && Call->getType()->isVoidType();
  if (TakesCallback && isListed(Name, known::CallbackStarts))
    return StartKind::TakesOutcomeCallback;
  if (!TakesCallback && isListed(Name, known::HandleReturningStarts))
    return StartKind::ReturnsHandle;
  return StartKind::NotAStart;
}

const Expr *continuedTaskOf(const CallExpr *Call, TaskTypeClassifier &Tasks) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  if (!Member ||
      !hasIdentifierIn(Member->getMethodDecl(), known::ContinuationNames))
    return nullptr;
  // `then` may be a member of the task's base class: look through the
  // conversion to it.
  const Expr *Object = Member->getImplicitObjectArgument()->IgnoreImplicit();
  return Tasks.isTaskType(Object->getType()) ? Object : nullptr;
}

bool continuationHandlesErrors(const CallExpr *Continuation) {
  return Continuation->getNumArgs() >= 2;
}

} // namespace clang::tidy::async
