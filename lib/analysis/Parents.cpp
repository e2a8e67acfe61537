#include "analysis/Parents.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>
#include <mutex>

namespace clang::tidy::async {

namespace {

/// Parents of the Decls and Stmts under the declarations outside system
/// headers. The traversal options are those of ParentMapContext (template
/// instantiations and implicit code included), so the first parent of a node
/// is the one getParents lists first.
class UserCodeParents : public RecursiveASTVisitor<UserCodeParents> {
  using Base = RecursiveASTVisitor<UserCodeParents>;

public:
  explicit UserCodeParents(ASTContext &Ctx) {
    const SourceManager &SM = Ctx.getSourceManager();
    auto InSystemHeader = [&SM](const Decl *D) {
      return SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation()));
    };
    for (Decl *Top : Ctx.getTraversalScope()) {
      auto *TU = dyn_cast<TranslationUnitDecl>(Top);
      if (!TU) {
        if (!InSystemHeader(Top))
          TraverseDecl(Top);
        continue;
      }
      Stack.push_back(DynTypedNode::create(*TU));
      for (Decl *D : TU->decls())
        if (!InSystemHeader(D))
          TraverseDecl(D);
      Stack.pop_back();
    }
  }

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    return traverseAs(DynTypedNode::create(*D), D,
                      [&] { return Base::TraverseDecl(D); });
  }
  bool TraverseStmt(Stmt *S) {
    if (!S)
      return true;
    return traverseAs(DynTypedNode::create(*S), S,
                      [&] { return Base::TraverseStmt(S); });
  }
  // Statements inside types, template arguments and qualifiers have those
  // as parents, not the enclosing statement: a walk upwards stops there.
  // LLVM 22 added a second parameter (TraverseQualifier); forwarding
  // whatever follows the TypeLoc fits every version.
  template <typename... Rest> bool TraverseTypeLoc(TypeLoc TL, Rest... More) {
    if (TL.isNull())
      return true;
    return within(DynTypedNode::create(TL),
                  [&] { return Base::TraverseTypeLoc(TL, More...); });
  }
  bool TraverseTemplateArgumentLoc(const TemplateArgumentLoc &Arg) {
    return within(DynTypedNode::create(Arg),
                  [&] { return Base::TraverseTemplateArgumentLoc(Arg); });
  }
  bool TraverseNestedNameSpecifierLoc(NestedNameSpecifierLoc NNS) {
    if (!NNS)
      return true;
    return within(DynTypedNode::create(NNS),
                  [&] { return Base::TraverseNestedNameSpecifierLoc(NNS); });
  }

  /// The parents of an indexed node; null for a node outside the index.
  const llvm::SmallVector<DynTypedNode, 1> *find(const void *Node) const {
    auto It = Parents.find(Node);
    return It == Parents.end() ? nullptr : &It->second;
  }

private:
  template <typename Fn>
  bool traverseAs(const DynTypedNode &Node, const void *Key, Fn Traverse) {
    if (!Stack.empty()) {
      auto &List = Parents[Key];
      // A node shared by several places (an instantiated default argument)
      // has each parent once, in visiting order.
      if (llvm::find(List, Stack.back()) == List.end())
        List.push_back(Stack.back());
    }
    return within(Node, Traverse);
  }
  template <typename Fn> bool within(const DynTypedNode &Node, Fn Traverse) {
    Stack.push_back(Node);
    bool Continue = Traverse();
    Stack.pop_back();
    return Continue;
  }

  llvm::SmallVector<DynTypedNode, 32> Stack;
  llvm::DenseMap<const void *, llvm::SmallVector<DynTypedNode, 1>> Parents;
};

/// One index per live ASTContext. clangd builds translation units on several
/// threads, so the registry is locked; each index is used by one thread.
std::mutex RegistryMutex;
llvm::DenseMap<const ASTContext *, std::unique_ptr<UserCodeParents>> Registry;

void forget(void *Ctx) {
  std::lock_guard<std::mutex> Lock(RegistryMutex);
  Registry.erase(static_cast<const ASTContext *>(Ctx));
}

UserCodeParents &indexOf(ASTContext &Ctx) {
  {
    std::lock_guard<std::mutex> Lock(RegistryMutex);
    auto It = Registry.find(&Ctx);
    if (It != Registry.end())
      return *It->second;
  }
  auto Index = std::make_unique<UserCodeParents>(Ctx);
  std::lock_guard<std::mutex> Lock(RegistryMutex);
  auto [It, Inserted] = Registry.try_emplace(&Ctx, std::move(Index));
  if (Inserted)
    Ctx.AddDeallocation(forget, &Ctx);
  return *It->second;
}

} // namespace

DynTypedNodeList parentsOf(const DynTypedNode &Node, ASTContext &Ctx) {
  const void *Key = Node.getMemoizationData();
  if (Key && (Node.get<Stmt>() || Node.get<Decl>())) {
    UserCodeParents &Index = indexOf(Ctx);
    if (const auto *Found = Index.find(Key))
      return llvm::ArrayRef<DynTypedNode>(*Found);
  }
  return Ctx.getParents(Node);
}

AncestorRange::iterator::iterator(const DynTypedNode &Start, ASTContext &Ctx)
    : Ctx(&Ctx) {
  climbFrom(Start);
}

void AncestorRange::iterator::climbFrom(const DynTypedNode &Node) {
  DynTypedNodeList Parents = parentsOf(Node, *Ctx);
  AtEnd = Parents.empty();
  if (AtEnd)
    return;
  Current.Child = Node;
  Current.Node = Parents[0];
}

AncestorRange::iterator &AncestorRange::iterator::operator++() {
  if (!Current.Node.get<Stmt>() && !Current.Node.get<Decl>()) {
    AtEnd = true;
    return *this;
  }
  climbFrom(Current.Node);
  return *this;
}

const Stmt *scopeOfLocal(const VarDecl *Var, ASTContext &Ctx) {
  if (isa<ParmVarDecl>(Var))
    return nullptr;
  // Var's parent is its declaration statement; that one's is the scope.
  unsigned Level = 0;
  for (const Ancestor &Step : ancestorsOf(*Var, Ctx))
    if (++Level == 2)
      return Step.get<Stmt>();
  return nullptr;
}

const Stmt *statementOfBlockAround(const Stmt *S, const CompoundStmt *Block,
                                   ASTContext &Ctx) {
  for (const Ancestor &Step : ancestorsOf(*S, Ctx)) {
    // A variable's initialiser is part of its declaration statement.
    if (!Step.get<Stmt>() && !Step.get<VarDecl>())
      return nullptr;
    if (Step.get<CompoundStmt>() == Block)
      return Step.Child.get<Stmt>();
  }
  return nullptr;
}

} // namespace clang::tidy::async
