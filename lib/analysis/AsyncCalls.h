//===--- AsyncCalls.h - spawn and fan-out calls, and what they run --------===//
//
// Where do a spawned task's errors go? The answer depends on the call that
// started it: a spawn with Asio's `detached` token or a fire-and-forget spawn
// function drops them, a fan-out that returns each task's outcome leaves them
// in the result. The function lists, and the questions "is this a spawn?",
// "which coroutine does it run?" and "is this a fan-out?", are answered here
// for every check that needs them.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_ASYNCCALLS_H
#define ASYNC_TIDY_ANALYSIS_ASYNCCALLS_H

#include "analysis/NameLists.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/Expr.h"
#include <string>

namespace clang::tidy::async {

/// Calls that run a task to completion before they return: `sync_wait`,
/// `blockingWait`, `syncAwait`, `QCoro::waitFor`.
bool isBlockingWait(const FunctionDecl *FD);

/// Calls after which the work an executor was given is done: a blocking
/// wait, `run()`, `run_for()`, `run_until()`, `join()`, `wait()`, or a
/// shutdown that drains the executor (libcoro's).
bool waitsForExecutor(const FunctionDecl *FD);

/// Spawns that take the work second and an Asio completion token last:
/// `co_spawn` (Boost.Asio and asio) and `boost::cobalt::spawn`.
bool isTokenSpawnFunction(const FunctionDecl *FD);

/// The completion token of a token spawn: its last argument.
const Expr *completionTokenOf(const CallExpr *Spawn);

/// True when \p Token is Asio's `use_future`: the call returns a
/// `std::future` that holds the work's exception.
bool isUseFutureToken(const Expr *Token);

enum class SpawnKind {
  NotASpawn,
  /// A token spawn (`co_spawn`): what happens to errors is up to the token.
  TokenSpawn,
  /// A listed fire-and-forget spawn function: errors are dropped.
  DetachedFunction,
};

/// Recognises spawn calls from the `DetachedSpawnFunctions` and
/// `DetachedTokens` lists.
class SpawnCallClassifier {
public:
  SpawnCallClassifier(const NameListOption &DetachedSpawnFunctions,
                      const NameListOption &DetachedTokens)
      : DetachedFunctions(DetachedSpawnFunctions), Tokens(DetachedTokens) {}

  SpawnKind kindOf(const CallExpr *Call);
  /// A token whose type is listed in `DetachedTokens`.
  bool isDetachedToken(const Expr *Token);
  /// A spawn after which nobody waits for the work or sees its errors: a
  /// token spawn with a detached token, or a listed spawn function.
  bool isDetachedSpawn(const CallExpr *Call);
  void clear() {
    DetachedFunctions.clear();
    Tokens.clear();
  }

private:
  NamedDeclSet DetachedFunctions;
  NamedDeclSet Tokens;
};

/// The work a spawn runs, as far as the code shows it.
struct SpawnedWork {
  /// The function whose body is the work (a coroutine, or the plain callable
  /// an executor runs), when its definition is in the translation unit.
  const FunctionDecl *Body = nullptr;
  /// How a diagnostic names it: "'echo'", "the lambda", "the spawned task".
  std::string Name = "the spawned task";
  /// A callable whose call operator (or function) is `noexcept`: an
  /// exception ends the program instead of being dropped, whether or not
  /// its body is visible.
  bool Nothrow = false;
};

/// False for a spawn that only packages the work: `co_spawn` with
/// `use_awaitable` or `deferred` returns a lazy awaitable or a deferred
/// operation that runs when it is awaited.
bool startsWorkNow(const CallExpr *Spawn, TaskTypeClassifier &Tasks);

/// The work an argument of a spawn stands for: a call that makes a task (the
/// callee's coroutine; through adapters such as `scheduleOn`/`via`, the task
/// they wrap), or a callable (a lambda, a function, or an object with a
/// call operator taking no arguments) the spawn invokes.
SpawnedWork spawnedWorkOf(const Expr *Work, TaskTypeClassifier &Tasks);

/// Which argument of a spawn call is the work: the second of a token spawn;
/// otherwise the first argument that is a task or a callable, or the object
/// of a member call on a task (`task.start(...)`).
const Expr *workArgumentOf(const CallExpr *Spawn, SpawnKind Kind,
                           TaskTypeClassifier &Tasks);

/// The call that made the task an argument passes: the argument as written,
/// or the initialiser of the local it names or moves
/// (`tasks.push_back(std::move(t))`); null for anything else.
const CallExpr *callMakingTask(const Expr *Argument);

/// The parameter of a callback lambda that receives the outcome (the first
/// one), when the lambda never looks at it; null otherwise, and for
/// callbacks that are not lambdas written in place (nothing to see).
const ParmVarDecl *ignoredOutcomeParameter(const Expr *Callback);

/// The fan-out call behind an awaited expression: the awaited call itself,
/// or the object of the awaited member call (`make_parallel_group(...)`
/// `.async_wait(...)`), when its callee is in \p FanOut.
const CallExpr *fanOutCallOf(const Expr *Awaited, NamedDeclSet &FanOut);

/// The remedy for unchecked results of a fan-out function: its library's
/// variant that throws the first failure, if it has one, or checking each
/// result ("use 'cppcoro::when_all' or check each result").
std::string fanOutRemedyOf(const FunctionDecl *FanOut);

enum class StartKind {
  NotAStart,
  /// Starts the work and returns a handle that holds its exception:
  /// folly's `TaskWithExecutor::start()`, concurrencpp's `submit`.
  ReturnsHandle,
  /// Starts the work and passes its outcome (a `Try`) to a callback: folly's
  /// `start(callback)`, async_simple's `Lazy::start(callback)`.
  TakesOutcomeCallback,
  /// A call of a coroutine whose return type drops the outcome by design
  /// (`concurrencpp::null_result`).
  FireAndForget,
};

/// Library calls that start work eagerly without a spawn function.
StartKind startKindOf(const CallExpr *Call);

/// The task a continuation is attached to by \p Call (`task.then(callback)`,
/// QCoro's `Task::then`), or null when \p Call attaches none. The call
/// returns the continuation's task, which carries the exceptions of both.
const Expr *continuedTaskOf(const CallExpr *Call, TaskTypeClassifier &Tasks);

/// True for a continuation given a callback for the error as well
/// (QCoro's `then(callback, errorCallback)`): the exception is handed over.
bool continuationHandlesErrors(const CallExpr *Continuation);

} // namespace clang::tidy::async

#endif
