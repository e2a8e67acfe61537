#include "analysis/Cancellation.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "analysis/OwnStatements.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

namespace {
class CancellationTestFinder
    : public RecursiveASTVisitor<CancellationTestFinder> {
public:
  explicit CancellationTestFinder(const Stmt *Skip) : Skip(Skip) {}

  bool TraverseStmt(Stmt *S) {
    return S == Skip || RecursiveASTVisitor::TraverseStmt(S);
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    const ValueDecl *D = Ref->getDecl();
    if (isa<EnumConstantDecl>(D) &&
        hasIdentifierIn(D, known::CancelledErrorCodes))
      return found(Ref);
    if (isa<VarDecl>(D) && isListed(D, known::CancellationPoints))
      return found(Ref);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (hasIdentifierIn(Callee, known::CancellationQueries) ||
        isListed(Callee, known::CancellationStateQueries))
      return found(Call);
    return true;
  }
  // A member call in a template is unresolved until instantiation; its name
  // already says what it asks.
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *Member) {
    DeclarationName Name = Member->getMember();
    if (Name.isIdentifier() &&
        llvm::is_contained(known::CancellationQueries,
                           Name.getAsIdentifierInfo()->getName()))
      return found(Member);
    return true;
  }

  const Stmt *Found = nullptr;

private:
  const Stmt *Skip;
  bool found(const Stmt *S) {
    Found = S;
    return false;
  }
};
} // namespace

const Stmt *findCancellationTest(const Stmt *S, const Stmt *Skip) {
  CancellationTestFinder Finder(Skip);
  if (S)
    Finder.TraverseStmt(const_cast<Stmt *>(S));
  return Finder.Found;
}

/// `co_await this_coro::executor` and its kind answer at once from the
/// coroutine's own frame.
static bool readsCoroutineContext(const Expr *Operand) {
  const CXXRecordDecl *RD =
      Operand ? Operand->getType()->getAsCXXRecordDecl() : nullptr;
  if (!RD || !RD->getIdentifier())
    return false;
  std::string Name = listedNameOf(RD);
  llvm::StringRef Scope = llvm::StringRef(Name).rsplit("::").first;
  return Scope == "boost::asio::this_coro" || Scope == "asio::this_coro" ||
         (Scope.starts_with("folly::coro") &&
          RD->getName().starts_with("co_current_"));
}

namespace {
class CancellableAwaitFinder
    : public OwnStatementsVisitor<CancellableAwaitFinder> {
public:
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (Await->isImplicit() || readsCoroutineContext(Await->getOperand()))
      return true;
    Found = Await;
    return false;
  }
  bool VisitDependentCoawaitExpr(DependentCoawaitExpr *Await) {
    Found = Await;
    return false;
  }

  const Expr *Found = nullptr;
};
} // namespace

const Expr *firstCancellableAwaitIn(const Stmt *S) {
  CancellableAwaitFinder Finder;
  Finder.walk(S);
  return Finder.Found;
}

/// The variable `redirect_error(token, ec)` writes to.
static const VarDecl *redirectTargetOf(const Expr *Token) {
  Token = asWritten(Token);
  const Expr *Target = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(Token)) {
    if (Call->getNumArgs() == 2)
      Target = Call->getArg(1);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Token)) {
    if (Construct->getNumArgs() == 2)
      Target = Construct->getArg(1);
  }
  if (!Target)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(asWritten(Target));
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

std::optional<ErrorCodeOperation>
errorCodeOperationOf(const CoawaitExpr *Await) {
  if (!Await->getOperand())
    return std::nullopt;
  const auto *Call = dyn_cast<CallExpr>(asWritten(Await->getOperand()));
  if (!Call)
    return std::nullopt;
  for (const Expr *Arg : Call->arguments()) {
    const CXXRecordDecl *Token = Arg->getType()->getAsCXXRecordDecl();
    if (!isListed(Token, known::ErrorCodeTokens))
      continue;
    ErrorCodeOperation Operation;
    Operation.Call = Call;
    if (isListed(Token, known::RedirectErrorTokens))
      Operation.ErrorCode = redirectTargetOf(Arg);
    return Operation;
  }
  return std::nullopt;
}

} // namespace clang::tidy::async
