//===--- CallSites.h - every call of a function in the translation unit ---===//
//
// "What does every caller pass here?" needs the callers. They are found in
// one walk over the whole translation unit (template instantiations
// included), made on first use only: most translation units never ask.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_CALLSITES_H
#define ASYNC_TIDY_ANALYSIS_CALLSITES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang::tidy::async {

class CallSites {
public:
  /// Every call of \p F, when the translation unit shows them all; nothing
  /// when \p F may also be called where it does not: its address is taken
  /// (or, for a lambda, it is converted to a function pointer), it is
  /// virtual or a constructor, or another translation unit may call it
  /// without seeing its body (an external function that is neither inline
  /// nor a template instantiation).
  std::optional<llvm::ArrayRef<const CallExpr *>> of(const FunctionDecl *F,
                                                     ASTContext &Ctx);
  void clear();

private:
  void index(ASTContext &Ctx);

  bool Indexed = false;
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const CallExpr *, 2>>
      Calls;
  llvm::DenseSet<const FunctionDecl *> Escaped;
  llvm::DenseSet<const CXXRecordDecl *> EscapedLambdas;
};

/// The argument \p Call passes for parameter \p Index of its callee (a call
/// operator's object is not a parameter), or null when it passes none (a
/// variadic tail) or the default argument.
const Expr *argumentFor(const CallExpr *Call, unsigned Index);

} // namespace clang::tidy::async

#endif
