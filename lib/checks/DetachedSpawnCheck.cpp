#include "checks/DetachedSpawnCheck.h"
#include "analysis/CodeContext.h"
#include "analysis/Coroutines.h"
#include "analysis/DiscardedValues.h"
#include "analysis/ExceptionEscape.h"
#include "analysis/KnownNames.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

DetachedSpawnCheck::DetachedSpawnCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), TaskOptions(Options),
      DetachedSpawnFunctions(Options, "DetachedSpawnFunctions",
                             known::DetachedSpawnFunctions),
      DetachedTokens(Options, "DetachedTokens", known::DetachedTokens),
      AssumeUnknownCoroutinesThrow(
          Options.get("AssumeUnknownCoroutinesThrow", true)),
      Tasks(TaskOptions), Spawns(DetachedSpawnFunctions, DetachedTokens) {}

void DetachedSpawnCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TaskOptions.store(Options, Opts);
  DetachedSpawnFunctions.store(Options, Opts);
  DetachedTokens.store(Options, Opts);
  Options.store(Opts, "AssumeUnknownCoroutinesThrow",
                AssumeUnknownCoroutinesThrow);
}

void DetachedSpawnCheck::startTranslationUnit() {
  Tasks.clear();
  Spawns.clear();
}

namespace {
AST_MATCHER_P(CallExpr, startsDetachableWork, SpawnCallClassifier *, Spawns) {
  return Spawns->kindOf(&Node) != SpawnKind::NotASpawn ||
         startKindOf(&Node) != StartKind::NotAStart;
}
AST_MATCHER_P(CallExpr, continuesTask, TaskTypeClassifier *, Tasks) {
  return continuedTaskOf(&Node, *Tasks) != nullptr;
}
} // namespace

void DetachedSpawnCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader()),
                              startsDetachableWork(&Spawns))
                         .bind("call"),
                     this);
  Finder->addMatcher(cxxMemberCallExpr(unless(isExpansionInSystemHeader()),
                                       continuesTask(&Tasks))
                         .bind("call"),
                     this);
}

static bool isDiscarded(const Expr *E, ASTContext &Ctx) {
  // A cast to void says the caller decided to drop the handle.
  return howValueIsUsed(E, Ctx).Use == ValueUse::Discarded;
}

DetachedSpawnCheck::Finding
DetachedSpawnCheck::findTokenSpawnLoss(const CallExpr *Call, ASTContext &Ctx) {
  Finding Found;
  Found.Work = workArgumentOf(Call, SpawnKind::TokenSpawn, Tasks);
  const Expr *Token = completionTokenOf(Call);
  if (Spawns.isDetachedToken(Token)) {
    Found.How = Loss::DetachedToken;
  } else if (isUseFutureToken(Token)) {
    if (isDiscarded(Call, Ctx))
      Found.How = Loss::DroppedFuture;
  } else {
    Found.IgnoredOutcome = ignoredOutcomeParameter(Token);
    if (Found.IgnoredOutcome)
      Found.How = Loss::IgnoringHandler;
  }
  return Found;
}

static const Expr *objectOf(const CallExpr *Call) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  return Member ? Member->getImplicitObjectArgument() : nullptr;
}

DetachedSpawnCheck::Finding
DetachedSpawnCheck::findStartLoss(const CallExpr *Call, ASTContext &Ctx) {
  Finding Found;
  switch (startKindOf(Call)) {
  case StartKind::ReturnsHandle:
    if (isDiscarded(Call, Ctx)) {
      Found.How = Loss::DroppedHandle;
      // folly starts the task it is called on; concurrencpp's executor
      // runs the callable it is given.
      const Expr *Object = objectOf(Call);
      Found.Work =
          Object && Tasks.isTaskType(Object->getType())
              ? Object
              : workArgumentOf(Call, SpawnKind::DetachedFunction, Tasks);
    }
    break;
  case StartKind::TakesOutcomeCallback:
    Found.IgnoredOutcome = ignoredOutcomeParameter(Call->getArg(0));
    if (Found.IgnoredOutcome) {
      Found.How = Loss::IgnoringCallback;
      Found.Work = objectOf(Call);
    }
    break;
  case StartKind::FireAndForget:
    Found.How = Loss::FireAndForget;
    Found.Work = Call;
    break;
  case StartKind::NotAStart:
    break;
  }
  return Found;
}

DetachedSpawnCheck::Finding
DetachedSpawnCheck::findContinuationLoss(const CallExpr *Call, const Expr *Task,
                                         ASTContext &Ctx) {
  Finding Found;
  // In a coroutine the continuation's task could be awaited:
  // async-unawaited-task reports it there.
  if (isDiscarded(Call, Ctx) && !continuationHandlesErrors(Call) &&
      !isCoroutine(contextOf(Call, Ctx).Function)) {
    Found.How = Loss::DroppedContinuation;
    Found.Work = Task;
  }
  return Found;
}

DetachedSpawnCheck::Finding DetachedSpawnCheck::findLoss(const CallExpr *Call,
                                                         ASTContext &Ctx) {
  if (const Expr *Task = continuedTaskOf(Call, Tasks))
    return findContinuationLoss(Call, Task, Ctx);
  switch (Spawns.kindOf(Call)) {
  case SpawnKind::TokenSpawn:
    return findTokenSpawnLoss(Call, Ctx);
  case SpawnKind::DetachedFunction: {
    Finding Found;
    Found.How = Loss::DetachedFunction;
    Found.Work = workArgumentOf(Call, SpawnKind::DetachedFunction, Tasks);
    return Found;
  }
  case SpawnKind::NotASpawn:
    break;
  }
  return findStartLoss(Call, Ctx);
}

void DetachedSpawnCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
  if (Call->isTypeDependent() || Call->containsErrors())
    return;
  Finding Found = findLoss(Call, *Result.Context);
  if (Found.How == Loss::None)
    return;
  // A library's forwarding overload passes on the token its caller chose:
  // the report belongs where the token is written.
  if (Found.How == Loss::DetachedToken &&
      forwardsTemplateArgument(completionTokenOf(Call)))
    return;
  SpawnedWork Work = spawnedWorkOf(Found.Work, Tasks);
  if (Work.Nothrow)
    return; // An exception would end the program, not vanish.
  const Stmt *Escape = nullptr;
  if (Work.Body) {
    // A `detached` token binds no cancellation slot: nobody can cancel it.
    Escape = firstEscapingThrowOf(Work.Body,
                                  /*CanBeCancelled=*/Found.How !=
                                      Loss::DetachedToken);
    if (!Escape)
      return; // Nothing can escape: nothing is lost.
  } else if (!AssumeUnknownCoroutinesThrow) {
    return;
  }
  report(Call, Found, Work, Escape, *Result.SourceManager);
}

static SourceLocation locationOf(const CallExpr *Call) {
  // `task.scheduleOn(ex).start()` is best pointed at by its last call.
  return isa<CXXMemberCallExpr>(Call) ? Call->getExprLoc() : beginLocOf(Call);
}

static std::string tokenNameOf(const Expr *Token) {
  const CXXRecordDecl *RD =
      Token->getType().getNonReferenceType()->getAsCXXRecordDecl();
  llvm::StringRef Name = RD ? RD->getName() : "detached";
  Name.consume_back("_t");
  return ("'" + Name + "'").str();
}

void DetachedSpawnCheck::report(const CallExpr *Call, const Finding &Found,
                                const SpawnedWork &Work, const Stmt *Escape,
                                const SourceManager &SM) {
  SourceLocation Loc = locationOf(Call);
  if (!isFirstReport(Loc, SM))
    return;
  std::string Callee = describeCallee(Call);
  switch (Found.How) {
  case Loss::DetachedToken:
    diag(Loc, "%0 with %1 silently drops any exception escaping %2; pass a "
              "completion handler that handles the 'std::exception_ptr', or "
              "catch inside the coroutine")
        << Callee << tokenNameOf(completionTokenOf(Call)) << Work.Name;
    break;
  case Loss::IgnoringHandler:
    diag(Loc, "completion handler of %0 ignores its 'std::exception_ptr', so "
              "any exception escaping %1 is silently dropped; check or "
              "rethrow it")
        << Callee << Work.Name;
    break;
  case Loss::DroppedFuture:
    diag(Loc, "future returned by %0 is discarded, so any exception escaping "
              "%1 is silently dropped; keep the future and call 'get()', or "
              "await the work with 'use_awaitable'")
        << Callee << Work.Name;
    break;
  case Loss::DetachedFunction:
    diag(Loc, "%0 drops any exception escaping %1; catch inside it, or spawn "
              "it joinably and await the result")
        << Callee << Work.Name;
    break;
  case Loss::DroppedHandle:
    diag(Loc, "result of %0 is discarded, so any exception escaping %1 is "
              "silently dropped; keep it and await it or call 'get()'")
        << Callee << Work.Name;
    break;
  case Loss::IgnoringCallback:
    diag(Loc, "callback of %0 ignores the outcome it receives, so any "
              "exception escaping %1 is silently dropped; check the 'Try' "
              "for an error")
        << Callee << Work.Name;
    break;
  case Loss::FireAndForget:
    diag(Loc, "%0 returns 'concurrencpp::null_result', so any exception "
              "escaping it is silently dropped; catch inside it, or return "
              "'concurrencpp::result' and await it")
        << Work.Name;
    break;
  case Loss::DroppedContinuation:
    diag(Loc, "task returned by %0 is discarded, so any exception escaping "
              "%1 or its continuation is silently dropped; pass an error "
              "callback as well, or await the task from a coroutine")
        << Callee << Work.Name;
    break;
  case Loss::None:
    return;
  }
  if (const ParmVarDecl *Outcome = Found.IgnoredOutcome)
    diag(Outcome->getIdentifier() ? Outcome->getLocation()
                                  : Outcome->getBeginLoc(),
         "the outcome arrives here and is never examined", DiagnosticIDs::Note);
  if (Escape)
    diag(Escape->getBeginLoc(), "an exception can escape %0 here",
         DiagnosticIDs::Note)
        << Work.Name;
}

} // namespace clang::tidy::async
