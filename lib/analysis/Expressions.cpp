#include "analysis/Expressions.h"
#include "clang/AST/ExprCXX.h"

namespace clang::tidy::async {

const Expr *asWritten(const Expr *E) {
  while (E) {
    const Expr *Next = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(Next))
      if (isa<CXXConstructExpr>(Cast->getSubExpr()->IgnoreImplicit()))
        Next = Cast->getSubExpr();
    if (Next == E)
      return E;
    E = Next;
  }
  return E;
}

} // namespace clang::tidy::async
