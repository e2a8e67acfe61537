//===--- ListedCallees.h - is this call one of the listed functions? ------===//
//
// A list option names functions by qualified name; a call can be known by
// more than the name of the declaration it calls:
//  - the method's name on the class of the object it is called on
//    (libstdc++ declares `std::future::wait` in a base, `std::__basic_future`);
//  - the name of a method it overrides (`QProcess::waitForBytesWritten`
//    overrides `QIODevice::waitForBytesWritten`);
//  - the name of a function object it calls (`folly::coro::blockingWait` and
//    `stdexec::sync_wait` are customisation-point objects).
// Answers are remembered per (declaration, object class).
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_LISTEDCALLEES_H
#define ASYNC_TIDY_ANALYSIS_LISTEDCALLEES_H

#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

namespace clang::tidy::async {

class ListedCallees {
public:
  explicit ListedCallees(const NameList &Names) : Names(&Names) {}
  explicit ListedCallees(const NameListOption &Option)
      : Names(&Option.list()) {}

  /// The listed name \p Call (a call or a construction) is known by, or null.
  const std::string *match(const Expr *Call);
  void clear() { Cache.clear(); }

private:
  const std::string *lookup(const NamedDecl *D, const NamedDecl *Scope);
  const std::string *overriddenListedName(const CXXMethodDecl *Method,
                                          unsigned Depth);

  const NameList *Names;
  llvm::DenseMap<std::pair<const NamedDecl *, const NamedDecl *>,
                 const std::string *>
      Cache;
};

} // namespace clang::tidy::async

#endif
