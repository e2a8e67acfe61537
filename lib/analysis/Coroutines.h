//===--- Coroutines.h - where coroutine bodies are and what is in them ----===//
//
// "Is this function a coroutine?", "which function does this statement run
// in?" and "where does this coroutine suspend?", answered the same way for
// every check. A lambda nested in a coroutine is its own function: its body
// is never "in" the outer coroutine.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_COROUTINES_H
#define ASYNC_TIDY_ANALYSIS_COROUTINES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::async {

/// True when \p FD has a body that is a coroutine body (it contains
/// `co_await`, `co_yield` or `co_return`).
bool isCoroutine(const FunctionDecl *FD);

/// The written body of a coroutine, without the promise set-up and the
/// implicit initial and final suspension; the plain body otherwise.
const Stmt *userBodyOf(const FunctionDecl *FD);

/// Where a statement runs: the innermost function (a lambda's call operator
/// for code in a lambda body) and, if any, the innermost `catch` handler
/// between the statement and that function.
struct StatementContext {
  const FunctionDecl *Function = nullptr;
  const CXXCatchStmt *Handler = nullptr;
};
StatementContext contextOf(const Stmt *S, ASTContext &Ctx);

/// The function whose body is \p Body; null for a statement that is not a
/// function body.
const FunctionDecl *functionOwningBody(const Stmt *Body, ASTContext &Ctx);

/// The suspension points (`co_await`, `co_yield`) written in \p FD's body,
/// not counting nested lambdas or the implicit initial/final suspends.
llvm::SmallVector<const Expr *, 8> suspensionPointsOf(const FunctionDecl *FD);

/// True when \p S contains a written suspension point outside nested lambdas.
bool containsSuspensionPoint(const Stmt *S);

/// The callee of a call-like expression, or null (calls through pointers).
const FunctionDecl *calleeOf(const Expr *Call);

/// How a diagnostic names the callee: "'fetch'", "the lambda", the function
/// object called (a `std::function` named "'handler'"), "this call".
std::string describeCallee(const Expr *Call);

/// The coroutine a call of \p Callee runs and whose frame it creates: the
/// definition (for a template specialisation without one, its pattern's)
/// when that is a coroutine returning its object by value; null for a
/// plain function that makes or forwards a task (`std::move`, a factory),
/// and for a callee whose definition is not in the translation unit.
const FunctionDecl *coroutineDefinitionOf(const FunctionDecl *Callee);

/// True when the coroutine \p Coroutine runs as soon as it is called: its
/// own initial suspension point never suspends (`std::suspend_never`).
/// The coroutine decides, not its type: concurrencpp's `result` starts on
/// an executor when the first parameter asks for one.
bool startsEagerly(const FunctionDecl *Coroutine);

/// The constant a function body returns when it is `{ return <bool>; }`.
std::optional<bool> constantBoolReturnOf(const FunctionDecl *FD);

/// True when a `co_await` cannot suspend: its awaiter's `await_ready()`
/// returns a constant true (`std::suspend_never`, Asio's
/// `co_await this_coro::executor`).
bool neverSuspends(const CoawaitExpr *Await);

} // namespace clang::tidy::async

#endif
