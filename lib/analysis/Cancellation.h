//===--- Cancellation.h - how code asks "was I cancelled?" ----------------===//
//
// The library idioms that test for cancellation (`operation_aborted`,
// `isCancellationRequested`, `stop_requested`, ...) and Asio's error-code
// completion tokens, with which a cancelled operation returns an error code
// instead of throwing.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CANCELLATION_H
#define ASYNC_TIDY_ANALYSIS_CANCELLATION_H

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::async {

/// The first place in \p S that asks whether the work was cancelled: it
/// names `operation_aborted` or `operation_canceled`, calls
/// `isCancellationRequested`, `is_cancellation_requested`,
/// `throw_if_cancellation_requested`, `stop_requested` or Asio's
/// `cancellation_state::cancelled`, or names folly's `co_safe_point`.
/// Null when there is none. \p Skip, if given, is a part of \p S not
/// looked into.
const Stmt *findCancellationTest(const Stmt *S, const Stmt *Skip = nullptr);

/// The first `co_await` in \p S (outside nested lambdas) that can end in a
/// cancellation exception. Not one that reads the coroutine's context and
/// never suspends (`co_await asio::this_coro::executor`, folly's
/// `co_await co_current_cancellation_token`), nor one whose awaiter's
/// `await_resume()` is `noexcept` (nothing can be thrown where the coroutine
/// resumes), nor an awaiter of a library that has no cancellation exception
/// (libcoro, QCoro). `co_yield` never can: it is resumed or destroyed, never
/// failed. Null when there is none.
const Expr *firstCancellableAwaitIn(const Stmt *S);

/// True when \p Coroutine belongs to a sender/receiver library (libunifex,
/// stdexec, `std::execution::task`): a cancelled sender completes with the
/// stopped ("done") signal, which unwinds the awaiting coroutine without
/// entering any handler, so no `catch` can swallow it.
bool cancelsWithoutException(const FunctionDecl *Coroutine);

/// An awaited Asio operation that reports failure, cancellation included,
/// through an error code instead of an exception.
struct ErrorCodeOperation {
  /// The asynchronous operation (`timer.async_wait(...)`).
  const CallExpr *Call = nullptr;
  /// The variable `redirect_error` writes the error code to, if any.
  const VarDecl *ErrorCode = nullptr;
};

/// The operation \p Await awaits when its completion token (written, or the
/// default of an `as_default_on` object) is `redirect_error`, `as_tuple` or
/// `as_single` of Boost.Asio or standalone asio; empty otherwise.
std::optional<ErrorCodeOperation>
errorCodeOperationOf(const CoawaitExpr *Await);

/// The same for an awaitable expression not (yet) awaited: an operand of
/// the awaitable operators `&&` and `||`.
std::optional<ErrorCodeOperation> errorCodeOperationOf(const Expr *Awaitable);

/// How the library of \p Operation spells its "cancelled" error:
/// `boost::asio::error::operation_aborted` or `asio::error::operation_aborted`.
llvm::StringRef cancelledErrorNameFor(const ErrorCodeOperation &Operation);

} // namespace clang::tidy::async

#endif
