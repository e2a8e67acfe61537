#include "analysis/CallsInBody.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::async {

namespace {
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  CallCollector(llvm::function_ref<void(const Expr *, bool)> Visit,
                llvm::function_ref<bool(const Stmt *)> StartsOffload)
      : Visit(Visit), StartsOffload(StartsOffload) {}

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    return true;
  }
  // Local classes and functions run when called, not where declared.
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseFunctionDecl(FunctionDecl *) { return true; }

  bool TraverseCompoundStmt(CompoundStmt *Block) {
    bool OffloadedBefore = Offloaded;
    for (Stmt *Child : Block->body()) {
      if (!TraverseStmt(Child))
        return false;
      if (!Offloaded && StartsOffload && StartsOffload(Child))
        Offloaded = true;
    }
    Offloaded = OffloadedBefore;
    return true;
  }

  bool VisitCallExpr(CallExpr *Call) {
    Visit(Call, Offloaded);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Visit(Construct, Offloaded);
    return true;
  }

private:
  llvm::function_ref<void(const Expr *, bool)> Visit;
  llvm::function_ref<bool(const Stmt *)> StartsOffload;
  bool Offloaded = false;
};
} // namespace

void forEachCallIn(const Stmt *Body,
                   llvm::function_ref<void(const Expr *, bool)> Visit,
                   llvm::function_ref<bool(const Stmt *)> StartsOffload) {
  if (!Body)
    return;
  CallCollector Collector(Visit, StartsOffload);
  Collector.TraverseStmt(const_cast<Stmt *>(Body));
}

} // namespace clang::tidy::async
