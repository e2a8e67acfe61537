#include "analysis/CompletionTokens.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

static bool isAsioTokenName(llvm::StringRef Name) {
  for (llvm::StringRef Namespace : known::AsioTokenNamespaces) {
    llvm::StringRef Short = Name;
    if (Short.consume_front(Namespace) && !Short.contains("::"))
      return llvm::is_contained(known::AsioTokenClasses, Short);
  }
  return false;
}

bool isCompletionTokenType(QualType T) {
  if (T.isNull() || T->isDependentType())
    return false;
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  std::string Name = listedNameOf(RD);
  return isAsioTokenName(Name) || isListed(Name, known::OtherTokenClasses);
}

static bool returnsVoid(const FunctionDecl *FD) {
  return FD && FD->getReturnType()->isVoidType();
}

/// A call operator that returns `void`. A generic lambda's operator is a
/// template: its instantiations (Asio instantiates the ones it calls) or, if
/// none, its declared return type decide.
static bool callOperatorReturnsVoid(const NamedDecl *Member) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Member))
    return returnsVoid(Method);
  const auto *Template = dyn_cast<FunctionTemplateDecl>(Member);
  if (!Template)
    return false;
  for (const FunctionDecl *Spec : Template->specializations())
    if (returnsVoid(Spec))
      return true;
  return returnsVoid(Template->getTemplatedDecl());
}

static bool isCompletionHandlerType(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Pointer = T->getAs<PointerType>())
    T = Pointer->getPointeeType();
  if (const auto *Function = T->getAs<FunctionType>())
    return Function->getReturnType()->isVoidType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  DeclarationName Call =
      RD->getASTContext().DeclarationNames.getCXXOperatorName(OO_Call);
  return llvm::any_of(RD->lookup(Call), callOperatorReturnsVoid);
}

bool isCompletionTokenArgument(const Expr *Arg) {
  if (!Arg || Arg->isTypeDependent())
    return false;
  QualType T = Arg->IgnoreImplicit()->getType();
  return isCompletionTokenType(T) || isCompletionHandlerType(T);
}

const Expr *completionTokenOf(const Expr *Call) {
  const Expr *Last = nullptr;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    if (CE->getNumArgs() > 0)
      Last = CE->getArg(CE->getNumArgs() - 1);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    if (Construct->getNumArgs() > 0)
      Last = Construct->getArg(Construct->getNumArgs() - 1);
  }
  // A defaulted token (`default_completion_token_t`) still makes the call
  // asynchronous, so default arguments count.
  return isCompletionTokenArgument(Last) ? Last : nullptr;
}

} // namespace clang::tidy::async
