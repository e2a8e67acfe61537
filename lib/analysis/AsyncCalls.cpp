#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

// libcoro's self-deleting spawn promise has an empty unhandled_exception();
// its older task_container (behind io_scheduler::spawn) only prints to
// std::cerr; concurrencpp's post wraps the callable in a catch (...) that
// does nothing.
const char DefaultDetachedSpawnFunctions[] =
    "coro::thread_pool::spawn_detached;coro::scheduler::spawn_detached;"
    "coro::io_scheduler::spawn;coro::task_group::start;"
    "coro::task_container::start;concurrencpp::executor::post;"
    "concurrencpp::derivable_executor::post;concurrencpp::executor::bulk_post;"
    "concurrencpp::derivable_executor::bulk_post";

const char DefaultSpawnFunctions[] =
    "boost::asio::co_spawn;asio::co_spawn;boost::cobalt::spawn;"
    "coro::thread_pool::spawn_detached;coro::scheduler::spawn_detached;"
    "coro::io_scheduler::spawn;coro::task_group::start;"
    "coro::task_container::start;concurrencpp::executor::post;"
    "concurrencpp::derivable_executor::post;concurrencpp::executor::submit;"
    "concurrencpp::derivable_executor::submit";

const char DefaultConcurrentFanOutFunctions[] =
    "cppcoro::when_all;cppcoro::when_all_ready;coro::when_all;"
    "folly::coro::collectAll;folly::coro::collectAllRange;"
    "folly::coro::collectAllTry;folly::coro::collectAllTryRange;"
    "async_simple::coro::collectAll;async_simple::coro::collectAllPara;"
    "boost::asio::experimental::make_parallel_group;"
    "asio::experimental::make_parallel_group;boost::cobalt::gather;"
    "boost::cobalt::join;concurrencpp::when_all";

static constexpr llvm::StringLiteral BlockingWaits[] = {
    "sync_wait", "blockingWait", "syncAwait"};
static constexpr llvm::StringLiteral ExecutorJoins[] = {
    "run", "run_for", "run_until", "join", "wait"};

static bool hasNameIn(const FunctionDecl *FD,
                      llvm::ArrayRef<llvm::StringLiteral> Names) {
  return FD && FD->getDeclName().isIdentifier() &&
         llvm::is_contained(Names, FD->getName());
}

bool isBlockingWait(const FunctionDecl *FD) {
  return hasNameIn(FD, BlockingWaits);
}

bool waitsForExecutor(const FunctionDecl *FD) {
  return isBlockingWait(FD) || hasNameIn(FD, ExecutorJoins);
}

const char DefaultDetachedTokens[] = "boost::asio::detached_t;asio::detached_t";

const char DefaultFanOutFunctions[] =
    "cppcoro::when_all_ready;coro::when_all;folly::coro::collectAllTry;"
    "folly::coro::collectAllTryRange;folly::coro::collectAllTryWindowed;"
    "async_simple::coro::collectAll;async_simple::coro::collectAllPara;"
    "async_simple::coro::collectAllWindowed;"
    "async_simple::coro::collectAllWindowedPara;"
    "boost::asio::experimental::make_parallel_group;"
    "asio::experimental::make_parallel_group;boost::cobalt::gather;"
    "concurrencpp::when_all";

static constexpr llvm::StringLiteral HandleReturningStarts[] = {
    "folly::coro::TaskWithExecutor::start",
    "folly::coro::TaskWithExecutor::startInlineUnsafe",
    "concurrencpp::executor::submit", "concurrencpp::derivable_executor::submit",
    "concurrencpp::executor::bulk_submit",
    "concurrencpp::derivable_executor::bulk_submit"};

static constexpr llvm::StringLiteral CallbackStarts[] = {
    "folly::coro::TaskWithExecutor::start",
    "folly::coro::TaskWithExecutor::startInlineUnsafe",
    "async_simple::coro::detail::LazyBase::start",
    "async_simple::coro::Lazy::start", "async_simple::coro::RescheduleLazy::start"};

static constexpr llvm::StringLiteral FireAndForgetTypes[] = {
    "concurrencpp::null_result"};

static constexpr llvm::StringLiteral TokenSpawnFunctions[] = {
    "boost::asio::co_spawn", "asio::co_spawn", "boost::cobalt::spawn"};

static constexpr llvm::StringLiteral UseFutureTokens[] = {
    "boost::asio::use_future_t", "asio::use_future_t"};

struct ThrowingVariant {
  llvm::StringLiteral FanOut;
  llvm::StringLiteral Remedy;
};
static constexpr ThrowingVariant ThrowingVariants[] = {
    {"cppcoro::when_all_ready", "use 'cppcoro::when_all' or check each result"},
    {"folly::coro::collectAllTry",
     "use 'folly::coro::collectAll' or check each result"},
    {"folly::coro::collectAllTryRange",
     "use 'folly::coro::collectAllRange' or check each result"},
    {"folly::coro::collectAllTryWindowed",
     "use 'folly::coro::collectAllWindowed' or check each result"},
    {"boost::asio::experimental::make_parallel_group",
     "use the awaitable operator '&&' or check each result"},
    {"asio::experimental::make_parallel_group",
     "use the awaitable operator '&&' or check each result"},
    {"boost::cobalt::gather", "use 'boost::cobalt::join' or check each result"},
};

bool isTokenSpawnFunction(const FunctionDecl *FD) {
  return FD && llvm::is_contained(TokenSpawnFunctions, listedNameOf(FD));
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
  const CXXRecordDecl *RD = tokenRecordOf(Token);
  return RD && llvm::is_contained(UseFutureTokens, listedNameOf(RD));
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

/// The work of a callable the spawn invokes: a coroutine's body, or, for a
/// plain callable an executor runs, its own body.
static SpawnedWork workOfCallable(const FunctionDecl *Callable,
                                  std::string Name, TaskTypeClassifier &Tasks) {
  SpawnedWork Work;
  Work.Name = std::move(Name);
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
static const Expr *wrappedTask(const CallExpr *Call, TaskTypeClassifier &Tasks) {
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

SpawnedWork spawnedWorkOf(const Expr *Work, TaskTypeClassifier &Tasks) {
  if (!Work)
    return {};
  const Expr *E = ignoreCopies(Work);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E))
    return workOfCallable(Lambda->getCallOperator(), "the lambda", Tasks);
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
  if (isa<LambdaExpr>(E))
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
  for (const ThrowingVariant &Variant : ThrowingVariants)
    if (Name == Variant.FanOut)
      return Variant.Remedy.str();
  return "check each result";
}

/// The promise's `get_return_object()` makes the return value of every
/// coroutine; it is not a call anybody wrote.
static bool isPromiseHook(const FunctionDecl *Callee) {
  return Callee && Callee->getDeclName().isIdentifier() &&
         Callee->getName() == "get_return_object";
}

StartKind startKindOf(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || isPromiseHook(Callee))
    return StartKind::NotAStart;
  if (const CXXRecordDecl *Returned = Call->getType()->getAsCXXRecordDecl())
    if (llvm::is_contained(FireAndForgetTypes, listedNameOf(Returned)))
      return StartKind::FireAndForget;
  std::string Name = listedNameOf(Callee);
  // folly's start() returns a SemiFuture; start(callback) returns nothing.
  bool TakesCallback = Call->getNumArgs() > 0 && Call->getType()->isVoidType();
  if (TakesCallback && llvm::is_contained(CallbackStarts, Name))
    return StartKind::TakesOutcomeCallback;
  if (!TakesCallback && llvm::is_contained(HandleReturningStarts, Name))
    return StartKind::ReturnsHandle;
  return StartKind::NotAStart;
}

} // namespace clang::tidy::async
