#include "checks/UncheckedFanOutCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "analysis/DiscardedValues.h"
#include "analysis/ExceptionEscape.h"
#include "analysis/KnownNames.h"
#include "analysis/OutcomeUses.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

UncheckedFanOutCheck::UncheckedFanOutCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), TaskOptions(Options),
      FanOutFunctions(Options, "FanOutFunctions",
                      known::OutcomeFanOutFunctions),
      Tasks(TaskOptions), FanOut(FanOutFunctions) {}

void UncheckedFanOutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TaskOptions.store(Options, Opts);
  FanOutFunctions.store(Options, Opts);
}

void UncheckedFanOutCheck::startTranslationUnit() {
  Tasks.clear();
  FanOut.clear();
}

/// True when none of the fanned-out tasks can fail, so no outcome holds an
/// error to check: each task argument is a call of a coroutine from whose
/// body no exception can escape (a helper that catches everything and keeps
/// the exception for later), decided as async-detached-spawn decides it.
bool UncheckedFanOutCheck::noTaskCanFail(const CallExpr *FanOutCall) {
  bool AnyTask = false;
  for (const Expr *Argument : FanOutCall->arguments()) {
    if (!Tasks.isTaskType(Argument->getType()))
      continue;
    const CallExpr *Made = callMakingTask(Argument);
    const FunctionDecl *Body = Made ? spawnedWorkOf(Made, Tasks).Body : nullptr;
    if (!isCoroutine(Body) || firstEscapingThrowOf(Body))
      return false;
    AnyTask = true;
  }
  return AnyTask;
}

namespace {
AST_MATCHER_P(CoawaitExpr, awaitsFanOut, NamedDeclSet *, FanOut) {
  return !Node.isImplicit() && fanOutCallOf(Node.getOperand(), *FanOut);
}
} // namespace

void UncheckedFanOutCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(
      coawaitExpr(unless(isExpansionInSystemHeader()), awaitsFanOut(&FanOut))
          .bind("await"),
      this);
}

void UncheckedFanOutCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *Await = Result.Nodes.getNodeAs<CoawaitExpr>("await");
  ASTContext &Ctx = *Result.Context;
  const CallExpr *Call = fanOutCallOf(Await->getOperand(), FanOut);
  if (noTaskCanFail(Call))
    return;
  const FunctionDecl *Callee = Call->getDirectCallee();
  std::string Remedy = fanOutRemedyOf(Callee);

  if (howValueIsUsed(Await, Ctx).Use == ValueUse::Discarded) {
    if (isFirstReport(beginLocOf(Call), Ctx.getSourceManager()))
      diag(beginLocOf(Call),
           "result of %0 is discarded: failures of the fanned-out tasks are "
           "silently dropped; %1")
          << Callee->getDeclName() << Remedy;
    return;
  }
  const VarDecl *Results = variableInitialisedBy(Await, Ctx);
  if (!Results || outcomesAreInspected(Results, Ctx))
    return;
  if (!isFirstReport(Results->getLocation(), Ctx.getSourceManager()))
    return;
  if (isa<DecompositionDecl>(Results))
    diag(Results->getLocation(),
         "no result of %0 bound here is ever checked: failures of the "
         "fanned-out tasks are silently dropped; %1")
        << Callee->getDeclName() << Remedy;
  else
    diag(Results->getLocation(),
         "no result of %0 in %1 is ever checked: failures of the fanned-out "
         "tasks are silently dropped; %2")
        << Callee->getDeclName() << Results << Remedy;
}

} // namespace clang::tidy::async
