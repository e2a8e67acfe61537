#include "analysis/CoroutineWalk.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/Loops.h"
#include "analysis/OwnStatements.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

namespace {
class CoroutineWalker : public OwnStatementsVisitor<CoroutineWalker> {
  using Base = OwnStatementsVisitor<CoroutineWalker>;

public:
  CoroutineWalker(CoroutineWalk &Walk, ASTContext &Ctx)
      : Walk(Walk), Ctx(Ctx) {}

  void run() {
    walk(Walk.Body);
    for (AwaitInCoroutine &Await : Walk.Awaits)
      if (auto It = BoundResults.find(Await.Await); It != BoundResults.end())
        Await.Results = It->second;
  }

  bool TraverseForStmt(ForStmt *S) {
    return inside(S, [&] { return Base::TraverseForStmt(S); });
  }
  bool TraverseWhileStmt(WhileStmt *S) {
    return inside(S, [&] { return Base::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return inside(S, [&] { return Base::TraverseDoStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return inside(S, [&] { return Base::TraverseCXXForRangeStmt(S); });
  }
  bool TraverseSwitchStmt(SwitchStmt *S) {
    return inside(S, [&] { return Base::TraverseSwitchStmt(S); });
  }

  bool VisitCompoundStmt(CompoundStmt *Block) {
    llvm::ArrayRef<const Stmt *> Children(Block->body_begin(),
                                          Block->body_end());
    for (size_t I = 0; I != Children.size(); ++I)
      if (isa<CXXTryStmt>(Children[I]))
        Followers[Children[I]] = Children.drop_front(I + 1);
    return true;
  }
  bool VisitCXXTryStmt(CXXTryStmt *Try) {
    TryInCoroutine Found;
    Found.Try = Try;
    Found.After = Followers.lookup(Try);
    Found.Loop = innermostRepeatingLoop();
    Found.BreakLeavesLoop =
        !Breakables.empty() && Breakables.back() == Found.Loop;
    Walk.Tries.push_back(Found);
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (!Await->isImplicit())
      Walk.Awaits.push_back({Await, innermostRepeatingLoop(), {}});
    return true;
  }
  bool VisitCoreturnStmt(CoreturnStmt *Return) {
    const Expr *Value = Return->getOperand();
    Walk.HasValueReturn |=
        Value && (Value->isTypeDependent() || !Value->getType()->isVoidType());
    return true;
  }
  bool VisitVarDecl(VarDecl *Var) {
    const auto *Await = awaitIn(Var->getInit());
    if (!Await)
      return true;
    auto &Results = BoundResults[Await];
    if (const auto *Decomposition = dyn_cast<DecompositionDecl>(Var))
      for (const BindingDecl *Binding : Decomposition->bindings())
        Results.push_back(Binding);
    Results.push_back(Var);
    return true;
  }
  bool VisitExpr(Expr *E) {
    if (std::optional<Assignment> Assign = assignmentOf(E))
      if (const auto *Await = awaitIn(Assign->Value))
        collectVariablesIn(Assign->Target, BoundResults[Await]);
    return true;
  }

private:
  template <typename Fn> bool inside(const Stmt *S, Fn Traverse) {
    Breakables.push_back(S);
    bool Continue = Traverse();
    Breakables.pop_back();
    return Continue;
  }
  bool repeats(const Stmt *Loop) {
    auto [It, Inserted] = Repeats.try_emplace(Loop, false);
    if (Inserted)
      It->second = !runsAtMostOnce(Loop, Ctx);
    return It->second;
  }
  const Stmt *innermostRepeatingLoop() {
    for (const Stmt *S : llvm::reverse(Breakables))
      if (!isa<SwitchStmt>(S) && repeats(S))
        return S;
    return nullptr;
  }
  static const CoawaitExpr *awaitIn(const Expr *E) {
    return E ? dyn_cast<CoawaitExpr>(asWritten(E)) : nullptr;
  }

  CoroutineWalk &Walk;
  ASTContext &Ctx;
  llvm::SmallVector<const Stmt *, 8> Breakables;
  llvm::DenseMap<const Stmt *, bool> Repeats;
  llvm::DenseMap<const Stmt *, llvm::ArrayRef<const Stmt *>> Followers;
  llvm::DenseMap<const CoawaitExpr *, llvm::SmallVector<const ValueDecl *, 4>>
      BoundResults;
};
} // namespace

CoroutineWalk walkCoroutine(const FunctionDecl *FD, ASTContext &Ctx) {
  CoroutineWalk Walk;
  Walk.Function = FD;
  Walk.Body = userBodyOf(FD);
  CoroutineWalker(Walk, Ctx).run();
  return Walk;
}

} // namespace clang::tidy::async
