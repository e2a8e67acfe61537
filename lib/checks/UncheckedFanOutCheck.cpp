#include "checks/UncheckedFanOutCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/DiscardedValues.h"
#include "analysis/KnownNames.h"
#include "analysis/OutcomeUses.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

UncheckedFanOutCheck::UncheckedFanOutCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      FanOutFunctions(Options, "FanOutFunctions",
                      known::OutcomeFanOutFunctions),
      FanOut(FanOutFunctions) {}

void UncheckedFanOutCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  FanOutFunctions.store(Options, Opts);
}

void UncheckedFanOutCheck::startTranslationUnit() { FanOut.clear(); }

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
