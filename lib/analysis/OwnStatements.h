//===--- OwnStatements.h - the statements a function runs itself ----------===//
//
// A coroutine's question "what do I do?" is answered by the statements of its
// own body. A nested lambda's body runs when the lambda is called (maybe on
// another thread, maybe never), and a local class's methods when they are
// called, so neither belongs to the enclosing function; a lambda's capture
// initialisers do, they run where the lambda is made. Every walk over "this
// function's statements" goes through the visitor below.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_OWNSTATEMENTS_H
#define ASYNC_TIDY_ANALYSIS_OWNSTATEMENTS_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace clang::tidy::async {

/// A RecursiveASTVisitor that stays within one function: it enters a nested
/// lambda's capture initialisers but not its body, and no local class or
/// local function declaration. Derive from it as from RecursiveASTVisitor
/// (CRTP) and start the walk with walk().
template <typename Derived>
class OwnStatementsVisitor : public RecursiveASTVisitor<Derived> {
public:
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !this->getDerived().TraverseStmt(Init))
        return false;
    return true;
  }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }
  bool TraverseBlockExpr(BlockExpr *) { return true; }

  /// Visits \p S and the statements under it that are the function's own.
  void walk(const Stmt *S) {
    if (S)
      this->getDerived().TraverseStmt(const_cast<Stmt *>(S));
  }
};

/// Calls \p Visit, parents before children, on \p S and every statement
/// under it that is the function's own; a false return stops the walk.
void forEachOwnStatement(const Stmt *S,
                         llvm::function_ref<bool(const Stmt *)> Visit);

/// The first of \p S and the statements under it that are the function's
/// own for which \p Pred holds, or null.
const Stmt *findOwnStatement(const Stmt *S,
                             llvm::function_ref<bool(const Stmt *)> Pred);

} // namespace clang::tidy::async

#endif
