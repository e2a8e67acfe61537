//===--- CompletionTokens.h - is this Asio call asynchronous? -------------===//
//
// An Asio operation is asynchronous exactly when it is given a completion
// token: `use_awaitable`, `deferred`, `detached`, an adapter around one
// (`redirect_error(...)`, `as_tuple(...)`, `bind_executor(...)`), or a
// callable completion handler. The same names without one (`read`,
// `connect`, `resolve`) block the calling thread.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_COMPLETIONTOKENS_H
#define ASYNC_TIDY_ANALYSIS_COMPLETIONTOKENS_H

#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// True when values of \p T are completion tokens of Boost.Asio, asio or
/// Boost.Cobalt (`use_awaitable_t`, `deferred_t`, `redirect_error_t<...>`,
/// `executor_binder<...>`, ...).
bool isCompletionTokenType(QualType T);

/// True when \p Arg is a completion token or a completion handler: a
/// callable whose call returns `void` (completion conditions and match
/// conditions, the other callables Asio takes, return a value).
bool isCompletionTokenArgument(const Expr *Arg);

/// The completion token a call is given (its last argument), or null.
const Expr *completionTokenOf(const Expr *Call);

} // namespace clang::tidy::async

#endif
