#include "analysis/ListedCallees.h"
#include "analysis/Coroutines.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

const std::string *ListedCallees::lookup(const NamedDecl *D,
                                         const NamedDecl *Scope) {
  auto [It, Inserted] = Cache.try_emplace({D, Scope}, nullptr);
  if (!Inserted)
    return It->second;
  std::string Name;
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(D))
    // Lists name a constructor `ns::Class::Class`, whatever the arguments
    // of the class template.
    Name = listedNameOf(Constructor->getParent()) +
           "::" + Constructor->getParent()->getNameAsString();
  else
    Name = Scope ? listedNameOf(Scope) + "::" + D->getNameAsString()
                 : listedNameOf(D);
  if (Names->contains(Name))
    It->second = &*llvm::find(Names->names(), Name);
  return It->second;
}

/// The variable a call of a function object calls through, if any.
static const VarDecl *functionObjectOf(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  if (!Op || Op->getOperator() != OO_Call || Op->getNumArgs() == 0)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts());
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

/// The class of the object a method is called on, when it is not the class
/// that declares the method.
static const CXXRecordDecl *objectClassOf(const Expr *Call,
                                          const FunctionDecl *Callee) {
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Member || !Method)
    return nullptr;
  const Expr *ObjectExpr = Member->getImplicitObjectArgument();
  if (!ObjectExpr)
    return nullptr;
  // Before the derived-to-base conversion to the declaring class.
  QualType ObjectType = ObjectExpr->IgnoreParenImpCasts()->getType();
  if (ObjectType->isPointerType())
    ObjectType = ObjectType->getPointeeType();
  const CXXRecordDecl *Object = ObjectType->getAsCXXRecordDecl();
  if (!Object ||
      Object->getCanonicalDecl() == Method->getParent()->getCanonicalDecl())
    return nullptr;
  return Object;
}

const std::string *ListedCallees::match(const Expr *Call) {
  if (const VarDecl *Object = functionObjectOf(Call))
    if (const std::string *Found = lookup(Object, nullptr))
      return Found;
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return nullptr;
  if (const std::string *Found = lookup(Callee, nullptr))
    return Found;
  if (const CXXRecordDecl *Object = objectClassOf(Call, Callee))
    if (const std::string *Found = lookup(Callee, Object))
      return Found;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(Callee))
    return overriddenListedName(Method, /*Depth=*/0);
  return nullptr;
}

const std::string *
ListedCallees::overriddenListedName(const CXXMethodDecl *Method,
                                    unsigned Depth) {
  // An override of a listed virtual does what it does (`QProcess` overrides
  // `QIODevice::waitForBytesWritten`); hierarchies are shallow, but bounded.
  if (Depth > 8)
    return nullptr;
  for (const CXXMethodDecl *Overridden : Method->overridden_methods()) {
    if (const std::string *Found = lookup(Overridden, nullptr))
      return Found;
    if (const std::string *Found = overriddenListedName(Overridden, Depth + 1))
      return Found;
  }
  return nullptr;
}

} // namespace clang::tidy::async
