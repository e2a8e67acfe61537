#include "analysis/Cancellation.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "analysis/OwnStatements.h"
#include "analysis/TaskTypes.h"
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

/// The awaiter's `await_resume()` as the coroutine calls it, when known.
static const FunctionDecl *awaitResumeOf(const CoawaitExpr *Await) {
  const Expr *Resume = Await->getResumeExpr();
  return Resume ? calleeOf(Resume->IgnoreImplicit()) : nullptr;
}

/// Whether resuming from \p Await can throw a cancellation: its
/// `await_resume()` may throw, and it is no awaiter of a library without
/// cancellation exceptions.
static bool mayResumeWithCancellation(const CoawaitExpr *Await) {
  const FunctionDecl *Resume = awaitResumeOf(Await);
  if (!Resume)
    return true;
  const auto *Proto = Resume->getType()->getAs<FunctionProtoType>();
  if (Proto && Proto->isNothrow())
    return false;
  const auto *Awaiter = dyn_cast<CXXRecordDecl>(Resume->getDeclContext());
  return !Awaiter || !llvm::is_contained(known::LibrariesWithoutCancellation,
                                         topLevelNamespaceOf(Awaiter));
}

bool cancelsWithoutException(const FunctionDecl *Coroutine) {
  return namesListedType(Coroutine->getReturnType(),
                         known::StoppedSignalTaskTypes);
}

namespace {
class CancellableAwaitFinder
    : public OwnStatementsVisitor<CancellableAwaitFinder> {
public:
  bool VisitCoawaitExpr(CoawaitExpr *Await) {
    if (Await->isImplicit() || readsCoroutineContext(Await->getOperand()) ||
        !mayResumeWithCancellation(Await))
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

/// The variable `redirect_error(token, ec)` (or the partial
/// `redirect_error(ec)`) writes to: its last argument.
static const VarDecl *redirectTargetOf(const Expr *Token) {
  Token = asWritten(Token);
  const Expr *Target = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(Token)) {
    if (Call->getNumArgs() > 0)
      Target = Call->getArg(Call->getNumArgs() - 1);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Token)) {
    if (Construct->getNumArgs() > 0)
      Target = Construct->getArg(Construct->getNumArgs() - 1);
  }
  if (!Target)
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(asWritten(Target));
  return Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
}

std::optional<ErrorCodeOperation>
errorCodeOperationOf(const CoawaitExpr *Await) {
  return errorCodeOperationOf(Await->getOperand());
}

std::optional<ErrorCodeOperation> errorCodeOperationOf(const Expr *Awaitable) {
  if (!Awaitable)
    return std::nullopt;
  const auto *Call = dyn_cast<CallExpr>(asWritten(Awaitable));
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

llvm::StringRef cancelledErrorNameFor(const ErrorCodeOperation &Operation) {
  const FunctionDecl *Callee = calleeOf(Operation.Call);
  bool Boost = Callee && topLevelNamespaceOf(Callee) == "boost";
  return Boost ? known::AsioCancelledError[0] : known::AsioCancelledError[1];
}

} // namespace clang::tidy::async
