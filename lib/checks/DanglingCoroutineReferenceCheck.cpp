#include "checks/DanglingCoroutineReferenceCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "analysis/KnownNames.h"
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
  if (!Callee || Node.isTypeDependent() || Node.containsErrors() ||
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

/// True when the handle a start returns is waited for at once:
/// `co_withExecutor(ex, f(x)).start().get()`.
static bool isWaitedForAtOnce(const CallExpr *Start, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*Start, Ctx)) {
    if (const auto *Wait = Step.get<CXXMemberCallExpr>())
      return hasIdentifierIn(Wait->getMethodDecl(), {"get", "wait"});
    if (!Step.get<MemberExpr>() && !Step.get<ImplicitCastExpr>() &&
        !Step.get<MaterializeTemporaryExpr>() &&
        !Step.get<CXXBindTemporaryExpr>())
      return false;
  }
  return false;
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
      return isAwaitedInFullExpression(Call, Ctx) || !startsWorkNow(Call, Tasks)
                 ? nullptr
                 : Call;
    StartKind Start = startKindOf(Call);
    if (Start == StartKind::TakesOutcomeCallback ||
        Start == StartKind::ReturnsHandle)
      return isAwaitedInFullExpression(Call, Ctx) ||
                     isWaitedForAtOnce(Call, Ctx)
                 ? nullptr
                 : Call;
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

/// True when \p Var is declared in a block nested in its function's body
/// (a loop body, a branch), so it dies before the function returns.
static bool isInNestedBlock(const VarDecl *Var, const FunctionDecl *Owner,
                            ASTContext &Ctx) {
  if (isa<ParmVarDecl>(Var))
    return false;
  const Stmt *Block = scopeOfLocal(Var, Ctx);
  return Block && Block != userBodyOf(Owner);
}

/// True when, after the spawn and while \p Var is alive, the function blocks
/// until the executor's work is done (`io_context::run()`, `join()`, ...).
static bool waitsBeforeScopeEnds(const VarDecl *Var, const CallExpr *Spawn,
                                 ASTContext &Ctx) {
  for (const Stmt *Statement : laterStatementsInScopeOf(Var, Spawn, Ctx))
    if (!match(findAll(callExpr(callee(functionDecl(waitsForExecutorWork())))),
               *Statement, Ctx)
             .empty())
      return true;
  return false;
}

DanglingCoroutineReferenceCheck::Death DanglingCoroutineReferenceCheck::deathOf(
    const Referent &Target, const CallExpr *Call, bool AwaitedInFullExpression,
    Dangling &Found, ASTContext &Ctx) {
  if (AwaitedInFullExpression)
    return Death::None;
  if (Target.Kind == ReferentKind::Temporary)
    return Death::Temporary;
  if (Target.Kind != ReferentKind::Local)
    return Death::None;
  const auto *Owner = dyn_cast<FunctionDecl>(Target.Var->getDeclContext());
  if (!Owner)
    return Death::None;
  if (const CallExpr *Spawn = detachingSpawnOf(Call, Ctx)) {
    if (waitsBeforeScopeEnds(Target.Var, Spawn, Ctx))
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
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionDecl *Definition = Callee->getDefinition();
  // A function that only makes the task may copy what it is given.
  if (Definition && !isCoroutine(Definition))
    return;
  const FunctionDecl *Declared = Definition ? Definition : Callee;
  // A lambda called through operator() has its closure as argument 0.
  unsigned Offset =
      isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  bool Awaited = isAwaitedInFullExpression(Call, Ctx);
  Dangling Found;
  for (unsigned I = 0, E = Declared->getNumParams();
       I != E && I + Offset < Call->getNumArgs(); ++I) {
    const ParmVarDecl *Param = Declared->getParamDecl(I);
    if (!isBorrowingType(Param->getType(), Views))
      continue;
    Referent Target = referentOf(Call->getArg(I + Offset), Views);
    Dangling Candidate;
    Death How = deathOf(Target, Call, Awaited, Candidate, Ctx);
    if (How == Death::None)
      continue;
    if (Found.How == Death::None) {
      Found = Candidate;
      Found.How = How;
    }
    if (How == Found.How && Candidate.Referent == Found.Referent)
      Found.Parameters.push_back(Param);
  }
  if (Found.How != Death::None)
    report(Call, Found, Ctx.getSourceManager());
}

void DanglingCoroutineReferenceCheck::checkLambdaCall(const CallExpr *Call,
                                                      const LambdaExpr *Lambda,
                                                      ASTContext &Ctx) {
  if (isAwaitedInFullExpression(Call, Ctx))
    return;
  SourceLocation Loc = beginLocOf(Call);
  if (!isFirstReport(Loc, Ctx.getSourceManager()))
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
