//===--- Compat.h - the only place that knows LLVM version differences ----===//
//
// async-tidy builds against LLVM 16 to 22. Every source difference between
// those versions is bridged here, so the rest of the code is written once.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_COMPAT_COMPAT_H
#define ASYNC_TIDY_COMPAT_COMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Stmt.h"
#include "llvm/Config/llvm-config.h"

// LLVM 22 folded the module registry into ClangTidyModule.h and deprecated
// the old header with a #warning.
#if LLVM_VERSION_MAJOR >= 22
#include "clang-tidy/ClangTidyModule.h"
#else
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

namespace clang::tidy::async {

/// `[[clang::coro_return_type]]` exists from LLVM 17 on; before that no type
/// can carry it.
inline bool hasCoroReturnTypeAttr(const Decl *D) {
#if LLVM_VERSION_MAJOR >= 17
  return D->hasAttr<CoroReturnTypeAttr>();
#else
  (void)D;
  return false;
#endif
}

/// Where a statement or expression begins. From LLVM 22 on, CallExpr has a
/// non-virtual inline getBeginLoc() that hides the one of its subclasses, so
/// `Call->getBeginLoc()` on a `const CallExpr *` that is an operator call
/// (`lambda()`, `a + b`) answers the operator's position, not the object's.
/// Asking through Stmt dispatches to the right class in every version.
inline SourceLocation beginLocOf(const Stmt *S) { return S->getBeginLoc(); }

/// The canonical type of a class. LLVM 22 rewrote tag types and removed
/// ASTContext::getRecordType in favour of getCanonicalTagType.
inline CanQualType canonicalRecordType(const ASTContext &Ctx,
                                       const RecordDecl *RD) {
#if LLVM_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(RD);
#else
  return Ctx.getCanonicalType(Ctx.getRecordType(RD));
#endif
}

} // namespace clang::tidy::async

// The coroutineBodyStmt matcher arrived in LLVM 17; before that the module
// brings its own, found first by the shared matchers in Matchers.h.
#if LLVM_VERSION_MAJOR < 17
#include "clang/AST/StmtCXX.h"
#include "clang/ASTMatchers/ASTMatchersInternal.h"
namespace clang::tidy::async::matchers {
inline const ast_matchers::internal::VariadicDynCastAllOfMatcher<
    Stmt, CoroutineBodyStmt>
    coroutineBodyStmt;
} // namespace clang::tidy::async::matchers
#endif

#endif
