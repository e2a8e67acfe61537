#include "analysis/ExceptionClasses.h"
#include "compat/Compat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/CXXInheritance.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

const CXXRecordDecl *caughtClassOf(const CXXCatchStmt *Handler) {
  QualType Caught = Handler->getCaughtType();
  if (Caught.isNull() || Caught->isDependentType())
    return nullptr;
  const CXXRecordDecl *RD = Caught.getNonReferenceType()->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

bool handlerReceives(const CXXRecordDecl *HandlerClass,
                     const CXXRecordDecl *Thrown) {
  if (!HandlerClass || !Thrown)
    return false;
  if (declaresSameEntity(HandlerClass, Thrown))
    return true;
  Thrown = Thrown->getDefinition();
  if (!Thrown)
    return false;
  CXXBasePaths Paths(/*FindAmbiguities=*/true, /*RecordPaths=*/true,
                     /*DetectVirtual=*/false);
  if (!Thrown->isDerivedFrom(HandlerClass, Paths))
    return false;
  ASTContext &Ctx = Thrown->getASTContext();
  // A handler for an ambiguous base does not match ([except.handle]/3).
  if (Paths.isAmbiguous(canonicalRecordType(Ctx, HandlerClass)))
    return false;
  return llvm::any_of(
      Paths, [](const CXXBasePath &Path) { return Path.Access == AS_public; });
}

void ListedExceptionClasses::clear() {
  Found.clear();
  Resolved = false;
}

/// Looks a qualified name up from the translation unit down; inline
/// namespaces need no special case, their members are visible in the parent.
static const CXXRecordDecl *lookUpClass(llvm::StringRef QualifiedName,
                                        ASTContext &Ctx) {
  const DeclContext *Scope = Ctx.getTranslationUnitDecl();
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  QualifiedName.split(Parts, "::");
  const NamedDecl *Named = nullptr;
  for (llvm::StringRef Part : Parts) {
    if (!Scope)
      return nullptr;
    DeclContext::lookup_result Result =
        Scope->getPrimaryContext()->lookup(&Ctx.Idents.get(Part));
    if (Result.empty())
      return nullptr;
    Named = Result.front();
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Named))
      if (const CXXRecordDecl *RD =
              Alias->getUnderlyingType()->getAsCXXRecordDecl())
        Named = RD;
    Scope = dyn_cast<DeclContext>(Named);
  }
  const auto *RD = dyn_cast_or_null<CXXRecordDecl>(Named);
  return RD ? RD->getDefinition() : nullptr;
}

llvm::ArrayRef<const CXXRecordDecl *>
ListedExceptionClasses::classesIn(ASTContext &Ctx) {
  if (!Resolved) {
    Resolved = true;
    for (const std::string &Name : Names->names())
      if (const CXXRecordDecl *RD = lookUpClass(Name, Ctx))
        if (!llvm::is_contained(Found, RD))
          Found.push_back(RD);
  }
  return Found;
}

llvm::SmallVector<const CXXRecordDecl *, 4>
ListedExceptionClasses::receivedBy(const CXXRecordDecl *HandlerClass) {
  llvm::SmallVector<const CXXRecordDecl *, 4> Received;
  if (!HandlerClass)
    return Received;
  for (const CXXRecordDecl *Listed : classesIn(HandlerClass->getASTContext()))
    if (handlerReceives(HandlerClass, Listed))
      Received.push_back(Listed);
  if (Names->contains(listedNameOf(HandlerClass)) &&
      !llvm::is_contained(Received, HandlerClass))
    Received.push_back(HandlerClass);
  return Received;
}

bool ListedExceptionClasses::isListedOrDerived(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  if (Names->contains(listedNameOf(RD)))
    return true;
  return llvm::any_of(classesIn(RD->getASTContext()),
                      [RD](const CXXRecordDecl *Listed) {
                        return handlerReceives(Listed, RD);
                      });
}

} // namespace clang::tidy::async
