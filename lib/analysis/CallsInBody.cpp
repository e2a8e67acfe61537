#include "analysis/CallsInBody.h"
#include "analysis/OwnStatements.h"

namespace clang::tidy::async {

namespace {
class CallCollector : public OwnStatementsVisitor<CallCollector> {
public:
  CallCollector(llvm::function_ref<void(const Expr *, bool)> Visit,
                llvm::function_ref<bool(const Stmt *)> StartsOffload)
      : Visit(Visit), StartsOffload(StartsOffload) {}

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
  CallCollector(Visit, StartsOffload).walk(Body);
}

} // namespace clang::tidy::async
