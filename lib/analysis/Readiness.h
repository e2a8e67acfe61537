//===--- Readiness.h - does this wait find its value already there? -------===//
//
// A wait blocks only while what it waits for is missing. Two patterns make
// the waits of coroutine code return at once:
//  - a future that is ready where it is read: the value of a `co_await`
//    (and the elements of a `when_all` result; of a `when_any` result, the
//    one at its `index`), a future tested for readiness earlier in the same
//    function (`status()`, `is_ready()`, a timed wait), or a parameter that
//    every caller in the translation unit passes such a future;
//  - a descriptor call on a socket that the code polls for readiness with a
//    readiness awaitable (libcoro's `poll`, Asio's `async_wait`): the socket
//    is non-blocking and the call is the event loop's "try, then await".
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_READINESS_H
#define ASYNC_TIDY_ANALYSIS_READINESS_H

#include "analysis/CallSites.h"
#include "analysis/ListedCallees.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <memory>

namespace clang::tidy::async {

class Readiness {
public:
  explicit Readiness(const NameListOption &ReadinessAwaitables)
      : Awaitables(ReadinessAwaitables) {}

  /// True when \p Call, a call of a blocking function made in \p Within,
  /// returns at once: a future's wait on a ready future or with a zero
  /// timeout, or a descriptor call on a socket polled for readiness.
  bool returnsAtOnce(const Expr *Call, const FunctionDecl *Within,
                     ASTContext &Ctx);

  void clear();

private:
  /// What a future-valued expression holds when it is evaluated.
  enum class State {
    Pending,
    Ready,
    /// The result of awaiting a when_any: only the element at its index is
    /// ready.
    WhenAnyResult,
    /// The elements of a when_any result.
    WhenAnyElements,
  };
  struct Value {
    State S = State::Pending;
    /// For the when_any states, the variable that holds the result.
    const ValueDecl *Holder = nullptr;
  };

  /// What one function does to its variables: which it assigns, and where
  /// it first tests each one for readiness.
  struct FunctionFacts {
    llvm::SmallPtrSet<const ValueDecl *, 8> Assigned;
    llvm::DenseMap<const ValueDecl *, SourceLocation> FirstTest;
    /// The range each range-for loop variable walks.
    llvm::DenseMap<const VarDecl *, const Expr *> RangeOf;
  };

  bool waitsOnReadyFuture(const CXXMemberCallExpr *Wait,
                          const FunctionDecl *Within, ASTContext &Ctx);
  Value valueOf(const Expr *E, unsigned Depth, ASTContext &Ctx);
  Value variableValue(const ValueDecl *Var, unsigned Depth, ASTContext &Ctx);
  Value evaluateVariable(const ValueDecl *Var, unsigned Depth, ASTContext &Ctx);
  Value elementOf(const Value &Sequence, const Expr *Access, ASTContext &Ctx);
  bool isReadyParameter(const ParmVarDecl *Param, unsigned Depth,
                        ASTContext &Ctx);
  const FunctionFacts &factsOf(const FunctionDecl *Function);

  bool usesPolledDescriptor(const CallExpr *Call, const FunctionDecl *Within);
  bool isPolledIn(const ValueDecl *Socket, const Stmt *Body);
  bool isPolledByItsClass(const FieldDecl *Socket);

  ListedCallees Awaitables;
  CallSites Callers;
  llvm::DenseMap<const FunctionDecl *, std::unique_ptr<FunctionFacts>> Facts;
  llvm::DenseMap<std::pair<const ParmVarDecl *, unsigned>, bool>
      ReadyParameters;
  llvm::DenseMap<const FieldDecl *, bool> PolledFields;
  llvm::SmallPtrSet<const ValueDecl *, 8> Evaluating;
};

} // namespace clang::tidy::async

#endif
