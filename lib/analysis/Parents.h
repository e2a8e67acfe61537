//===--- Parents.h - parents of nodes in the code being checked -----------===//
//
// The checks walk upwards from a finding (is this value discarded? which
// function runs this?). ASTContext::getParents would answer, but on first
// use it indexes the whole translation unit, system headers and all their
// template instantiations included: on a Boost.Asio source that alone costs
// a tenth of the parse. These parents index only the declarations outside
// system headers (within the context's traversal scope, so clangd's
// main-file scope is kept), once per translation unit, and answer exactly
// like getParents for every node inside them.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_PARENTS_H
#define ASYNC_TIDY_ANALYSIS_PARENTS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/ParentMapContext.h"
#include <iterator>

namespace clang::tidy::async {

/// The parents of \p Node, as ASTContext::getParents would list them (the
/// first one first). Nodes of system headers fall back to getParents.
DynTypedNodeList parentsOf(const DynTypedNode &Node, ASTContext &Ctx);

template <typename NodeT>
DynTypedNodeList parentsOf(const NodeT &Node, ASTContext &Ctx) {
  return parentsOf(DynTypedNode::create(Node), Ctx);
}

/// One step of a climb: a node's first parent, and the node below it.
struct Ancestor {
  DynTypedNode Node;
  DynTypedNode Child;

  template <typename T> const T *get() const { return Node.get<T>(); }
  /// True when this step came up from \p S.
  bool cameFrom(const Stmt *S) const { return S && Child.get<Stmt>() == S; }
};

/// The first parents above a node, nearest first (see ancestorsOf).
class AncestorRange {
public:
  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Ancestor;
    using difference_type = std::ptrdiff_t;
    using pointer = const Ancestor *;
    using reference = const Ancestor &;

    iterator() = default;
    iterator(const DynTypedNode &Start, ASTContext &Ctx);
    const Ancestor &operator*() const { return Current; }
    const Ancestor *operator->() const { return &Current; }
    iterator &operator++();
    bool operator==(const iterator &Other) const {
      return AtEnd == Other.AtEnd &&
             (AtEnd || Current.Node == Other.Current.Node);
    }
    bool operator!=(const iterator &Other) const { return !(*this == Other); }

  private:
    void climbFrom(const DynTypedNode &Node);
    Ancestor Current;
    ASTContext *Ctx = nullptr;
    bool AtEnd = true;
  };

  AncestorRange(const DynTypedNode &Start, ASTContext &Ctx)
      : Start(Start), Ctx(&Ctx) {}
  iterator begin() const { return iterator(Start, *Ctx); }
  iterator end() const { return iterator(); }

private:
  DynTypedNode Start;
  ASTContext *Ctx;
};

/// The first parents above \p Node, nearest first. The climb ends at the top
/// of the tree, or after a node that is neither a statement nor a
/// declaration (a type, a template argument, a qualifier): only statements
/// and declarations are indexed, and asking the ASTContext above those would
/// make it index the whole translation unit.
inline AncestorRange ancestorsOf(const DynTypedNode &Node, ASTContext &Ctx) {
  return AncestorRange(Node, Ctx);
}
template <typename NodeT>
AncestorRange ancestorsOf(const NodeT &Node, ASTContext &Ctx) {
  return AncestorRange(DynTypedNode::create(Node), Ctx);
}

/// The statement whose scope a local variable is declared in: the block
/// around its declaration statement (null for a parameter).
const Stmt *scopeOfLocal(const VarDecl *Var, ASTContext &Ctx);

/// The statement of \p Block that \p S is, or is nested in; null when \p S
/// is not inside \p Block.
const Stmt *statementOfBlockAround(const Stmt *S, const CompoundStmt *Block,
                                   ASTContext &Ctx);

} // namespace clang::tidy::async

#endif
