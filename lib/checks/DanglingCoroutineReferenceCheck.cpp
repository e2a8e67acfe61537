#include "checks/DanglingCoroutineReferenceCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/CodeContext.h"
#include "analysis/Coroutines.h"
#include "analysis/KnownNames.h"
#include "analysis/OutcomeUses.h"
#include "analysis/OwnStatements.h"
#include "analysis/Parents.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

DanglingCoroutineReferenceCheck::DanglingCoroutineReferenceCheck(
    StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), TaskOptions(Options),
      ViewTypes(Options, "ViewTypes", known::ViewTypes),
      SpawnFunctions(Options, "SpawnFunctions", known::SpawnFunctions),
      Tasks(TaskOptions), Views(ViewTypes), Spawns(SpawnFunctions) {}

void DanglingCoroutineReferenceCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  TaskOptions.store(Options, Opts);
  ViewTypes.store(Options, Opts);
  SpawnFunctions.store(Options, Opts);
}

void DanglingCoroutineReferenceCheck::startTranslationUnit() {
  Tasks.clear();
  Views.clear();
  Spawns.clear();
}

namespace {
/// A call that makes a task from a function with a reference, pointer or
/// view parameter.
AST_MATCHER_P2(CallExpr, makesTaskThatBorrows, TaskTypeClassifier *, Tasks,
               NamedDeclSet *, Views) {
  const FunctionDecl *Callee = Node.getDirectCallee();
  // `std::move(task)` and its kin hand out a reference, never a new frame.
  if (!Callee || Node.isTypeDependent() || Node.containsErrors() ||
      Callee->getReturnType()->isReferenceType() ||
      !Tasks->isAsyncCoroutineType(Node.getType()))
    return false;
  for (const ParmVarDecl *Param : Callee->parameters())
    if (isBorrowingType(Param->getType(), *Views))
      return true;
  return false;
}

/// `[captures]() -> task<> { ... }()`: a capturing lambda coroutine called
/// on its temporary closure.
AST_MATCHER_P(CXXOperatorCallExpr, callsTemporaryCapturingLambda,
              TaskTypeClassifier *, Tasks) {
  if (Node.getOperator() != OO_Call || Node.getNumArgs() == 0)
    return false;
  const auto *Lambda = dyn_cast<LambdaExpr>(Node.getArg(0)->IgnoreImplicit());
  return Lambda && !Node.containsErrors() && Lambda->capture_size() > 0 &&
         isCoroutine(Lambda->getCallOperator()) &&
         Tasks->isAsyncCoroutineType(Node.getType());
}

AST_MATCHER(FunctionDecl, waitsForExecutorWork) {
  return waitsForExecutor(&Node);
}
} // namespace

void DanglingCoroutineReferenceCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader()),
                              makesTaskThatBorrows(&Tasks, &Views))
                         .bind("call"),
                     this);
  Finder->addMatcher(cxxOperatorCallExpr(unless(isExpansionInSystemHeader()),
                                         callsTemporaryCapturingLambda(&Tasks))
                         .bind("lambdaCall"),
                     this);
}

void DanglingCoroutineReferenceCheck::check(
    const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("lambdaCall"))
    checkLambdaCall(Call, cast<LambdaExpr>(Call->getArg(0)->IgnoreImplicit()),
                    *Result.Context);
  else if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    checkCoroutineCall(Call, *Result.Context);
}

/// The spawn call a task is handed to, within its full-expression, when the
/// spawn is not itself awaited there: a listed spawn function, or a library
/// call that starts the work and runs on (folly's `start()`, async_simple's
/// `start(callback)`).
const CallExpr *
DanglingCoroutineReferenceCheck::detachingSpawnOf(const CallExpr *Task,
                                                  ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*Task, Ctx)) {
    const auto *Parent = Step.get<Expr>();
    if (!Parent || isa<LambdaExpr>(Parent))
      return nullptr;
    const auto *Call = dyn_cast<CallExpr>(Parent);
    if (!Call)
      continue;
    if (Spawns.contains(Call->getDirectCallee()))
      return isAwaitedInFullExpression(Call, Ctx, Tasks) ||
                     !startsWorkNow(Call, Tasks)
                 ? nullptr
                 : Call;
    StartKind Start = startKindOf(Call);
    if (Start == StartKind::TakesOutcomeCallback ||
        Start == StartKind::ReturnsHandle)
      return isAwaitedInFullExpression(Call, Ctx, Tasks) ? nullptr : Call;
  }
  return nullptr;
}

/// The statements that run after \p S in the block that declares \p Var.
static llvm::SmallVector<const Stmt *, 4>
laterStatementsInScopeOf(const VarDecl *Var, const Stmt *S, ASTContext &Ctx) {
  const Stmt *Scope = nullptr;
  if (const auto *Param = dyn_cast<ParmVarDecl>(Var)) {
    const auto *Function = dyn_cast<FunctionDecl>(Param->getDeclContext());
    Scope = Function ? userBodyOf(Function) : nullptr;
  } else {
    Scope = scopeOfLocal(Var, Ctx);
  }
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Scope);
  const Stmt *Child = Block ? statementOfBlockAround(S, Block, Ctx) : nullptr;
  if (!Child)
    return {};
  llvm::SmallVector<const Stmt *, 4> Later;
  bool After = false;
  for (const Stmt *Statement : Block->body()) {
    if (After)
      Later.push_back(Statement);
    After = After || Statement == Child;
  }
  return Later;
}

/// The spawn that a task kept in a local is later handed to
/// (`auto t = f(x); pool.spawn_detached(std::move(t));`), when nothing
/// awaits it there.
const CallExpr *
DanglingCoroutineReferenceCheck::laterSpawnOfKeptTask(const CallExpr *Task,
                                                      ASTContext &Ctx) {
  const VarDecl *Kept = destinationOf(Task, Ctx, Tasks, Spawns).Var;
  if (!Kept)
    return nullptr;
  const CallExpr *Spawn = nullptr;
  for (const Stmt *Statement : laterStatementsInScopeOf(Kept, Task, Ctx)) {
    findOwnStatement(Statement, [&](const Stmt *Node) {
      const auto *Ref = dyn_cast<DeclRefExpr>(Node);
      if (!Ref || Ref->getDecl() != Kept)
        return false;
      TaskDestination Goes = destinationOf(Ref, Ctx, Tasks, Spawns);
      if (Goes.Fate == TaskFate::Spawned &&
          !isAwaitedInFullExpression(Goes.Spawn, Ctx, Tasks))
        Spawn = Goes.Spawn;
      return Spawn != nullptr;
    });
    if (Spawn)
      return Spawn;
  }
  return nullptr;
}

/// The function whose `return` hands out the task \p E makes, if any.
static const FunctionDecl *returningFunctionOf(const Expr *E, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*E, Ctx)) {
    if (const auto *Return = Step.get<ReturnStmt>())
      return contextOf(Return, Ctx).Function;
    const auto *Parent = Step.get<Expr>();
    if (!Parent || isa<LambdaExpr, CallExpr>(Parent))
      return nullptr;
  }
  return nullptr;
}

/// True when \p Var is declared in a block nested in its function's body
/// (a loop body, a branch), so it dies before the function returns.
static bool isInNestedBlock(const VarDecl *Var, const FunctionDecl *Owner,
                            ASTContext &Ctx) {
  if (isa<ParmVarDecl>(Var))
    return false;
  const Stmt *Block = scopeOfLocal(Var, Ctx);
  return Block && Block != userBodyOf(Owner);
}

/// True when, after the spawn and while \p Var is alive, the function waits
/// for the spawned work: it blocks until the executor's work is done
/// (`io_context::run()`, `join()`, libcoro's `shutdown()`), or it waits for
/// the handle the spawn returned, or for \p Var itself (a latch the tasks
/// count down).
static bool waitsBeforeScopeEnds(const VarDecl *Var, const CallExpr *Spawn,
                                 TaskTypeClassifier &Tasks, ASTContext &Ctx) {
  const VarDecl *Handle = variableInitialisedBy(Spawn, Ctx);
  for (const Stmt *Statement : laterStatementsInScopeOf(Var, Spawn, Ctx)) {
    if (!match(findAll(callExpr(callee(functionDecl(waitsForExecutorWork())))),
               *Statement, Ctx)
             .empty())
      return true;
    if (waitsOn(Statement, Var, Tasks) ||
        (Handle && waitsOn(Statement, Handle, Tasks)))
      return true;
  }
  return false;
}

/// True when the task outlives its full-expression and runs by then: it is
/// kept, returned or spawned, and not kept unused in a variable while
/// lazy (a coroutine object never started never uses its references).
bool DanglingCoroutineReferenceCheck::outlivesFullExpression(
    const CallExpr *Call, ASTContext &Ctx) {
  TaskDestination Goes = destinationOf(Call, Ctx, Tasks, Spawns);
  if (Goes.Fate == TaskFate::Consumed)
    return false;
  return !(Goes.Var && !Goes.Var->isReferenced() &&
           !startsEagerly(coroutineDefinitionOf(Call->getDirectCallee())));
}

DanglingCoroutineReferenceCheck::Death
DanglingCoroutineReferenceCheck::deathOf(const Referent &Target,
                                         const CallExpr *Call, Dangling &Found,
                                         ASTContext &Ctx) {
  if (Target.Kind == ReferentKind::Temporary)
    return outlivesFullExpression(Call, Ctx) ? Death::Temporary : Death::None;
  if (Target.Kind != ReferentKind::Local)
    return Death::None;
  const auto *Owner = dyn_cast<FunctionDecl>(Target.Var->getDeclContext());
  if (!Owner)
    return Death::None;
  const CallExpr *Spawn = detachingSpawnOf(Call, Ctx);
  if (!Spawn)
    Spawn = laterSpawnOfKeptTask(Call, Ctx);
  if (Spawn) {
    if (waitsBeforeScopeEnds(Target.Var, Spawn, Tasks, Ctx))
      return Death::None;
    Found.Spawn = Spawn;
    Found.Owner = Owner;
    Found.Referent = Target.Var;
    Found.DiesInNestedBlock = isInNestedBlock(Target.Var, Owner, Ctx);
    return Death::SpawnerReturns;
  }
  const FunctionDecl *Returning = returningFunctionOf(Call, Ctx);
  if (Returning && Returning == Owner && !isCoroutine(Returning)) {
    Found.Owner = Owner;
    Found.Referent = Target.Var;
    return Death::WrapperReturns;
  }
  return Death::None;
}

void DanglingCoroutineReferenceCheck::checkCoroutineCall(const CallExpr *Call,
                                                         ASTContext &Ctx) {
  // Only a coroutine's frame keeps what it is given; a function that only
  // makes or forwards the task may copy it.
  const FunctionDecl *Coroutine =
      coroutineDefinitionOf(Call->getDirectCallee());
  if (!Coroutine || isAwaitedInFullExpression(Call, Ctx, Tasks) ||
      isInUnevaluatedOperand(Call, Ctx))
    return;
  // A lambda called through operator() has its closure as argument 0.
  unsigned Offset = isa<CXXOperatorCallExpr>(Call) &&
                            isa<CXXMethodDecl>(Call->getDirectCallee())
                        ? 1
                        : 0;
  const SourceManager &SM = Ctx.getSourceManager();
  Dangling Found;
  for (unsigned I = 0, E = Coroutine->getNumParams();
       I != E && I + Offset < Call->getNumArgs(); ++I) {
    const ParmVarDecl *Param = Coroutine->getParamDecl(I);
    if (!isBorrowingType(Param->getType(), Views))
      continue;
    Referent Target = referentOf(Call->getArg(I + Offset), Views);
    if (Target.Kind != ReferentKind::Temporary &&
        Target.Kind != ReferentKind::Local)
      continue;
    Dangling Candidate;
    Death How = deathOf(Target, Call, Candidate, Ctx);
    if (How == Death::None || isDoneBeforeSuspending(Coroutine, Param, SM))
      continue;
    if (Found.How == Death::None) {
      Found = Candidate;
      Found.How = How;
    }
    if (How == Found.How && Candidate.Referent == Found.Referent)
      Found.Parameters.push_back(Param);
  }
  if (Found.How != Death::None)
    report(Call, Found, SM);
}

/// An eager coroutine that is done with its parameter before it first
/// suspends uses it while the caller's argument is alive.
bool DanglingCoroutineReferenceCheck::isDoneBeforeSuspending(
    const FunctionDecl *Coroutine, const ParmVarDecl *Param,
    const SourceManager &SM) {
  return usesEndBeforeFirstSuspension(
      Coroutine,
      [Param](const Expr *E) {
        const auto *Ref = dyn_cast<DeclRefExpr>(E);
        return Ref && Ref->getDecl() == Param;
      },
      Tasks, Views, SM);
}

/// True when \p E is a use of one of \p Lambda's captures (`this` too).
static bool readsCapture(const LambdaExpr *Lambda, const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E);
  if (!Ref && !isa<CXXThisExpr>(E))
    return false;
  return llvm::any_of(Lambda->captures(), [&](const LambdaCapture &Capture) {
    if (Capture.capturesThis())
      return isa<CXXThisExpr>(E);
    return Ref && Capture.capturesVariable() &&
           Capture.getCapturedVar() == Ref->getDecl();
  });
}

void DanglingCoroutineReferenceCheck::checkLambdaCall(const CallExpr *Call,
                                                      const LambdaExpr *Lambda,
                                                      ASTContext &Ctx) {
  if (isAwaitedInFullExpression(Call, Ctx, Tasks) ||
      isInUnevaluatedOperand(Call, Ctx) || !outlivesFullExpression(Call, Ctx))
    return;
  // An eager coroutine done with its captures before it first suspends
  // reads them while the closure is alive.
  const SourceManager &SM = Ctx.getSourceManager();
  const FunctionDecl *Coroutine =
      coroutineDefinitionOf(Call->getDirectCallee());
  if (usesEndBeforeFirstSuspension(
          Coroutine ? Coroutine : Lambda->getCallOperator(),
          [Lambda](const Expr *E) { return readsCapture(Lambda, E); }, Tasks,
          Views, SM))
    return;
  SourceLocation Loc = beginLocOf(Call);
  if (!isFirstReport(Loc, SM))
    return;
  diag(Loc, "the captures of this lambda coroutine are destroyed with its "
            "temporary closure at the end of the full-expression, but its "
            "task runs later; pass the lambda itself to the spawn, or pass "
            "the values as parameters");
  const LambdaCapture &First = *Lambda->capture_begin();
  SourceLocation CaptureLoc =
      First.isImplicit() ? Lambda->getCaptureDefaultLoc() : First.getLocation();
  diag(CaptureLoc,
       "captured here: the capture lives in the closure, not in "
       "the coroutine frame",
       DiagnosticIDs::Note);
}

static unsigned borrowKindOf(QualType T) {
  if (T->isReferenceType())
    return 0;
  return T->isPointerType() ? 1 : 2;
}

void DanglingCoroutineReferenceCheck::report(const CallExpr *Call,
                                             const Dangling &Found,
                                             const SourceManager &SM) {
  SourceLocation Loc = beginLocOf(Call);
  if (!isFirstReport(Loc, SM))
    return;
  std::string Callee = describeCallee(Call);
  switch (Found.How) {
  case Death::Temporary:
    diag(Loc, "task returned by %0 keeps a reference to a temporary that is "
              "destroyed at the end of the full-expression, before the "
              "coroutine uses it; 'co_await' the task in the same expression, "
              "or take the parameter by value")
        << Callee;
    break;
  case Death::SpawnerReturns:
    diag(Loc, "task returned by %0 is spawned by %1 but keeps a reference to "
              "%2, which is destroyed %select{when %3 returns|at the end of "
              "its block}4; take the parameter by value, or wait for the "
              "spawned work before %2 goes out of scope")
        << Callee << describeCallee(Found.Spawn) << Found.Referent
        << Found.Owner << Found.DiesInNestedBlock;
    break;
  case Death::WrapperReturns:
    diag(Loc, "task returned by %0 keeps a reference to %1, which is "
              "destroyed when %2 returns; take the parameter by value, or "
              "make %2 a coroutine that awaits the task")
        << Callee << Found.Referent << Found.Owner;
    break;
  case Death::None:
    return;
  }
  for (const ParmVarDecl *Param : Found.Parameters)
    diag(Param->getLocation(),
         "the coroutine frame keeps this %select{reference|pointer|view}0, "
         "not a copy of the argument",
         DiagnosticIDs::Note)
        << borrowKindOf(Param->getType());
}

} // namespace clang::tidy::async
