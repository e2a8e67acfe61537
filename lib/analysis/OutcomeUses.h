//===--- OutcomeUses.h - is an awaited outcome ever looked at? ------------===//
//
// A fan-out that returns each task's outcome (a `Try`, a `result`, an
// `exception_ptr`) leaves the errors to its caller. Did the caller bind the
// outcomes to a variable, and does any use of that variable look inside?
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_OUTCOMEUSES_H
#define ASYNC_TIDY_ANALYSIS_OUTCOMEUSES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// The local variable (or structured binding declaration) whose initialiser
/// is \p E, looking through temporaries, copies and moves; null otherwise.
const VarDecl *variableInitialisedBy(const Expr *E, ASTContext &Ctx);

/// True when a type holds errors: `std::exception_ptr`, `std::error_code`,
/// `boost::system::error_code`, or a container or array of them.
bool carriesErrors(QualType T);

/// Whether any use of \p Outcomes can look at an outcome. Counted as
/// inspection: any use of the variable other than `size()`, `empty()` or a
/// cast to void (a member call, `std::get`, a subscript, a loop, passing it
/// on). For structured bindings: a use of a binding that carries errors, or
/// of any binding when none does (Asio's parallel group binds its
/// completion order and values next to its errors).
bool outcomesAreInspected(const VarDecl *Outcomes, ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
