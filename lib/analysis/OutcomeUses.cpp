#include "analysis/OutcomeUses.h"
#include "analysis/Parents.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

/// Nodes between an initialiser and the value it passes on.
static bool passesValueOn(const Stmt *Parent) {
  if (isa<ImplicitCastExpr, ExprWithCleanups, MaterializeTemporaryExpr,
          CXXBindTemporaryExpr, ParenExpr, ConstantExpr>(Parent))
    return true;
  const auto *Construct = dyn_cast<CXXConstructExpr>(Parent);
  return Construct && Construct->getNumArgs() == 1 &&
         Construct->getConstructor()->isCopyOrMoveConstructor();
}

const VarDecl *variableInitialisedBy(const Expr *E, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*E, Ctx)) {
    if (const auto *Var = Step.get<VarDecl>())
      return Var->hasLocalStorage() ? Var : nullptr;
    const auto *Parent = Step.get<Stmt>();
    if (!Parent || !passesValueOn(Parent))
      return nullptr;
  }
  return nullptr;
}

bool carriesErrors(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *Array = T->getAsArrayTypeUnsafe())
    return carriesErrors(Array->getElementType());
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  llvm::StringRef Name = RD->getName();
  llvm::StringRef Library = topLevelNamespaceOf(RD);
  if ((Name == "exception_ptr" || Name == "error_code") &&
      (Library == "std" || Library == "boost" || Library == "asio"))
    return true;
  // A container of them: `std::vector<std::exception_ptr>`.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    const TemplateArgumentList &Args = Spec->getTemplateArgs();
    return Args.size() > 0 && Args[0].getKind() == TemplateArgument::Type &&
           carriesErrors(Args[0].getAsType());
  }
  return false;
}

static bool bindingsAreInspected(const DecompositionDecl *Bindings) {
  bool AnyCarriesErrors =
      llvm::any_of(Bindings->bindings(), [](const BindingDecl *B) {
        return carriesErrors(B->getType());
      });
  return llvm::any_of(Bindings->bindings(), [&](const BindingDecl *B) {
    return B->isReferenced() &&
           (!AnyCarriesErrors || carriesErrors(B->getType()));
  });
}

/// Uses that cannot see an outcome: its size, or a deliberate `(void)x`.
static bool looksInside(const DeclRefExpr *Ref, ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*Ref, Ctx)) {
    const auto *Parent = Step.get<Stmt>();
    if (!Parent)
      return true;
    if (isa<ImplicitCastExpr, ParenExpr>(Parent))
      continue;
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(Parent))
      return !Cast->getTypeAsWritten()->isVoidType();
    if (const auto *Member = dyn_cast<MemberExpr>(Parent)) {
      llvm::StringRef Name = Member->getMemberDecl()->getName();
      return Name != "size" && Name != "empty";
    }
    return true;
  }
  return true;
}

bool outcomesAreInspected(const VarDecl *Outcomes, ASTContext &Ctx) {
  if (const auto *Bindings = dyn_cast<DecompositionDecl>(Outcomes))
    return bindingsAreInspected(Bindings);
  const auto *Function = dyn_cast<FunctionDecl>(Outcomes->getDeclContext());
  const Stmt *Body = Function ? Function->getBody() : nullptr;
  if (!Body)
    return true;
  using namespace ast_matchers;
  auto Refs =
      match(findAll(declRefExpr(to(varDecl(equalsNode(Outcomes)))).bind("ref")),
            *Body, Ctx);
  return llvm::any_of(Refs, [&](const BoundNodes &Nodes) {
    return looksInside(Nodes.getNodeAs<DeclRefExpr>("ref"), Ctx);
  });
}

} // namespace clang::tidy::async
