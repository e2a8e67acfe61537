#include "analysis/Cancellation.h"
#include "analysis/Expressions.h"
#include "analysis/NameLists.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/STLExtras.h"

namespace clang::tidy::async {

static constexpr llvm::StringLiteral CancelledErrorCodes[] = {
    "operation_aborted", "operation_canceled"};
static constexpr llvm::StringLiteral CancellationQueries[] = {
    "isCancellationRequested", "is_cancellation_requested",
    "throw_if_cancellation_requested", "stop_requested"};
static constexpr llvm::StringLiteral CancellationStateQueries[] = {
    "boost::asio::cancellation_state::cancelled",
    "asio::cancellation_state::cancelled"};
static constexpr llvm::StringLiteral CancellationPoints[] = {
    "folly::coro::co_safe_point"};
static constexpr llvm::StringLiteral ErrorCodeTokens[] = {
    "boost::asio::redirect_error_t", "asio::redirect_error_t",
    "boost::asio::as_tuple_t", "asio::as_tuple_t"};
static constexpr llvm::StringLiteral RedirectErrorTokens[] = {
    "boost::asio::redirect_error_t", "asio::redirect_error_t"};

static bool isOneOf(llvm::StringRef Name,
                    llvm::ArrayRef<llvm::StringLiteral> Names) {
  return llvm::is_contained(Names, Name);
}

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
    if (isa<EnumConstantDecl>(D) && isOneOf(D->getName(), CancelledErrorCodes))
      return found(Ref);
    if (isa<VarDecl>(D) && isOneOf(listedNameOf(D), CancellationPoints))
      return found(Ref);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Callee || !Callee->getIdentifier())
      return true;
    if (isOneOf(Callee->getName(), CancellationQueries) ||
        isOneOf(listedNameOf(Callee), CancellationStateQueries))
      return found(Call);
    return true;
  }
  // A member call in a template is unresolved until instantiation; its name
  // already says what it asks.
  bool VisitCXXDependentScopeMemberExpr(CXXDependentScopeMemberExpr *Member) {
    DeclarationName Name = Member->getMember();
    if (Name.isIdentifier() && isOneOf(Name.getAsIdentifierInfo()->getName(),
                                       CancellationQueries))
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
    : public RecursiveASTVisitor<CancellableAwaitFinder> {
public:
  bool TraverseLambdaExpr(LambdaExpr *Lambda) {
    for (Expr *Init : Lambda->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    return true;
  }
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
  if (S)
    Finder.TraverseStmt(const_cast<Stmt *>(S));
  return Finder.Found;
}

static llvm::StringRef tokenNameOf(const Expr *Arg, std::string &Storage) {
  const CXXRecordDecl *RD = Arg->getType()->getAsCXXRecordDecl();
  if (!RD)
    return "";
  Storage = listedNameOf(RD);
  return Storage;
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
    std::string Storage;
    llvm::StringRef Token = tokenNameOf(Arg, Storage);
    if (!isOneOf(Token, ErrorCodeTokens))
      continue;
    ErrorCodeOperation Operation;
    Operation.Call = Call;
    if (isOneOf(Token, RedirectErrorTokens))
      Operation.ErrorCode = redirectTargetOf(Arg);
    return Operation;
  }
  return std::nullopt;
}

} // namespace clang::tidy::async
