#include "checks/UnawaitedTaskCheck.h"
#include "analysis/AsyncCalls.h"
#include "analysis/CodeContext.h"
#include "analysis/Coroutines.h"
#include "analysis/DiscardedValues.h"
#include "analysis/ExceptionEscape.h"
#include "analysis/KnownNames.h"
#include "analysis/Lifetimes.h"
#include "analysis/Matchers.h"
#include "compat/Compat.h"
#include "clang/AST/Attr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

UnawaitedTaskCheck::UnawaitedTaskCheck(StringRef Name,
                                       ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), TaskOptions(Options),
      AllowExplicitDiscard(Options.get("AllowExplicitDiscard", true)),
      Classifier(TaskOptions) {}

void UnawaitedTaskCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  TaskOptions.store(Options, Opts);
  Options.store(Opts, "AllowExplicitDiscard", AllowExplicitDiscard);
}

void UnawaitedTaskCheck::startTranslationUnit() { Classifier.clear(); }

void UnawaitedTaskCheck::registerMatchers(MatchFinder *Finder) {
  // The system-header test first: it rejects most calls of a TU for the price
  // of a cached file lookup, before any type is classified.
  Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader()),
                              matchers::isTaskPRValue(&Classifier))
                         .bind("call"),
                     this);
  Finder->addMatcher(varDecl(hasLocalStorage(), unless(parmVarDecl()),
                             unless(isExpansionInSystemHeader()),
                             matchers::hasTaskType(&Classifier),
                             hasInitializer(ignoringImplicit(callExpr())))
                         .bind("var"),
                     this);
}

void UnawaitedTaskCheck::check(const MatchFinder::MatchResult &Result) {
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    checkDiscardedCall(Call, *Result.Context);
  else if (const auto *Var = Result.Nodes.getNodeAs<VarDecl>("var"))
    checkUnusedVariable(Var, *Result.SourceManager);
}

static const char *consequenceOf(const TaskTypeInfo &Task) {
  if (Task.IsDeferredOperation)
    return "the operation will not run";
  switch (Task.StartMode) {
  case Start::Lazy:
    return "the coroutine will not run";
  case Start::Eager:
    return "it runs detached and its result and exceptions are lost";
  case Start::Unknown:
    break;
  }
  return "it may never run, and its result and exceptions are lost";
}

static const char *kindOf(const TaskTypeInfo &Task) {
  return Task.IsDeferredOperation ? "deferred operation" : "task";
}

bool UnawaitedTaskCheck::reportsExplicitDiscard(
    const TaskTypeInfo &Task) const {
  // A lazy task discarded on purpose still never runs; an eager one ran.
  return !AllowExplicitDiscard || Task.StartMode == Start::Lazy;
}

bool UnawaitedTaskCheck::canInsertCoAwait(const Expr *Written,
                                          const TaskTypeInfo &Task,
                                          const StatementContext &Where) {
  if (!isCoroutine(Where.Function) || Where.Handler ||
      isInTemplateInstantiation(Where.Function))
    return false;
  if (Written->getBeginLoc().isMacroID() || Written->getEndLoc().isMacroID())
    return false;
  QualType CoroutineReturn = Where.Function->getReturnType();
  if (!Classifier.isAsyncCoroutineType(CoroutineReturn))
    return false;
  const CXXRecordDecl *Returned = recordOf(CoroutineReturn);
  const CXXRecordDecl *Promise = Returned ? promiseTypeOf(Returned) : nullptr;
  if (!Promise)
    return false;
  if (!hasAwaitTransform(Promise))
    return isAwaitable(Task.Record);
  // The promise filters what it awaits; trust only its own library's tasks.
  llvm::StringRef Library = topLevelNamespaceOf(Returned);
  return !Library.empty() && Library == topLevelNamespaceOf(Task.Record);
}

/// `co_await` binds tighter than binary operators: an operator call needs
/// parentheses around it.
static bool needsParentheses(const Expr *Written) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Written->IgnoreImplicit());
  return Op && Op->getOperator() != OO_Call &&
         Op->getOperator() != OO_Subscript && Op->getOperator() != OO_Arrow;
}

/// `task.then(callback)` from plain code: a detached continuation, which
/// async-detached-spawn reports.
bool UnawaitedTaskCheck::isDetachedContinuation(const CallExpr *Call,
                                                ASTContext &Ctx) {
  return continuedTaskOf(Call, Classifier) &&
         !isCoroutine(contextOf(Call, Ctx).Function);
}

/// An eager coroutine with no result from whose body no exception can
/// escape (it catches everything and keeps the exception for its caller)
/// loses nothing when nobody awaits it.
bool UnawaitedTaskCheck::losesNothing(const CallExpr *Call,
                                      const TaskTypeInfo &Task) {
  if (Task.StartMode != Start::Eager || !Task.Record)
    return false;
  const CXXRecordDecl *Promise = promiseTypeOf(Task.Record);
  // This coroutine's own start decides: concurrencpp's result is eager
  // unless its first parameter asks for an executor.
  const FunctionDecl *Coroutine = coroutineDefinitionOf(calleeOf(Call));
  return Promise && !promiseReturnsValue(Promise) && startsEagerly(Coroutine) &&
         !firstEscapingThrowOf(Coroutine);
}

void UnawaitedTaskCheck::checkDiscardedCall(const CallExpr *Call,
                                            ASTContext &Ctx) {
  DiscardedValue Discard = howValueIsUsed(Call, Ctx);
  if (Discard.Use == ValueUse::Used)
    return;
  TaskTypeInfo Task = Classifier.classify(Call->getType());
  if (Discard.Use == ValueUse::ExplicitlyDiscarded &&
      !reportsExplicitDiscard(Task))
    return;
  if (isDetachedContinuation(Call, Ctx) || losesNothing(Call, Task))
    return;
  if (!isFirstReport(beginLocOf(Call), Ctx.getSourceManager()))
    return;

  StatementContext Where = contextOf(Call, Ctx);
  bool Fixable =
      !Discard.Indirect && canInsertCoAwait(Discard.Outermost, Task, Where);
  {
    auto Diag = diag(beginLocOf(Call), "%0 returned by %1 is never awaited; %2")
                << kindOf(Task) << describeCallee(Call) << consequenceOf(Task)
                << Call->getSourceRange();
    if (Fixable) {
      const Expr *Written = Discard.Outermost;
      if (needsParentheses(Written)) {
        Diag << FixItHint::CreateInsertion(Written->getBeginLoc(), "co_await (")
             << FixItHint::CreateInsertion(
                    Lexer::getLocForEndOfToken(Written->getEndLoc(), 0,
                                               Ctx.getSourceManager(),
                                               Ctx.getLangOpts()),
                    ")");
      } else {
        Diag << FixItHint::CreateInsertion(Written->getBeginLoc(), "co_await ");
      }
    }
  }
  if (Fixable)
    return;
  if (Where.Handler && isCoroutine(Where.Function))
    diag(beginLocOf(Call),
         "'co_await' is not allowed in a 'catch' handler; keep the %0 and "
         "await it after the handler",
         DiagnosticIDs::Note)
        << kindOf(Task);
  else if (!isCoroutine(Where.Function))
    diag(beginLocOf(Call),
         Task.IsDeferredOperation
             ? "'co_await' it from a coroutine, or invoke it with a "
               "completion token to start it"
             : "'co_await' it from a coroutine, or hand it to 'sync_wait' or "
               "'co_spawn' to run it",
         DiagnosticIDs::Note);
}

void UnawaitedTaskCheck::checkUnusedVariable(const VarDecl *Var,
                                             const SourceManager &SM) {
  if (Var->isReferenced())
    return;
  TaskTypeInfo Task = Classifier.classify(Var->getType());
  if (Var->hasAttr<UnusedAttr>() && !reportsExplicitDiscard(Task))
    return;
  if (!isFirstReport(Var->getLocation(), SM))
    return;
  const auto *Init = cast<CallExpr>(Var->getInit()->IgnoreImplicit());
  diag(Var->getLocation(), "%0 %1 returned by %2 is never awaited; %3")
      << kindOf(Task) << Var << describeCallee(Init) << consequenceOf(Task);
}

} // namespace clang::tidy::async
