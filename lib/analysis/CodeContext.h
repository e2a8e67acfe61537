//===--- CodeContext.h - questions about where code stands ----------------===//
//
// Before a check reports what a statement does, it must know whether the
// statement runs at all, and whose design it is. Every check asks these the
// same way:
//  - is it in an unevaluated operand, where nothing runs?
//  - was it written by a macro (a test framework's `do { ... } while (false)`
//    and its try/catch are the macro author's design, not the user's)?
//  - is it in a template instantiation, where the generic code only passes
//    on what its caller chose?
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CODECONTEXT_H
#define ASYNC_TIDY_ANALYSIS_CODECONTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace clang::tidy::async {

/// True when \p S is (inside) an operand that is never evaluated:
/// `decltype`, `typeof`, `sizeof`, `alignof`, `noexcept(...)`, `typeid` of a
/// non-polymorphic operand, a requires-expression, a concept check, a
/// `static_assert`. Nothing written there runs.
bool isInUnevaluatedOperand(const Stmt *S, ASTContext &Ctx);

/// True when \p S was written by a macro: its first token comes from a
/// macro's body, not from an argument the user passed to the macro.
bool isWrittenByMacro(const Stmt *S, const SourceManager &SM);

/// True when \p D is (inside) an implicit template instantiation: a rewrite
/// of its source would change every other instantiation too.
bool isInTemplateInstantiation(const Decl *D);

/// True when \p E names (through `std::move`/`std::forward` and implicit
/// conversions) a parameter of a function template instantiation whose type
/// in the template depends on a template parameter: the generic code passes
/// on what its caller chose, as a library forwards the completion token it
/// was given. Whatever is wrong with that value was written by the caller.
bool forwardsTemplateArgument(const Expr *E);

} // namespace clang::tidy::async

#endif
