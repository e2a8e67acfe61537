#include "checks/SwallowedCancellationCheck.h"
#include "analysis/Cancellation.h"
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

/// A `try` statement of the coroutine and the loop it runs in, if any.
struct TryInCoroutine {
  const CXXTryStmt *Try = nullptr;
  const Stmt *Loop = nullptr;
  /// No `switch` between the `try` and the loop: `break` leaves the loop.
  bool BreakLeavesLoop = false;
  /// The statements after it in its block: where a handler that completes
  /// goes next.
  llvm::ArrayRef<const Stmt *> After;
};

/// A `co_await` of the coroutine, the loop it runs in and the variables its
/// result is stored in.
struct AwaitInCoroutine {
  const CoawaitExpr *Await = nullptr;
  const Stmt *Loop = nullptr;
  llvm::SmallVector<const ValueDecl *, 4> Results;
};

/// What one walk over a coroutine's written body finds.
struct CoroutineWalk {
  const FunctionDecl *Function = nullptr;
  const Stmt *Body = nullptr;
  std::vector<TryInCoroutine> Tries;
  std::vector<AwaitInCoroutine> Awaits;
  bool HasValueReturn = false;
};

static bool mentionsAny(const Stmt *S,
                        llvm::ArrayRef<const ValueDecl *> Variables) {
  return findOwnStatement(S, [&](const Stmt *Node) {
    const auto *Ref = dyn_cast<DeclRefExpr>(Node);
    return Ref && llvm::is_contained(Variables, Ref->getDecl());
  });
}

static void collectVariables(const Expr *E,
                             llvm::SmallVectorImpl<const ValueDecl *> &Out) {
  forEachOwnStatement(E, [&](const Stmt *Node) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(Node))
      if (isa<VarDecl, BindingDecl>(Ref->getDecl()))
        Out.push_back(Ref->getDecl());
    return true;
  });
}

/// Code that did not compile: what it would do is anybody's guess.
static bool containsErrors(const Stmt *S) {
  return findOwnStatement(S, [](const Stmt *Node) {
    const auto *E = dyn_cast<Expr>(Node);
    return E && E->containsErrors();
  });
}

namespace {
/// One pass over a coroutine body: its `try` statements, its `co_await`s
/// and the loops around them, without a parent map.
class CoroutineWalker : public OwnStatementsVisitor<CoroutineWalker> {
  using Base = OwnStatementsVisitor<CoroutineWalker>;

public:
  explicit CoroutineWalker(CoroutineWalk &Walk) : Walk(Walk) {}

  void run() {
    walk(Walk.Body);
    for (AwaitInCoroutine &Await : Walk.Awaits)
      if (auto It = BoundResults.find(Await.Await); It != BoundResults.end())
        Await.Results = It->second;
  }

  bool TraverseForStmt(ForStmt *S) {
    return inside(S, [&] { return Base::TraverseForStmt(S); });
  }
  bool TraverseWhileStmt(WhileStmt *S) {
    return inside(S, [&] { return Base::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return inside(S, [&] { return Base::TraverseDoStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return inside(S, [&] { return Base::TraverseCXXForRangeStmt(S); });
  }
  bool TraverseSwitchStmt(SwitchStmt *S) {
    return inside(S, [&] { return Base::TraverseSwitchStmt(S); });
  }

  bool VisitCompoundStmt(CompoundStmt *Block) {
    llvm::ArrayRef<const Stmt *> Children(Block->body_begin(),
                                          Block->body_end());
    for (size_t I = 0; I != Children.size(); ++I)
      if (isa<CXXTryStmt>(Children[I]))
        Followers[Children[I]] = Children.drop_front(I + 1);
    return true;
  }
  bool VisitCXXTryStmt(CXXTryStmt *Try) {
    TryInCoroutine Found;
    Found.Try = Try;
    Found.After = Followers.lookup(Try);
    Found.Loop = innermostLoop();
    Found.BreakLeavesLoop =
        !Breakables.empty() && Breakables.back() == Found.Loop;
    Walk.Tries.push_back(Found);
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (!Await->isImplicit())
      Walk.Awaits.push_back({Await, innermostLoop(), {}});
    return true;
  }
  bool VisitCoreturnStmt(CoreturnStmt *Return) {
    const Expr *Value = Return->getOperand();
    Walk.HasValueReturn |=
        Value && (Value->isTypeDependent() || !Value->getType()->isVoidType());
    return true;
  }
  bool VisitVarDecl(VarDecl *Var) {
    const auto *Await = awaitIn(Var->getInit());
    if (!Await)
      return true;
    auto &Results = BoundResults[Await];
    if (const auto *Decomposition = dyn_cast<DecompositionDecl>(Var))
      for (const BindingDecl *Binding : Decomposition->bindings())
        Results.push_back(Binding);
    Results.push_back(Var);
    return true;
  }
  bool VisitExpr(Expr *E) {
    if (std::optional<Assignment> Assign = assignmentOf(E))
      if (const auto *Await = awaitIn(Assign->Value))
        collectVariables(Assign->Target, BoundResults[Await]);
    return true;
  }

private:
  template <typename Fn> bool inside(const Stmt *S, Fn Traverse) {
    Breakables.push_back(S);
    bool Continue = Traverse();
    Breakables.pop_back();
    return Continue;
  }
  const Stmt *innermostLoop() const {
    for (const Stmt *S : llvm::reverse(Breakables))
      if (!isa<SwitchStmt>(S))
        return S;
    return nullptr;
  }
  static const CoawaitExpr *awaitIn(const Expr *E) {
    return E ? dyn_cast<CoawaitExpr>(asWritten(E)) : nullptr;
  }

  CoroutineWalk &Walk;
  llvm::SmallVector<const Stmt *, 8> Breakables;
  llvm::DenseMap<const Stmt *, llvm::ArrayRef<const Stmt *>> Followers;
  llvm::DenseMap<const CoawaitExpr *, llvm::SmallVector<const ValueDecl *, 4>>
      BoundResults;
};
} // namespace

static CoroutineWalk walkCoroutine(const FunctionDecl *FD) {
  CoroutineWalk Walk;
  Walk.Function = FD;
  Walk.Body = userBodyOf(FD);
  CoroutineWalker(Walk).run();
  return Walk;
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
  CoroutineWalk Walk = walkCoroutine(FD);
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

bool SwallowedCancellationCheck::handlesCancellation(
    const CXXCatchStmt *Handler, const TryInCoroutine &Try,
    const CoroutineWalk &Walk, ASTContext &Ctx) {
  if (findCancellationTest(Handler->getHandlerBlock()))
    return true;
  // `while (!token.is_cancellation_requested())`: the loop stops by itself.
  if (Try.Loop && findCancellationTest(Try.Loop, Try.Try))
    return true;
  return dispatchesCancellation(Handler, Ctx) ||
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

static bool endsWithException(const Exits &Out) {
  return !Out.completesWithoutException();
}

/// The variables declared before \p Handler that it assigns: flags such as
/// `Failed = true;` that the code after the `try` acts on.
static llvm::SmallVector<const ValueDecl *, 4>
variablesSetIn(const CXXCatchStmt *Handler, const SourceManager &SM) {
  llvm::SmallVector<const ValueDecl *, 4> Targets;
  forEachOwnStatement(Handler->getHandlerBlock(), [&](const Stmt *S) {
    if (std::optional<Assignment> Assign = assignmentOf(S))
      collectVariables(Assign->Target, Targets);
    else if (const auto *Step = dyn_cast<UnaryOperator>(S))
      if (Step->isIncrementDecrementOp())
        collectVariables(Step->getSubExpr(), Targets);
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
       "error, so %1 never stops when cancelled; test the error for "
       "'operation_aborted' and stop")
      << describeCallee(Operation->Call) << nameOf(Walk.Function);
  diag(Await.Loop->getBeginLoc(), "the loop that goes round again",
       DiagnosticIDs::Note);
}

} // namespace clang::tidy::async
