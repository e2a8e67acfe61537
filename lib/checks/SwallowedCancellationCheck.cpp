#include "checks/SwallowedCancellationCheck.h"
#include "analysis/Cancellation.h"
#include "analysis/CodeContext.h"
#include "analysis/CoroutineWalk.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/Loops.h"
#include "analysis/Matchers.h"
#include "analysis/OwnStatements.h"
#include "analysis/TaskTypes.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

static bool mentionsAny(const Stmt *S,
                        llvm::ArrayRef<const ValueDecl *> Variables) {
  return findOwnStatement(S, [&](const Stmt *Node) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Node);
    return Ref && llvm::is_contained(Variables, Ref->getDecl());
  });
}

/// Code that did not compile: what it would do is anybody's guess.
static bool containsErrors(const Stmt *S) {
  return findOwnStatement(S, [](const Stmt *Node) {
    const auto *E = dyn_cast<Expr>(Node);
    return E && E->containsErrors();
  });
}

/// The coroutine hands a value to its awaiter: its promise has
/// `return_value`, or, while the promise is still dependent, it `co_return`s
/// a value somewhere.
static bool returnsValue(const CoroutineWalk &Walk) {
  const auto *Body = cast<CoroutineBodyStmt>(Walk.Function->getBody());
  const VarDecl *Promise = Body->getPromiseDecl();
  if (Promise && !Promise->getType()->isDependentType())
    if (const CXXRecordDecl *RD = recordOf(Promise->getType()))
      return promiseReturnsValue(RD);
  return Walk.HasValueReturn;
}

static std::string nameOf(const FunctionDecl *FD) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD))
    if (Method->getParent()->isLambda())
      return "the lambda";
  return "'" + FD->getNameAsString() + "'";
}

SwallowedCancellationCheck::SwallowedCancellationCheck(
    StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      CancellationExceptions(Options, "CancellationExceptions",
                             known::CancellationExceptions),
      RethrowFunctions(Options, "RethrowFunctions", known::RethrowFunctions),
      StrictMode(Options.get("StrictMode", false)),
      Cancellations(CancellationExceptions), Rethrowers(RethrowFunctions) {}

void SwallowedCancellationCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  CancellationExceptions.store(Options, Opts);
  RethrowFunctions.store(Options, Opts);
  Options.store(Opts, "StrictMode", StrictMode);
}

void SwallowedCancellationCheck::startTranslationUnit() {
  Cancellations.clear();
  Rethrowers.clear();
}

void SwallowedCancellationCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(matchers::coroutineBodyInUserCode(), this);
}

void SwallowedCancellationCheck::check(const MatchFinder::MatchResult &Result) {
  const FunctionDecl *FD = matchers::matchedCoroutine(Result);
  if (!FD)
    return;
  CoroutineWalk Walk = walkCoroutine(FD, *Result.Context);
  if (!cancelsWithoutException(FD))
    for (const TryInCoroutine &Try : Walk.Tries)
      checkHandlers(Try, Walk, *Result.Context);
  for (const AwaitInCoroutine &Await : Walk.Awaits)
    checkErrorCodeLoop(Await, Walk, *Result.Context);
}

bool SwallowedCancellationCheck::isRethrowCall(const Expr *Call) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call))
    return Rethrowers.contains(Construct->getConstructor()->getParent());
  return Rethrowers.contains(calleeOf(Call));
}

Exits SwallowedCancellationCheck::exitsOf(const Stmt *S, ASTContext &Ctx) {
  return controlExits(Ctx).exitsOf(S);
}

std::optional<const CXXRecordDecl *>
SwallowedCancellationCheck::cancellationCaughtBy(const CXXTryStmt *Try,
                                                 unsigned Index,
                                                 llvm::StringRef Library) {
  llvm::SmallVector<const CXXRecordDecl *, 4> Earlier;
  for (unsigned I = 0; I != Index; ++I) {
    // What an earlier handler for a dependent type takes is known only in
    // the instantiations, which are checked too.
    QualType EarlierType = Try->getHandler(I)->getCaughtType();
    if (!EarlierType.isNull() && EarlierType->isDependentType())
      return std::nullopt;
    const CXXRecordDecl *Class = caughtClassOf(Try->getHandler(I));
    // A handler written for cancellation goes first: the author deals with
    // it there (and is told there if that handler swallows it).
    if (Cancellations.isListedOrDerived(Class))
      return std::nullopt;
    Earlier.push_back(Class);
  }
  const CXXCatchStmt *Handler = Try->getHandler(Index);
  if (!Handler->getExceptionDecl())
    return nullptr;
  llvm::SmallVector<const CXXRecordDecl *, 4> Received =
      Cancellations.receivedBy(caughtClassOf(Handler));
  llvm::erase_if(Received, [&](const CXXRecordDecl *Listed) {
    return llvm::any_of(Earlier, [Listed](const CXXRecordDecl *Class) {
      return handlerReceives(Class, Listed);
    });
  });
  if (Received.empty())
    return std::nullopt;
  // Name the cancellation of the coroutine's own library, if it is one.
  const auto *SameLibrary =
      llvm::find_if(Received, [&](const CXXRecordDecl *C) {
        return topLevelNamespaceOf(C) == Library;
      });
  return SameLibrary != Received.end() ? *SameLibrary : Received.front();
}

bool SwallowedCancellationCheck::dispatchesCancellation(
    const CXXCatchStmt *Handler, ASTContext &Ctx) {
  return findOwnStatement(Handler->getHandlerBlock(), [&](const Stmt *S) {
    const auto *Nested = dyn_cast<CXXTryStmt>(S);
    if (!Nested)
      return false;
    for (unsigned I = 0, E = Nested->getNumHandlers(); I != E; ++I) {
      const CXXCatchStmt *Inner = Nested->getHandler(I);
      if (Cancellations.isListedOrDerived(caughtClassOf(Inner)) &&
          !exitsOf(Inner->getHandlerBlock(), Ctx).completesWithoutException())
        return true;
    }
    return false;
  });
}

/// The variables declared before \p Handler that it stores the caught
/// exception in (`saved = std::current_exception();`).
static llvm::SmallVector<const ValueDecl *, 2>
variablesKeepingException(const CXXCatchStmt *Handler,
                          const SourceManager &SM) {
  auto CarriesException = [Handler](const Expr *Value) {
    return findOwnStatement(Value, [&](const Stmt *S) {
      if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
        return Handler->getExceptionDecl() &&
               Ref->getDecl() == Handler->getExceptionDecl();
      const auto *Call = dyn_cast<CallExpr>(S);
      return Call &&
             isListed(Call->getDirectCallee(), known::ExceptionCaptures);
    });
  };
  llvm::SmallVector<const ValueDecl *, 2> Kept;
  forEachOwnStatement(Handler->getHandlerBlock(), [&](const Stmt *S) {
    std::optional<Assignment> Assign = assignmentOf(S);
    const auto *Ref =
        Assign ? dyn_cast<DeclRefExpr>(asWritten(Assign->Target)) : nullptr;
    if (Ref && isa<VarDecl>(Ref->getDecl()) &&
        SM.isBeforeInTranslationUnit(Ref->getDecl()->getLocation(),
                                     Handler->getBeginLoc()) &&
        CarriesException(Assign->Value))
      Kept.push_back(Ref->getDecl());
    return true;
  });
  return Kept;
}

bool SwallowedCancellationCheck::keepsExceptionForLater(
    const CXXCatchStmt *Handler, const CXXTryStmt *Try,
    const CoroutineWalk &Walk, ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallVector<const ValueDecl *, 2> Kept =
      variablesKeepingException(Handler, SM);
  if (Kept.empty())
    return false;
  return findOwnStatement(Walk.Body, [&](const Stmt *S) {
    const auto *Call = dyn_cast<Expr>(S);
    return Call && isa<CallExpr, CXXConstructExpr>(Call) &&
           SM.isBeforeInTranslationUnit(Try->getEndLoc(),
                                        Call->getBeginLoc()) &&
           isRethrowCall(Call) && mentionsAny(Call, Kept);
  });
}

static bool endsWithException(const Exits &Out) {
  return !Out.completesWithoutException();
}

/// `catch (system_error &E) { if (E.code() != error::eof) throw; ... }`: the
/// handler completes only for the one error it compares the exception with.
/// That error is no cancellation: a handler that names one is taken as
/// testing for it before this is asked.
bool SwallowedCancellationCheck::rethrowsAllButOneError(
    const CXXCatchStmt *Handler, ASTContext &Ctx) {
  const VarDecl *Caught = Handler->getExceptionDecl();
  const auto *Block = dyn_cast<CompoundStmt>(Handler->getHandlerBlock());
  if (!Caught || !Block || Block->body_empty())
    return false;
  const auto *If = dyn_cast<IfStmt>(Block->body_front());
  if (!If || If->getInit() || If->getConditionVariable())
    return false;
  std::optional<Comparison> Compared = comparisonOf(If->getCond());
  const ValueDecl *Exception = Caught;
  if (!Compared || mentionsAny(Compared->LHS, Exception) ==
                       mentionsAny(Compared->RHS, Exception))
    return false;
  // The branch taken for every other error.
  const Stmt *OtherErrors = Compared->Equal ? If->getElse() : If->getThen();
  return OtherErrors && endsWithException(exitsOf(OtherErrors, Ctx));
}

bool SwallowedCancellationCheck::handlesCancellation(
    const CXXCatchStmt *Handler, const TryInCoroutine &Try,
    const CoroutineWalk &Walk, ASTContext &Ctx) {
  if (findCancellationTest(Handler->getHandlerBlock()))
    return true;
  // `while (!token.is_cancellation_requested())`: the loop stops by itself.
  if (Try.Loop && findCancellationTest(Try.Loop, Try.Try))
    return true;
  return rethrowsAllButOneError(Handler, Ctx) ||
         dispatchesCancellation(Handler, Ctx) ||
         keepsExceptionForLater(Handler, Try.Try, Walk, Ctx);
}

/// Some `if` in \p Statements tests one of \p Tested (any `if`, when
/// \p Tested is empty) and has a branch that \p Leaves.
static bool hasConditionalExit(llvm::ArrayRef<const Stmt *> Statements,
                               llvm::ArrayRef<const ValueDecl *> Tested,
                               ControlExits &Control,
                               llvm::function_ref<bool(const Exits &)> Leaves) {
  auto BranchLeaves = [&](const Stmt *Branch) {
    return Branch && Leaves(Control.exitsOf(Branch));
  };
  auto IsExit = [&](const Stmt *S) {
    const auto *If = dyn_cast<IfStmt>(S);
    if (!If)
      return false;
    bool Tests = Tested.empty() || mentionsAny(If->getCond(), Tested) ||
                 (If->getConditionVariableDeclStmt() &&
                  mentionsAny(If->getConditionVariableDeclStmt(), Tested));
    return Tests &&
           (BranchLeaves(If->getThen()) || BranchLeaves(If->getElse()));
  };
  return llvm::any_of(Statements, [&](const Stmt *Statement) {
    return findOwnStatement(Statement, IsExit) != nullptr;
  });
}

static bool leavesTheLoop(const Exits &Out) {
  return !Out.FallsThrough && !Out.Continues;
}

/// The variables declared before \p Handler that it assigns: flags such as
/// `Failed = true;` that the code after the `try` acts on.
static llvm::SmallVector<const ValueDecl *, 4>
variablesSetIn(const CXXCatchStmt *Handler, const SourceManager &SM) {
  llvm::SmallVector<const ValueDecl *, 4> Targets;
  forEachOwnStatement(Handler->getHandlerBlock(), [&](const Stmt *S) {
    if (std::optional<Assignment> Assign = assignmentOf(S))
      collectVariablesIn(Assign->Target, Targets);
    else if (const auto *Step = dyn_cast<UnaryOperator>(S))
      if (Step->isIncrementDecrementOp())
        collectVariablesIn(Step->getSubExpr(), Targets);
    return true;
  });
  llvm::erase_if(Targets, [&](const ValueDecl *Var) {
    return !SM.isBeforeInTranslationUnit(Var->getLocation(),
                                         Handler->getBeginLoc());
  });
  return Targets;
}

ControlExits SwallowedCancellationCheck::controlExits(ASTContext &Ctx) {
  return ControlExits(Ctx,
                      [this](const Expr *Call) { return isRethrowCall(Call); });
}

bool SwallowedCancellationCheck::surfacesAfterTheTry(
    const CXXCatchStmt *Handler, const Exits &Leaves, const TryInCoroutine &Try,
    ASTContext &Ctx) {
  bool OnlyFallsThrough = Leaves.FallsThrough && !Leaves.Breaks &&
                          !Leaves.Continues && !Leaves.ReturnsValue &&
                          !Leaves.ReturnsVoid && !Leaves.Jumps;
  if (!OnlyFallsThrough || Try.After.empty())
    return false;
  ControlExits Control = controlExits(Ctx);
  if (endsWithException(Control.exitsOfSequence(Try.After)))
    return true;
  llvm::SmallVector<const ValueDecl *, 4> Flags =
      variablesSetIn(Handler, Ctx.getSourceManager());
  return !Flags.empty() &&
         hasConditionalExit(Try.After, Flags, Control, endsWithException);
}

bool SwallowedCancellationCheck::goesRoundAgain(const CXXCatchStmt *Handler,
                                                const Exits &Leaves,
                                                const TryInCoroutine &Try,
                                                ASTContext &Ctx) {
  if (!Try.Loop)
    return false;
  if (Leaves.Continues || Leaves.Jumps ||
      (Leaves.Breaks && !Try.BreakLeavesLoop))
    return true;
  if (!Leaves.FallsThrough)
    return false;
  ControlExits Control = controlExits(Ctx);
  Exits Rest = Control.exitsOfSequence(Try.After);
  if (!Rest.FallsThrough && !Rest.Continues && !Rest.Jumps)
    return false;
  llvm::SmallVector<const ValueDecl *, 4> Flags =
      variablesSetIn(Handler, Ctx.getSourceManager());
  return Flags.empty() ||
         !hasConditionalExit(Try.After, Flags, Control, leavesTheLoop);
}

namespace {
enum class Harm { None, RetryLoop, MadeUpValue, CarriesOn };
} // namespace

/// "handler for 'std::exception' swallows cancellation
/// ('folly::OperationCancelled')", naming the cancellation where the handler
/// type alone does not say it.
static std::string describeSwallowing(const CXXCatchStmt *Handler,
                                      const CXXRecordDecl *Cancellation) {
  if (!Cancellation)
    return "catch-all handler swallows cancellation";
  const CXXRecordDecl *Caught = caughtClassOf(Handler);
  std::string Text =
      "handler for '" + listedNameOf(Caught) + "' swallows cancellation";
  if (!declaresSameEntity(Caught, Cancellation))
    Text += " ('" + listedNameOf(Cancellation) + "')";
  return Text;
}

void SwallowedCancellationCheck::checkHandlers(const TryInCoroutine &Try,
                                               const CoroutineWalk &Walk,
                                               ASTContext &Ctx) {
  // A macro's try/catch (a test framework's CHECK) is its author's design.
  if (isWrittenByMacro(Try.Try, Ctx.getSourceManager()))
    return;
  const Expr *Await = firstCancellableAwaitIn(Try.Try->getTryBlock());
  if (!Await || containsErrors(Try.Try))
    return;
  const CXXRecordDecl *Returned = recordOf(Walk.Function->getReturnType());
  llvm::StringRef Library = Returned ? topLevelNamespaceOf(Returned) : "";
  for (unsigned I = 0, E = Try.Try->getNumHandlers(); I != E; ++I) {
    const CXXCatchStmt *Handler = Try.Try->getHandler(I);
    std::optional<const CXXRecordDecl *> Cancellation =
        cancellationCaughtBy(Try.Try, I, Library);
    if (!Cancellation)
      continue;
    Exits Leaves = exitsOf(Handler->getHandlerBlock(), Ctx);
    if (!Leaves.completesWithoutException() ||
        handlesCancellation(Handler, Try, Walk, Ctx) ||
        surfacesAfterTheTry(Handler, Leaves, Try, Ctx))
      continue;
    Harm Done = goesRoundAgain(Handler, Leaves, Try, Ctx) ? Harm::RetryLoop
                : returnsValue(Walk)                      ? Harm::MadeUpValue
                : StrictMode                              ? Harm::CarriesOn
                                                          : Harm::None;
    if (Done == Harm::None ||
        !isFirstReport(Handler->getCatchLoc(), Ctx.getSourceManager()))
      continue;
    std::string Culprit = describeSwallowing(Handler, *Cancellation);
    static const char *const Consequences[] = {
        "", "the loop goes round again, so %1 never stops when cancelled",
        "%1 returns a made-up value to its awaiter",
        "%1 carries on as if it had not been cancelled"};
    diag(Handler->getCatchLoc(), std::string("%0 and ") +
                                     Consequences[static_cast<int>(Done)] +
                                     "; rethrow it or test for cancellation")
        << Culprit << nameOf(Walk.Function);
    diag(Await->getBeginLoc(), "the awaited operation can be cancelled here",
         DiagnosticIDs::Note);
  }
}

void SwallowedCancellationCheck::checkErrorCodeLoop(
    const AwaitInCoroutine &Await, const CoroutineWalk &Walk, ASTContext &Ctx) {
  if (!Await.Loop || !runsUntilLeft(Await.Loop, Ctx))
    return;
  std::optional<ErrorCodeOperation> Operation =
      errorCodeOperationOf(Await.Await);
  if (!Operation || findCancellationTest(Await.Loop))
    return;
  llvm::SmallVector<const ValueDecl *, 4> Results = Await.Results;
  if (Operation->ErrorCode)
    Results.push_back(Operation->ErrorCode);
  ControlExits Control = controlExits(Ctx);
  if (hasConditionalExit(Await.Loop, Results, Control, leavesTheLoop) ||
      !isFirstReport(Await.Await->getBeginLoc(), Ctx.getSourceManager()))
    return;
  diag(Await.Await->getBeginLoc(),
       "loop awaits %0 with an error-code token and goes round again on "
       "error, so %1 never stops when cancelled; test the error for '%2' "
       "and stop")
      << describeCallee(Operation->Call) << nameOf(Walk.Function)
      << cancelledErrorNameFor(*Operation);
  diag(Await.Loop->getBeginLoc(), "the loop that goes round again",
       DiagnosticIDs::Note);
}

} // namespace clang::tidy::async
