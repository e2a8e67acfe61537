#include "analysis/ExceptionEscape.h"
#include "analysis/Coroutines.h"
#include "analysis/NameLists.h"
#include "analysis/OwnStatements.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

namespace clang::tidy::async {

static bool catchesStdException(const CXXCatchStmt *Handler) {
  const VarDecl *Caught = Handler->getExceptionDecl();
  if (!Caught)
    return true; // catch (...)
  const CXXRecordDecl *RD =
      Caught->getType().getNonReferenceType()->getAsCXXRecordDecl();
  return RD && listedNameOf(RD) == "std::exception";
}

static bool catchesEverything(const CXXTryStmt *Try) {
  for (unsigned I = 0, E = Try->getNumHandlers(); I != E; ++I)
    if (catchesStdException(Try->getHandler(I)))
      return true;
  return false;
}

static bool isNothrowCallee(const FunctionDecl *Callee) {
  if (!Callee)
    return false;
  if (Callee->getBuiltinID() != 0)
    return true;
  const auto *Proto = Callee->getType()->getAs<FunctionProtoType>();
  return Proto && Proto->isNothrow();
}

/// A tuple whose first element is an error, or an error itself: the shape of
/// what an Asio operation awaited with `as_tuple` or `as_single` resumes
/// with.
static bool deliversErrorAsValue(QualType Resumed) {
  const CXXRecordDecl *RD = Resumed.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->getName() == "error_code")
    return true;
  const auto *Tuple = dyn_cast<ClassTemplateSpecializationDecl>(RD);
  if (!Tuple || Tuple->getName() != "tuple" ||
      topLevelNamespaceOf(Tuple) != "std")
    return false;
  const TemplateArgumentList &Args = Tuple->getTemplateArgs();
  if (Args.size() != 1 || Args[0].getKind() != TemplateArgument::Pack ||
      Args[0].pack_size() == 0)
    return false;
  const TemplateArgument &First = Args[0].pack_elements()[0];
  return First.getKind() == TemplateArgument::Type &&
         deliversErrorAsValue(First.getAsType());
}

/// Asio's `this_coro` queries (`co_await this_coro::executor`) only read the
/// coroutine's own state.
static bool isCoroutineStateQuery(const Expr *Operand) {
  const CXXRecordDecl *RD =
      Operand->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  const auto *NS = dyn_cast<NamespaceDecl>(RD->getDeclContext());
  return NS && NS->getName() == "this_coro" &&
         (topLevelNamespaceOf(RD) == "boost" ||
          topLevelNamespaceOf(RD) == "asio");
}

/// A suspension point that cannot throw: a coroutine-state query, or an
/// operation whose failure is handed back as a value; its initiating call
/// only packages the operation.
static bool isNonThrowingAwait(const CoawaitExpr *E) {
  return isCoroutineStateQuery(E->getOperand()) ||
         deliversErrorAsValue(E->getType());
}

namespace {
/// Walks a body keeping count of the enclosing `try` blocks that catch
/// everything, and stops at the first potential throw outside all of them.
class EscapeFinder : public OwnStatementsVisitor<EscapeFinder> {
public:
  const Stmt *Found = nullptr;

  bool TraverseCXXTryStmt(CXXTryStmt *Try) {
    bool Protects = catchesEverything(Try);
    Protected += Protects;
    bool Continue = TraverseStmt(Try->getTryBlock());
    Protected -= Protects;
    if (!Continue)
      return false;
    ++InHandler;
    for (unsigned I = 0, E = Try->getNumHandlers(); I != E && Continue; ++I)
      Continue = TraverseStmt(Try->getHandler(I)->getHandlerBlock());
    --InHandler;
    return Continue;
  }

  // The promise's return_value/return_void call is the library's business.
  bool TraverseCoreturnStmt(CoreturnStmt *Return) {
    return !Return->getOperand() || TraverseStmt(Return->getOperand());
  }

  // A suspension point throws what the awaited operation failed with; what
  // is inside it is at the same place with respect to every `try`.
  bool TraverseCoawaitExpr(CoawaitExpr *E) {
    if (E->isImplicit() || isNonThrowingAwait(E))
      return true;
    return mayThrow(E);
  }
  bool TraverseDependentCoawaitExpr(DependentCoawaitExpr *E) {
    return mayThrow(E);
  }
  bool TraverseCoyieldExpr(CoyieldExpr *E) { return mayThrow(E); }

  bool VisitCXXThrowExpr(CXXThrowExpr *E) { return record(E); }
  bool VisitCallExpr(CallExpr *E) {
    if (InHandler || isNothrowCallee(E->getDirectCallee()))
      return true;
    return mayThrow(E);
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (InHandler || Ctor->isTrivial() || isNothrowCallee(Ctor))
      return true;
    return mayThrow(E);
  }
  bool VisitCXXNewExpr(CXXNewExpr *E) { return InHandler ? true : mayThrow(E); }

private:
  bool mayThrow(const Stmt *S) {
    if (InHandler)
      return true;
    return record(S);
  }
  bool record(const Stmt *S) {
    if (Protected)
      return true;
    Found = S;
    return false;
  }

  unsigned Protected = 0;
  unsigned InHandler = 0;
};
} // namespace

const Stmt *firstEscapingThrowOf(const FunctionDecl *FD) {
  EscapeFinder Finder;
  Finder.walk(userBodyOf(FD));
  return Finder.Found;
}

} // namespace clang::tidy::async
