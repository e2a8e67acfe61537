//===--- Expressions.h - expressions as the programmer wrote them ---------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXPRESSIONS_H
#define ASYNC_TIDY_ANALYSIS_EXPRESSIONS_H

#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// \p E without what the compiler wrapped around it: implicit conversions,
/// temporaries, cleanups, parentheses, and the functional cast around a
/// one-argument construction (`co_error(e)`).
const Expr *asWritten(const Expr *E);

} // namespace clang::tidy::async

#endif
