//===--- ExceptionEscape.h - can an exception leave this function? --------===//
//
// A spawned coroutine whose every suspension point and throwing call sits in
// a `try` that catches everything loses nothing when it is detached: no
// exception can reach the spawner's completion handler. This finds the first
// place from which one could leave the body anyway.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXCEPTIONESCAPE_H
#define ASYNC_TIDY_ANALYSIS_EXCEPTIONESCAPE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"

namespace clang::tidy::async {

/// The first statement of \p FD's written body that can throw an exception
/// out of the body: a suspension point, a `throw`, or a call or construction
/// that is not `noexcept`, outside every `try` whose handlers include
/// `catch (...)` or a catch of `std::exception` (by value or reference). In
/// a handler only a `throw` counts: a handler that logs does not rethrow.
/// Nested lambdas are their own functions and are not looked into. Null when
/// nothing can escape.
///
/// Suspension points that never throw: Asio's `this_coro` queries; an
/// operation that resumes with its error as a value (its completion token,
/// written or an `as_default_on` default, is `redirect_error`, `as_tuple` or
/// `as_single`, or what it resumes with is an `error_code` or a tuple that
/// starts with one); Asio's awaitable operators over such operations (`&&`
/// throws what any operand throws, `||` only what every operand throws); an
/// awaiter whose `await_ready`, `await_suspend` and `await_resume` are all
/// `noexcept` (then only the awaited expression itself is looked at).
///
/// Left out because they fail only when memory runs out (as clang's own
/// exception analyses leave out std::bad_alloc): new-expressions; calling a
/// coroutine (it makes the frame; what the body throws goes to its promise);
/// the constructors, assignments and members of `std::basic_string`, the
/// standard containers and smart pointers, except their checked accesses
/// (`at`, `substr`, `compare`, `replace`, `copy`, and `basic_string`'s
/// position-taking `insert`, `erase`, `append`, `assign` and constructor);
/// `std::make_shared`, `std::make_unique`, `std::allocate_shared`,
/// `std::to_string`.
///
/// Left out because they do not throw: `std::chrono` durations, time
/// points and their literals (`100ms`); a function, not virtual, whose
/// visible definition is a single `return` of builtin operators and
/// `noexcept` calls, or calls of one such function (`bool is_ok() const {
/// return type == kind::ok; }`, `explicit operator bool() const { return
/// is_ok(); }`).
///
/// Left out because they do not throw in practice: writing to a
/// `std::basic_ostream` (`std::cerr << ...`: a stream reports failure in its
/// state unless `exceptions()` asked it to throw); an Asio I/O object made
/// from an executor or execution context alone (`steady_timer timer(ex)`);
/// an Asio timer's `expires_after`, `expires_at`, `expires_from_now`,
/// `cancel` and `cancel_one`; a token spawn (`co_spawn`) itself, whose work's
/// failure goes to its completion token.
///
/// When \p CanBeCancelled is false (a spawn with a `detached` token binds no
/// cancellation slot, so nobody can cancel the work), a wait on an Asio
/// timer that is a local of the body and used only through its own members
/// does not throw either: a timer wait fails only when it is cancelled.
const Stmt *firstEscapingThrowOf(const FunctionDecl *FD,
                                 bool CanBeCancelled = true);

} // namespace clang::tidy::async

#endif
