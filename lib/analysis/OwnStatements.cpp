#include "analysis/OwnStatements.h"

namespace clang::tidy::async {

namespace {
class CallbackWalker : public OwnStatementsVisitor<CallbackWalker> {
public:
  explicit CallbackWalker(llvm::function_ref<bool(const Stmt *)> Visit)
      : Visit(Visit) {}
  bool VisitStmt(Stmt *S) { return Visit(S); }

private:
  llvm::function_ref<bool(const Stmt *)> Visit;
};
} // namespace

void forEachOwnStatement(const Stmt *S,
                         llvm::function_ref<bool(const Stmt *)> Visit) {
  CallbackWalker(Visit).walk(S);
}

const Stmt *findOwnStatement(const Stmt *S,
                             llvm::function_ref<bool(const Stmt *)> Pred) {
  const Stmt *Found = nullptr;
  forEachOwnStatement(S, [&](const Stmt *Node) {
    if (!Pred(Node))
      return true;
    Found = Node;
    return false;
  });
  return Found;
}

} // namespace clang::tidy::async
