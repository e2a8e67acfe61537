#include "analysis/Lifetimes.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/OwnStatements.h"
#include "analysis/Parents.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

bool isBorrowingType(QualType T, NamedDeclSet &ViewTypes) {
  if (T.isNull())
    return false;
  return T->isReferenceType() || T->isPointerType() ||
         namesListedType(T, ViewTypes);
}

/// Member calls that hand out a view of their object: conversion operators,
/// `data()`, `c_str()`, `begin()`.
static bool viewsItsObject(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method)
    return false;
  return isa<CXXConversionDecl>(Method) ||
         hasIdentifierIn(Method, known::ViewingMemberNames);
}

/// What an expression that makes a reference, pointer or view refers to,
/// looking through the conversions that make one from an owner: a
/// temporary, a string literal, a variable or `this`; null otherwise.
static const Expr *objectReferredToBy(const Expr *E) {
  if (const auto *Default = dyn_cast<CXXDefaultArgExpr>(E))
    E = Default->getExpr();
  // Bounded: each step moves to a subexpression.
  for (unsigned Step = 0; Step < 32 && E; ++Step) {
    if (isa<MaterializeTemporaryExpr, StringLiteral, DeclRefExpr, CXXThisExpr>(
            E))
      return E;
    if (isa<ImplicitCastExpr, ParenExpr, FullExpr, CXXBindTemporaryExpr,
            ExplicitCastExpr>(E)) {
      E = cast<Expr>(*E->child_begin());
      continue;
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      // A view made from its source: `std::span<int>(vector)`.
      if (Construct->getNumArgs() == 0)
        return nullptr;
      E = Construct->getArg(0);
      continue;
    }
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(E)) {
      if (!viewsItsObject(Member))
        return nullptr;
      E = Member->getImplicitObjectArgument();
      continue;
    }
    // `std::move(x)` and `std::forward<T>(x)` still refer to `x`.
    if (const CallExpr *Move = asStdMove(E)) {
      E = Move->getArg(0);
      continue;
    }
    const auto *Unary = dyn_cast<UnaryOperator>(E);
    if (!Unary || Unary->getOpcode() != UO_AddrOf)
      return nullptr;
    E = Unary->getSubExpr();
  }
  return nullptr;
}

/// `get()` or `wait()` on a task, on a waitable handle, or on what a start
/// returned: it blocks until the work is done.
static bool waitsForItsObject(const CXXMemberCallExpr *Call,
                              TaskTypeClassifier &Tasks) {
  if (!hasIdentifierIn(Call->getMethodDecl(), known::HandleWaitNames))
    return false;
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Object)
    return false;
  // The method may be a member of the task's base class.
  QualType T = Object->IgnoreImplicit()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (Tasks.isTaskType(T) ||
      isListed(recordOf(T.getNonReferenceType()), known::WaitableHandleTypes))
    return true;
  const auto *Start = dyn_cast<CallExpr>(Object->IgnoreImplicit());
  return Start && startKindOf(Start) == StartKind::ReturnsHandle;
}

bool isAwaitedInFullExpression(const Expr *E, ASTContext &Ctx,
                               TaskTypeClassifier &Tasks) {
  for (const Ancestor &Step : ancestorsOf(*E, Ctx)) {
    const auto *Parent = Step.get<Expr>();
    if (!Parent)
      return false; // A statement or a declaration ends the full-expression.
    if (const auto *Await = dyn_cast<CoawaitExpr>(Parent))
      if (!Await->isImplicit())
        return true;
    if (isa<DependentCoawaitExpr>(Parent))
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(Parent))
      if (isBlockingWait(Call->getDirectCallee()))
        return true;
    if (const auto *Wait = dyn_cast<CXXMemberCallExpr>(Parent))
      if (Step.cameFrom(Wait->getCallee()) && waitsForItsObject(Wait, Tasks))
        return true;
    if (isa<LambdaExpr>(Parent))
      return false;
  }
  return false;
}

static bool namesVariable(const Expr *E, const VarDecl *Var) {
  const auto *Ref =
      dyn_cast_or_null<DeclRefExpr>(E ? withoutStdMove(E) : nullptr);
  return Ref && Ref->getDecl() == Var;
}

/// `co_await var`, `var.wait()`, `var.get()` (a task or a handle's),
/// `sync_wait(var)`.
static bool isWaitOn(const Stmt *Node, const VarDecl *Var,
                     TaskTypeClassifier &Tasks) {
  if (const auto *Await = dyn_cast<CoawaitExpr>(Node))
    return !Await->isImplicit() && namesVariable(Await->getOperand(), Var);
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Node)) {
    if (!namesVariable(Member->getImplicitObjectArgument(), Var))
      return false;
    // Anything may be waited for; only a task or a handle is got.
    return hasIdentifierIn(Member->getMethodDecl(), {"wait"}) ||
           waitsForItsObject(Member, Tasks);
  }
  const auto *Call = dyn_cast<CallExpr>(Node);
  return Call && isBlockingWait(Call->getDirectCallee()) &&
         llvm::any_of(Call->arguments(), [&](const Expr *Argument) {
           return namesVariable(Argument, Var);
         });
}

bool waitsOn(const Stmt *S, const VarDecl *Var, TaskTypeClassifier &Tasks) {
  return findOwnStatement(S, [&](const Stmt *Node) {
           return isWaitOn(Node, Var, Tasks);
         }) != nullptr;
}

/// Nodes that carry a value up unchanged, or wrap it in a new object made
/// from it alone (an implicit conversion to QCoro's `QmlTask`).
static bool carriesValue(const Stmt *Parent) {
  if (isa<ImplicitCastExpr, ExprWithCleanups, MaterializeTemporaryExpr,
          CXXBindTemporaryExpr, ParenExpr, ConstantExpr, MemberExpr,
          CXXFunctionalCastExpr>(Parent))
    return true;
  const auto *Construct = dyn_cast<CXXConstructExpr>(Parent);
  return Construct && Construct->getNumArgs() == 1;
}

TaskDestination destinationOf(const Expr *Task, ASTContext &Ctx,
                              TaskTypeClassifier &Tasks, NamedDeclSet &Spawns) {
  TaskDestination Result;
  for (const Ancestor &Step : ancestorsOf(*Task, Ctx)) {
    if (const auto *Var = Step.get<VarDecl>()) {
      Result.Fate = TaskFate::Stored;
      Result.Var = Var->hasLocalStorage() ? Var : nullptr;
      return Result;
    }
    const auto *Parent = Step.get<Stmt>();
    if (!Parent)
      return Result;
    if (isa<ReturnStmt, CoreturnStmt>(Parent)) {
      Result.Fate = TaskFate::Returned;
      return Result;
    }
    if (carriesValue(Parent))
      continue;
    if (std::optional<Assignment> Assigned = assignmentOf(Parent)) {
      if (Step.cameFrom(Assigned->Value))
        Result.Fate = TaskFate::Stored;
      return Result;
    }
    const auto *Call = dyn_cast<CallExpr>(Parent);
    if (!Call)
      return Result;
    if (Spawns.contains(Call->getDirectCallee()) ||
        startKindOf(Call) != StartKind::NotAStart) {
      if (startsWorkNow(Call, Tasks)) {
        Result.Fate = TaskFate::Spawned;
        Result.Spawn = Call;
        return Result;
      }
    } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
      if (!Step.cameFrom(Member->getCallee()) &&
          hasIdentifierIn(Member->getMethodDecl(), known::ContainerFillNames)) {
        Result.Fate = TaskFate::Stored;
        return Result;
      }
    }
    // A call that makes a task of it passes it on; any other keeps its
    // business to itself.
    if (!Tasks.isTaskType(Call->getType()))
      return Result;
  }
  return Result;
}

static bool
usesEndBeforeFirstSuspension(const FunctionDecl *Coroutine,
                             llvm::function_ref<bool(const Expr *)> IsUse,
                             TaskTypeClassifier &Tasks, NamedDeclSet &ViewTypes,
                             const SourceManager &SM, unsigned Depth);

namespace {
/// Finds a use of the picked values that may come after the coroutine
/// first suspends, or that lets the value outlive the use.
class LateUseFinder : public RecursiveASTVisitor<LateUseFinder> {
  using Base = RecursiveASTVisitor<LateUseFinder>;

public:
  LateUseFinder(const FunctionDecl *Coroutine,
                llvm::function_ref<bool(const Expr *)> IsUse,
                TaskTypeClassifier &Tasks, NamedDeclSet &ViewTypes,
                const SourceManager &SM, unsigned Depth)
      : IsUse(IsUse), Tasks(Tasks), ViewTypes(ViewTypes), SM(SM), Depth(Depth) {
    for (const Expr *Point : suspensionPointsOf(Coroutine))
      if (!First || SM.isBeforeInTranslationUnit(Point->getBeginLoc(),
                                                 First->getBeginLoc()))
        First = Point;
  }

  bool Late = false;

  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    ++InLambda;
    bool Continue = Base::TraverseLambdaExpr(Lambda);
    --InLambda;
    return Continue;
  }
  bool TraverseForStmt(ForStmt *S) {
    return traverseLoop(S, [&] { return Base::TraverseForStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return traverseLoop(S, [&] { return Base::TraverseCXXForRangeStmt(S); });
  }
  bool TraverseWhileStmt(WhileStmt *S) {
    return traverseLoop(S, [&] { return Base::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return traverseLoop(S, [&] { return Base::TraverseDoStmt(S); });
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) { return check(E); }
  bool VisitCXXThisExpr(CXXThisExpr *E) { return check(E); }

  // `const auto &alias = param;`, `auto *p = &param;`: the alias may be
  // used after the first suspension.
  bool VisitVarDecl(VarDecl *Var) {
    if (!Var->getInit() || !isBorrowingType(Var->getType(), ViewTypes))
      return true;
    const Expr *Object = objectReferredToBy(Var->getInit());
    return Object && IsUse(Object) ? late() : true;
  }
  // Handing the value to another coroutine's reference parameter: that
  // coroutine must be done with it before it suspends, too.
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Tasks.isTaskType(Call->getType()))
      return true;
    unsigned Offset =
        isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
    for (unsigned I = 0;
         I + Offset < Call->getNumArgs() && I < Callee->getNumParams(); ++I) {
      if (!picks(Call->getArg(I + Offset)) ||
          !isBorrowingType(Callee->getParamDecl(I)->getType(), ViewTypes))
        continue;
      const FunctionDecl *Inner = coroutineDefinitionOf(Callee);
      // Not known to be a coroutine, or a plain function: it may copy.
      if (!Inner && Callee->getDefinition())
        continue;
      const ParmVarDecl *Param =
          Inner && I < Inner->getNumParams() ? Inner->getParamDecl(I) : nullptr;
      if (!Param || Depth >= 2 ||
          !usesEndBeforeFirstSuspension(
              Inner,
              [&](const Expr *E) {
                const auto *Ref = dyn_cast<DeclRefExpr>(E);
                return Ref && Ref->getDecl() == Param;
              },
              Tasks, ViewTypes, SM, Depth + 1))
        return late();
    }
    return true;
  }

private:
  bool picks(const Expr *E) {
    const Expr *Written = withoutStdMove(E);
    return Written && IsUse(Written);
  }
  bool late() {
    Late = true;
    return false;
  }
  bool check(const Expr *E) {
    if (!IsUse(E))
      return true;
    if (InLambda || InSuspendingLoop || !comesBeforeFirstSuspension(E))
      return late();
    return true;
  }
  bool comesBeforeFirstSuspension(const Expr *E) {
    if (!First)
      return true;
    if (SM.isBeforeInTranslationUnit(E->getEndLoc(), First->getBeginLoc()))
      return true;
    // The awaited operand is evaluated before the coroutine suspends.
    const Expr *Operand = nullptr;
    if (const auto *Await = dyn_cast<CoroutineSuspendExpr>(First))
      Operand = Await->getOperand();
    else if (const auto *Dependent = dyn_cast<DependentCoawaitExpr>(First))
      Operand = Dependent->getOperand();
    return Operand &&
           !SM.isBeforeInTranslationUnit(E->getBeginLoc(),
                                         Operand->getBeginLoc()) &&
           !SM.isBeforeInTranslationUnit(Operand->getEndLoc(), E->getEndLoc());
  }
  template <typename Traverse> bool traverseLoop(Stmt *Loop, Traverse Walk) {
    bool Suspends = containsSuspensionPoint(Loop);
    InSuspendingLoop += Suspends;
    bool Continue = Walk();
    InSuspendingLoop -= Suspends;
    return Continue;
  }

  llvm::function_ref<bool(const Expr *)> IsUse;
  TaskTypeClassifier &Tasks;
  NamedDeclSet &ViewTypes;
  const SourceManager &SM;
  unsigned Depth;
  const Expr *First = nullptr;
  unsigned InLambda = 0;
  unsigned InSuspendingLoop = 0;
};
} // namespace

static bool
usesEndBeforeFirstSuspension(const FunctionDecl *Coroutine,
                             llvm::function_ref<bool(const Expr *)> IsUse,
                             TaskTypeClassifier &Tasks, NamedDeclSet &ViewTypes,
                             const SourceManager &SM, unsigned Depth) {
  if (!startsEagerly(Coroutine))
    return false;
  LateUseFinder Finder(Coroutine, IsUse, Tasks, ViewTypes, SM, Depth);
  Finder.TraverseStmt(const_cast<Stmt *>(userBodyOf(Coroutine)));
  return !Finder.Late;
}

bool usesEndBeforeFirstSuspension(const FunctionDecl *Coroutine,
                                  llvm::function_ref<bool(const Expr *)> IsUse,
                                  TaskTypeClassifier &Tasks,
                                  NamedDeclSet &ViewTypes,
                                  const SourceManager &SM) {
  return usesEndBeforeFirstSuspension(Coroutine, IsUse, Tasks, ViewTypes, SM,
                                      0);
}

static Referent referentOfVariable(const VarDecl *Var,
                                   NamedDeclSet &ViewTypes) {
  Referent Result;
  if (!Var->hasLocalStorage()) {
    Result.Kind = ReferentKind::Static;
    return Result;
  }
  // A reference, pointer or view variable refers to something else.
  if (isBorrowingType(Var->getType(), ViewTypes))
    return Result;
  Result.Kind = ReferentKind::Local;
  Result.Var = Var;
  return Result;
}

Referent referentOf(const Expr *Argument, NamedDeclSet &ViewTypes) {
  const Expr *E = objectReferredToBy(Argument);
  Referent Result;
  if (const auto *Temporary = dyn_cast_or_null<MaterializeTemporaryExpr>(E)) {
    if (Temporary->getStorageDuration() == SD_FullExpression)
      Result.Kind = ReferentKind::Temporary;
    return Result;
  }
  if (isa_and_nonnull<StringLiteral>(E)) {
    Result.Kind = ReferentKind::Static;
    return Result;
  }
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      return referentOfVariable(Var, ViewTypes);
  return Result;
}

} // namespace clang::tidy::async
