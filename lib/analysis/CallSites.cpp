#include "analysis/CallSites.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::async {

namespace {
class CallSiteIndexer : public RecursiveASTVisitor<CallSiteIndexer> {
public:
  CallSiteIndexer(llvm::DenseMap<const FunctionDecl *,
                                 llvm::SmallVector<const CallExpr *, 2>> &Calls,
                  llvm::DenseSet<const FunctionDecl *> &Escaped,
                  llvm::DenseSet<const CXXRecordDecl *> &EscapedLambdas)
      : Calls(Calls), Escaped(Escaped), EscapedLambdas(EscapedLambdas) {}

  bool shouldVisitTemplateInstantiations() const { return true; }

  // A template's own code runs only as its instantiations, which are walked
  // too; its calls pass what no caller ever sees.
  bool TraverseDecl(Decl *D) {
    const auto *Context = dyn_cast_or_null<DeclContext>(D);
    if (Context && Context->isDependentContext())
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  // Visited before its callee expression, which is then known to be one.
  bool VisitCallExpr(CallExpr *Call) {
    const Expr *CalleeExpr = Call->getCallee();
    if (CalleeExpr)
      CalleeRefs.insert(CalleeExpr->IgnoreParenImpCasts());
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee)
      return true;
    Calls[Callee->getCanonicalDecl()].push_back(Call);
    // A lambda converted to a function pointer is called through it.
    if (const auto *Conversion = dyn_cast<CXXConversionDecl>(Callee))
      if (Conversion->getParent()->isLambda())
        EscapedLambdas.insert(Conversion->getParent()->getCanonicalDecl());
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    noteReference(Ref, Ref->getDecl());
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    noteReference(Member, Member->getMemberDecl());
    return true;
  }

private:
  void noteReference(const Expr *Ref, const ValueDecl *D) {
    const auto *Function = dyn_cast_or_null<FunctionDecl>(D);
    if (Function && !CalleeRefs.contains(Ref))
      Escaped.insert(Function->getCanonicalDecl());
  }

  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const CallExpr *, 2>>
      &Calls;
  llvm::DenseSet<const FunctionDecl *> &Escaped;
  llvm::DenseSet<const CXXRecordDecl *> &EscapedLambdas;
  llvm::DenseSet<const Expr *> CalleeRefs;
};
} // namespace

void CallSites::index(ASTContext &Ctx) {
  Indexed = true;
  CallSiteIndexer Indexer(Calls, Escaped, EscapedLambdas);
  for (Decl *Top : Ctx.getTraversalScope())
    Indexer.TraverseDecl(Top);
}

/// True when a call of \p F from another translation unit would not see
/// its body: there, nothing could be said about what it is passed.
static bool mayBeCalledElsewhere(const FunctionDecl *F) {
  return F->isExternallyVisible() && !F->isInlined() &&
         !F->isTemplateInstantiation();
}

std::optional<llvm::ArrayRef<const CallExpr *>>
CallSites::of(const FunctionDecl *F, ASTContext &Ctx) {
  if (!F || isa<CXXConstructorDecl>(F) || mayBeCalledElsewhere(F))
    return std::nullopt;
  if (const auto *Method = dyn_cast<CXXMethodDecl>(F)) {
    if (Method->isVirtual())
      return std::nullopt;
    if (Method->getParent()->isLambda() &&
        EscapedLambdas.contains(Method->getParent()->getCanonicalDecl()))
      return std::nullopt;
  }
  if (!Indexed)
    index(Ctx);
  const FunctionDecl *Key = F->getCanonicalDecl();
  if (Escaped.contains(Key))
    return std::nullopt;
  auto It = Calls.find(Key);
  if (It == Calls.end())
    return llvm::ArrayRef<const CallExpr *>();
  return llvm::ArrayRef<const CallExpr *>(It->second);
}

void CallSites::clear() {
  Indexed = false;
  Calls.clear();
  Escaped.clear();
  EscapedLambdas.clear();
}

const Expr *argumentFor(const CallExpr *Call, unsigned Index) {
  // An operator call passes the object first; a member operator() does not
  // count it among its parameters.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call))
    if (const auto *Method =
            dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee()))
      if (Method->isInstance())
        ++Index;
  if (Index >= Call->getNumArgs())
    return nullptr;
  const Expr *Arg = Call->getArg(Index);
  return isa<CXXDefaultArgExpr>(Arg) ? nullptr : Arg;
}

} // namespace clang::tidy::async
