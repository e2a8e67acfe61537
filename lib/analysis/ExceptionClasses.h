//===--- ExceptionClasses.h - which listed exceptions does a handler catch?
//===//
//
// `catch (const std::exception&)` catches `folly::OperationCancelled`
// because the real class hierarchy says so. This resolves the exception
// classes a list option names in one translation unit and answers, through
// that hierarchy, which of them a handler receives.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_EXCEPTIONCLASSES_H
#define ASYNC_TIDY_ANALYSIS_EXCEPTIONCLASSES_H

#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::async {

/// The class a handler names (through references and cv-qualifiers), or null
/// for `catch (...)`, a pointer, a non-class or a dependent type.
const CXXRecordDecl *caughtClassOf(const CXXCatchStmt *Handler);

/// True when a handler for \p HandlerClass receives an exception object of
/// class \p Thrown: the same class, or a public and unambiguous base of it.
bool handlerReceives(const CXXRecordDecl *HandlerClass,
                     const CXXRecordDecl *Thrown);

/// The exception classes of a list option, found in the translation unit
/// (looked up once per translation unit, when first asked).
class ListedExceptionClasses {
public:
  explicit ListedExceptionClasses(const NameListOption &Names)
      : Names(&Names) {}
  /// Forget the classes found: a new translation unit begins.
  void clear();

  /// The listed classes a handler for \p HandlerClass receives, in list
  /// order. A class listed by name counts even where the lookup cannot find
  /// it (a class template specialisation, a local class).
  llvm::SmallVector<const CXXRecordDecl *, 4>
  receivedBy(const CXXRecordDecl *HandlerClass);

  /// Every listed class the translation unit defines, in list order.
  llvm::ArrayRef<const CXXRecordDecl *> classesIn(ASTContext &Ctx);

  /// True when \p RD is a listed class or derives publicly from one: a
  /// handler for it is written for that kind of exception specifically.
  bool isListedOrDerived(const CXXRecordDecl *RD);

private:
  const NameListOption *Names;
  std::vector<const CXXRecordDecl *> Found;
  bool Resolved = false;
};

} // namespace clang::tidy::async

#endif
