//===--- Lifetimes.h - does the referent outlive the task? ----------------===//
//
// A coroutine keeps its reference, pointer and view parameters as they are:
// whether that is safe depends on what the argument refers to (a temporary,
// a local of the caller, something static) and on when the task finishes
// (within the full-expression, or later).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LIFETIMES_H
#define ASYNC_TIDY_ANALYSIS_LIFETIMES_H

#include "analysis/NameLists.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::async {

/// A parameter type through which a coroutine frame keeps the caller's
/// object rather than a copy: a reference, a pointer, or a listed view.
bool isBorrowingType(QualType T, NamedDeclSet &ViewTypes);

/// True when the task \p E makes is finished before its full-expression
/// ends: it is (part of) the operand of a `co_await` or of a blocking wait
/// (`sync_wait`, `blockingWait`, `syncAwait`, `QCoro::waitFor`), or of the
/// object of a `get()` or `wait()` on a task or a waitable handle
/// (`f(x).get()`, `co_withExecutor(ex, f(x)).start().get()`).
bool isAwaitedInFullExpression(const Expr *E, ASTContext &Ctx,
                               TaskTypeClassifier &Tasks);

/// True when \p S waits for what the variable \p Var stands for: `co_await
/// var`, `var.wait()`, `var.get()` on a task or a handle, `sync_wait(var)`.
/// A spawner that waits for the latch its tasks count down, or for the
/// handle its spawn returned, waits for the tasks.
bool waitsOn(const Stmt *S, const VarDecl *Var, TaskTypeClassifier &Tasks);

/// Where the task \p Task makes goes when its full-expression ends, past
/// the calls that only pass it on (`.via(ex)`, `co_withExecutor(ex, t)`,
/// `when_all(t, u)`, a spawn that only packages it).
enum class TaskFate {
  /// Used up within the full-expression, or handed to a function that does
  /// not say what it does with it.
  Consumed,
  /// Kept in a variable, a container or by an assignment.
  Stored,
  /// Returned from the function.
  Returned,
  /// Handed to a spawn or a start that runs it on.
  Spawned,
};
struct TaskDestination {
  TaskFate Fate = TaskFate::Consumed;
  /// The local variable it initialises, when Stored there.
  const VarDecl *Var = nullptr;
  /// The spawn or start, when Spawned.
  const CallExpr *Spawn = nullptr;
};
TaskDestination destinationOf(const Expr *Task, ASTContext &Ctx,
                              TaskTypeClassifier &Tasks, NamedDeclSet &Spawns);

/// True when \p Coroutine starts eagerly and is done with the values that
/// \p IsUse picks out (a reference parameter, the captures of its lambda)
/// before its first suspension: every use comes before it (or in the
/// awaited operand), none in a loop that suspends or in a nested lambda,
/// none binds a reference, pointer or view to the value, and none hands it
/// to a coroutine that keeps it longer. Until then the caller's objects are
/// all alive.
bool usesEndBeforeFirstSuspension(const FunctionDecl *Coroutine,
                                  llvm::function_ref<bool(const Expr *)> IsUse,
                                  TaskTypeClassifier &Tasks,
                                  NamedDeclSet &ViewTypes,
                                  const SourceManager &SM);

enum class ReferentKind {
  Unknown,
  /// A temporary destroyed at the end of the full-expression.
  Temporary,
  /// A local variable or a by-value parameter of the enclosing function.
  Local,
  /// A string literal or a variable with static or thread storage.
  Static,
};

struct Referent {
  ReferentKind Kind = ReferentKind::Unknown;
  const VarDecl *Var = nullptr;
};

/// What an argument for a borrowing parameter refers to, looking through
/// the conversions that make a view or a pointer from an owner
/// (`std::string` to `std::string_view`, `v.data()`, `&x`). A variable that
/// is itself a reference, pointer or view refers to something else: unknown.
Referent referentOf(const Expr *Argument, NamedDeclSet &ViewTypes);

} // namespace clang::tidy::async

#endif
