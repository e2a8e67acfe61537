#include "checks/UnboundedFanOutCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/Lifetimes.h"
#include "analysis/Loops.h"
#include "analysis/Matchers.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

UnboundedFanOutCheck::UnboundedFanOutCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), TaskOptions(Options),
      SemaphoreTypes(Options, "SemaphoreTypes", known::SemaphoreTypes),
      FanOutFunctions(Options, "FanOutFunctions",
                      known::ConcurrentFanOutFunctions),
      SpawnFunctions(Options, "SpawnFunctions", known::SpawnFunctions),
      FlagAcceptLoops(Options.get("FlagAcceptLoops", false)),
      Tasks(TaskOptions), Semaphores(SemaphoreTypes), FanOut(FanOutFunctions),
      Spawns(SpawnFunctions) {}

void UnboundedFanOutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TaskOptions.store(Options, Opts);
  SemaphoreTypes.store(Options, Opts);
  FanOutFunctions.store(Options, Opts);
  SpawnFunctions.store(Options, Opts);
  Options.store(Opts, "FlagAcceptLoops", FlagAcceptLoops);
}

void UnboundedFanOutCheck::startTranslationUnit() {
  Tasks.clear();
  Semaphores.clear();
  FanOut.clear();
  Spawns.clear();
}

namespace {
/// The object type behind an expression, through a pointer and the
/// conversion to the base class that declares the member called
/// (`channel.async_send` is a member of a base of `basic_channel`).
QualType objectTypeOf(const Expr *E) {
  QualType T = E->IgnoreParenImpCasts()->getType();
  if (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  return T;
}

/// `co_await sem.acquire()`, `co_await channel.async_send(...)`,
/// `co_await seastar::get_units(sem, 1)`: the awaited operation is a member
/// call on a semaphore, or a call of the semaphore's library that takes it
/// first. Merely passing a semaphore to some other awaited call
/// (`co_await relay(channel)`) is not an acquisition.
AST_MATCHER_P(CoawaitExpr, acquiresPermitOf, NamedDeclSet *, Semaphores) {
  const auto *Call = dyn_cast_or_null<CallExpr>(asWritten(Node.getOperand()));
  if (!Call)
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return namesListedType(objectTypeOf(Member->getImplicitObjectArgument()),
                           *Semaphores);
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || Call->getNumArgs() == 0)
    return false;
  QualType First = objectTypeOf(Call->getArg(0)).getNonReferenceType();
  const CXXRecordDecl *Semaphore = recordOf(First);
  return Semaphore && namesListedType(First, *Semaphores) &&
         topLevelNamespaceOf(Callee) == topLevelNamespaceOf(Semaphore);
}
} // namespace

void UnboundedFanOutCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), matchers::calleeIn(&FanOut))
          .bind("fanOut"),
      this);
  Finder->addMatcher(
      callExpr(unless(isExpansionInSystemHeader()), matchers::calleeIn(&Spawns))
          .bind("spawn"),
      this);
}

void UnboundedFanOutCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("fanOut"))
    checkFanOut(Call, *Result.Context);
  else if (const auto *Spawn = Result.Nodes.getNodeAs<CallExpr>("spawn"))
    checkSpawn(Spawn, *Result.Context);
}

bool UnboundedFanOutCheck::acquiresSemaphore(const Stmt *S, ASTContext &Ctx) {
  return S &&
         !match(findAll(coawaitExpr(acquiresPermitOf(&Semaphores))), *S, Ctx)
              .empty();
}

bool UnboundedFanOutCheck::isLimited(const Stmt *LoopBody, const Expr *Work,
                                     ASTContext &Ctx) {
  if (acquiresSemaphore(LoopBody, Ctx))
    return true;
  SpawnedWork Spawned = spawnedWorkOf(Work, Tasks);
  return Spawned.Body && acquiresSemaphore(userBodyOf(Spawned.Body), Ctx);
}

/// An accept loop: it awaits a new connection before each spawn, so the
/// peers, not the loop, decide how many run.
static bool awaitsAccept(const Stmt *LoopBody, ASTContext &Ctx) {
  return !match(findAll(coawaitExpr(
                    hasDescendant(cxxMemberCallExpr(callee(cxxMethodDecl(
                        matchers::hasIdentifierIn(known::AcceptNames))))))),
                *LoopBody, Ctx)
              .empty();
}

void UnboundedFanOutCheck::checkSpawn(const CallExpr *Spawn, ASTContext &Ctx) {
  if (Spawn->isTypeDependent() || Spawn->containsErrors() ||
      isAwaitedInFullExpression(Spawn, Ctx, Tasks) ||
      !startsWorkNow(Spawn, Tasks))
    return;
  const Stmt *Loop = enclosingRepeatingLoopOf(Spawn, Ctx);
  if (!Loop || !isRuntimeSizedLoop(Loop, Ctx))
    return;
  const Stmt *Body = loopBodyOf(Loop);
  if (!FlagAcceptLoops && awaitsAccept(Body, Ctx))
    return;
  SpawnKind Kind = isTokenSpawnFunction(Spawn->getDirectCallee())
                       ? SpawnKind::TokenSpawn
                       : SpawnKind::DetachedFunction;
  if (isLimited(Body, workArgumentOf(Spawn, Kind, Tasks), Ctx))
    return;
  SourceLocation Loc = beginLocOf(Spawn);
  if (!isFirstReport(Loc, Ctx.getSourceManager()))
    return;
  diag(Loc, "%0 in a loop over a runtime-sized range starts one concurrent "
            "task per iteration and nothing limits them; acquire an async "
            "semaphore in the loop or in the spawned coroutine")
      << describeCallee(Spawn);
  diag(Loop->getBeginLoc(), "the loop runs once per element of its input",
       DiagnosticIDs::Note);
}

/// The local container an argument passes (`std::move(tasks)`,
/// `tasks.begin()`), if any.
static const VarDecl *containerOf(const Expr *Argument) {
  const Expr *E = Argument->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
  if (const CallExpr *Move = asStdMove(E))
    E = Move->getArg(0)->IgnoreImplicit();
  else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E))
    E = Member->getImplicitObjectArgument()->IgnoreImplicit();
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var || !Var->hasLocalStorage() || Var->getType()->isReferenceType())
    return nullptr;
  return Var;
}

/// True when the fan-out starts the work a container fill adds: the task of
/// a coroutine call (one defined elsewhere included), or a spawn that only
/// packages its work. A spawn that starts it is reported at the spawn; a
/// result that already exists (a promise's) is only waited for.
bool UnboundedFanOutCheck::addsWorkToStart(const CXXMemberCallExpr *Fill) {
  const CallExpr *Made =
      Fill->getNumArgs() > 0 ? callMakingTask(Fill->getArg(0)) : nullptr;
  const FunctionDecl *Callee = Made ? Made->getDirectCallee() : nullptr;
  if (!Callee)
    return false;
  // `co_spawn(ex, work, deferred)` only packages the work for the group.
  if (Spawns.contains(Callee) || startKindOf(Made) != StartKind::NotAStart)
    return !startsWorkNow(Made, Tasks);
  if (!Callee->isDefined())
    return Tasks.isTaskType(Made->getType());
  return isCoroutine(spawnedWorkOf(Made, Tasks).Body);
}

void UnboundedFanOutCheck::checkFanOut(const CallExpr *Call, ASTContext &Ctx) {
  if (Call->isTypeDependent() || Call->containsErrors())
    return;
  const FunctionDecl *Function = contextOf(Call, Ctx).Function;
  const Stmt *FunctionBody = userBodyOf(Function);
  if (!FunctionBody)
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Expr *Argument : Call->arguments()) {
    const VarDecl *Container = containerOf(Argument);
    if (!Container)
      continue;
    auto Fills =
        match(findAll(cxxMemberCallExpr(
                          on(declRefExpr(to(varDecl(equalsNode(Container))))),
                          callee(cxxMethodDecl(matchers::hasIdentifierIn(
                              known::ContainerFillNames))))
                          .bind("fill")),
              *FunctionBody, Ctx);
    for (const BoundNodes &Nodes : Fills) {
      const auto *Fill = Nodes.getNodeAs<CXXMemberCallExpr>("fill");
      if (!SM.isBeforeInTranslationUnit(beginLocOf(Fill), beginLocOf(Call)) ||
          !addsWorkToStart(Fill))
        continue;
      const Stmt *Loop = enclosingRepeatingLoopOf(Fill, Ctx);
      if (!Loop || !isRuntimeSizedLoop(Loop, Ctx))
        continue;
      const Expr *Work = Fill->getNumArgs() > 0 ? Fill->getArg(0) : nullptr;
      if (isLimited(loopBodyOf(Loop), Work, Ctx))
        continue;
      SourceLocation Loc = beginLocOf(Call);
      if (!isFirstReport(Loc, SM))
        return;
      diag(Loc, "%0 starts every task of %1 at once, and %1 is filled in a "
                "loop over a runtime-sized range: concurrency grows with the "
                "input; use a windowed variant, or acquire an async "
                "semaphore in each task")
          << describeCallee(Call) << Container;
      diag(Fill->getExprLoc(), "%0 gets one task per iteration here",
           DiagnosticIDs::Note)
          << Container;
      return;
    }
  }
}

} // namespace clang::tidy::async
