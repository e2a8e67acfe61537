#include "checks/BlockingCallInCoroutineCheck.h"
#include "analysis/CallsInBody.h"
#include "analysis/Coroutines.h"
#include "analysis/Matchers.h"
#include "compat/Compat.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

BlockingCallInCoroutineCheck::BlockingCallInCoroutineCheck(
    StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context),
      BlockingFunctions(Options, "BlockingFunctions",
                        defaultBlockingFunctions()),
      AllowedFunctions(Options, "AllowedFunctions", ""),
      OffloadAwaitables(Options, "OffloadAwaitables", known::OffloadAwaitables),
      ReadinessAwaitables(Options, "ReadinessAwaitables",
                          known::ReadinessAwaitables),
      MaxCallDepth(Options.get("MaxCallDepth", 2U)), TaskOptions(Options),
      Classifier(TaskOptions), Ready(ReadinessAwaitables),
      Blocking(BlockingFunctions, AllowedFunctions, Ready),
      Helpers(Blocking, MaxCallDepth), Offload(OffloadAwaitables) {}

void BlockingCallInCoroutineCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  BlockingFunctions.store(Options, Opts);
  AllowedFunctions.store(Options, Opts);
  Options.store(Opts, "MaxCallDepth", MaxCallDepth);
  OffloadAwaitables.store(Options, Opts);
  ReadinessAwaitables.store(Options, Opts);
  TaskOptions.store(Options, Opts);
}

void BlockingCallInCoroutineCheck::startTranslationUnit() {
  Classifier.clear();
  Blocking.clear();
  Helpers.clear();
  Offload.clear();
  SpawnedOnThreadPool.clear();
}

void BlockingCallInCoroutineCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(matchers::coroutineBodyInUserCode(), this);
  // Seen before the lambdas in their arguments, which are matched above.
  Finder->addMatcher(callExpr(unless(isExpansionInSystemHeader()),
                              callee(functionDecl(matchers::isListedIn(
                                  known::ExecutorSpawnFunctions))))
                         .bind("spawn"),
                     this);
}

void BlockingCallInCoroutineCheck::check(
    const MatchFinder::MatchResult &Result) {
  if (const auto *Spawn = Result.Nodes.getNodeAs<CallExpr>("spawn")) {
    if (const CXXMethodDecl *Lambda = lambdaSpawnedOnThreadPool(Spawn))
      SpawnedOnThreadPool.insert(Lambda);
    return;
  }
  const FunctionDecl *Coroutine = matchers::matchedCoroutine(Result);
  if (!Coroutine)
    return;
  // A synchronous generator runs on its caller's thread, like a loop.
  if (!Classifier.isAsyncCoroutineType(Coroutine->getReturnType()))
    return;
  // A lambda spawned onto a thread pool, and a coroutine that starts on a
  // pool executor it is given, run where blocking is allowed.
  bool RunsOnPool =
      SpawnedOnThreadPool.contains(Coroutine) || startsOnThreadPool(Coroutine);
  ASTContext &Ctx = *Result.Context;
  forEachCallIn(
      userBodyOf(Coroutine),
      [&](const Expr *Call, bool Offloaded) {
        checkCall(Call, Coroutine, RunsOnPool || Offloaded, Ctx);
      },
      [&](const Stmt *S) { return Offload.startsOffload(S); });
}

/// A synchronous wait on asynchronous work stays wrong on a pool thread: a
/// pool thread blocked on work queued to a pool can exhaust it.
static bool blocksEvenOffloaded(const BlockingCall &Blocking) {
  return Blocking.Group == BlockingGroup::SyncWait;
}

void BlockingCallInCoroutineCheck::checkCall(const Expr *Call,
                                             const FunctionDecl *Coroutine,
                                             bool Offloaded, ASTContext &Ctx) {
  if (std::optional<BlockingCall> Direct =
          Blocking.blockingCallOf(Call, Coroutine, Ctx)) {
    if (!Offloaded || blocksEvenOffloaded(*Direct))
      reportDirect(*Direct, Ctx.getSourceManager());
    return;
  }
  if (MaxCallDepth == 0)
    return;
  if (const FunctionDecl *Helper =
          Blocking.helperCalledBy(Call, Ctx.getSourceManager()))
    if (const BlockingChain *Chain = Helpers.chainFrom(Helper, Ctx))
      if (!Offloaded || blocksEvenOffloaded(Chain->Leaf))
        reportThroughHelper(Call, *Chain, Ctx.getSourceManager());
}

static llvm::StringRef remedyFor(BlockingGroup Group) {
  switch (Group) {
  case BlockingGroup::Sleeping:
    return "await a timer instead";
  case BlockingGroup::Waiting:
    return "await an asynchronous primitive or offload to a thread pool";
  case BlockingGroup::SyncWait:
    return "'co_await' the work instead";
  case BlockingGroup::BlockingIO:
    return "use the asynchronous operation or offload to a thread pool";
  case BlockingGroup::Process:
    return "use an asynchronous process API or offload to a thread pool";
  case BlockingGroup::DiscardedAsync:
    return "offload the work to a thread pool instead";
  case BlockingGroup::ConsoleInput:
    return "read the console on a thread of its own or offload to a thread "
           "pool";
  case BlockingGroup::UserListed:
    break;
  }
  return "offload it to a thread pool";
}

/// What goes wrong, beyond the stalled thread.
static llvm::StringRef extraHarmOf(BlockingGroup Group) {
  return Group == BlockingGroup::SyncWait ? " and can deadlock its executor"
                                          : "";
}

static std::string quoted(llvm::StringRef Name) {
  return ("'" + Name + "'").str();
}

static std::string describeFunction(const FunctionDecl *Function) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Function))
    if (Method->getParent()->isLambda())
      return "the lambda";
  return quoted(listedNameOf(Function));
}

/// Where a call is reported: a method call at the method's name, so that
/// `helper().get()` gives two places; anything else where it begins.
static SourceLocation locationOf(const Expr *Call) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    if (Member->getExprLoc().isValid())
      return Member->getExprLoc();
  return beginLocOf(Call);
}

/// The highlighted range starts where the diagnostic points (clangd shows
/// a diagnostic at the start of its range).
static SourceRange rangeOf(const Expr *Call) {
  return {locationOf(Call), Call->getEndLoc()};
}

void BlockingCallInCoroutineCheck::reportDirect(const BlockingCall &Blocking,
                                                const SourceManager &SM) {
  const Expr *Call = Blocking.Call;
  if (!isFirstReport(locationOf(Call), SM))
    return;
  if (Blocking.Group == BlockingGroup::DiscardedAsync) {
    diag(locationOf(Call),
         "discarded future of 'std::async' blocks the thread that runs this "
         "coroutine until the work finishes; %0")
        << remedyFor(Blocking.Group) << rangeOf(Call);
    return;
  }
  if (Blocking.Group == BlockingGroup::ConsoleInput) {
    diag(locationOf(Call),
         "reading %0 blocks the thread that runs this coroutine until input "
         "arrives; %1")
        << quoted(Blocking.Name) << remedyFor(Blocking.Group) << rangeOf(Call);
    return;
  }
  diag(locationOf(Call), "%0 blocks the thread that runs this coroutine%1; %2")
      << quoted(Blocking.Name) << extraHarmOf(Blocking.Group)
      << remedyFor(Blocking.Group) << rangeOf(Call);
}

/// What the end of a chain does: "calls 'usleep'", "reads 'std::cin'".
static std::string describeLeaf(const BlockingCall &Leaf) {
  if (Leaf.Group == BlockingGroup::DiscardedAsync)
    return "calls 'std::async' and drops its future";
  if (Leaf.Group == BlockingGroup::ConsoleInput)
    return "reads " + quoted(Leaf.Name);
  return "calls " + quoted(Leaf.Name);
}

void BlockingCallInCoroutineCheck::reportThroughHelper(
    const Expr *Call, const BlockingChain &Chain, const SourceManager &SM) {
  if (!isFirstReport(locationOf(Call), SM))
    return;
  const BlockingCall &Leaf = Chain.Leaf;
  std::string Through;
  if (Chain.Links.size() > 1)
    Through = " through " + describeFunction(Chain.Links[1].Function);
  diag(locationOf(Call),
       "%0 blocks the thread that runs this coroutine%1: it %2%3; %4")
      << describeFunction(Chain.Links.front().Function)
      << extraHarmOf(Leaf.Group) << describeLeaf(Leaf) << Through
      << remedyFor(Leaf.Group) << rangeOf(Call);
  for (size_t I = 0; I + 1 < Chain.Links.size(); ++I)
    diag(locationOf(Chain.Links[I].Call), "%0 calls %1 here",
         DiagnosticIDs::Note)
        << describeFunction(Chain.Links[I].Function)
        << describeFunction(Chain.Links[I + 1].Function);
  diag(locationOf(Leaf.Call), "%0 %1 here", DiagnosticIDs::Note)
      << describeFunction(Chain.Links.back().Function) << describeLeaf(Leaf);
}

} // namespace clang::tidy::async
