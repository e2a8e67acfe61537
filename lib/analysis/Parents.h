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

namespace clang::tidy::async {

/// The parents of \p Node, as ASTContext::getParents would list them (the
/// first one first). Nodes of system headers fall back to getParents.
DynTypedNodeList parentsOf(const DynTypedNode &Node, ASTContext &Ctx);

template <typename NodeT>
DynTypedNodeList parentsOf(const NodeT &Node, ASTContext &Ctx) {
  return parentsOf(DynTypedNode::create(Node), Ctx);
}

} // namespace clang::tidy::async

#endif
