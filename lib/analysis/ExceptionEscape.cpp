#include "analysis/ExceptionEscape.h"
#include "analysis/AsyncCalls.h"
#include "analysis/Cancellation.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/NameLists.h"
#include "analysis/OwnStatements.h"
#include "analysis/TaskTypes.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

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

/// The type argument of \p Spec at \p Index, looking into a pack at the
/// end (`std::tuple<T...>`).
static QualType typeArgumentOf(const ClassTemplateSpecializationDecl *Spec,
                               unsigned Index) {
  const TemplateArgumentList &Args = Spec->getTemplateArgs();
  for (unsigned I = 0, Seen = 0; I != Args.size(); ++I) {
    if (Args[I].getKind() == TemplateArgument::Pack) {
      if (Index - Seen < Args[I].pack_size()) {
        const TemplateArgument &In = Args[I].pack_elements()[Index - Seen];
        return In.getKind() == TemplateArgument::Type ? In.getAsType()
                                                      : QualType();
      }
      return QualType();
    }
    if (Seen++ == Index)
      return Args[I].getKind() == TemplateArgument::Type ? Args[I].getAsType()
                                                         : QualType();
  }
  return QualType();
}

/// What an operation that hands its failure back as a value resumes with:
/// an error code or a listed status (libcoro's `io_status`, `poll_status`,
/// ...), a `std::tuple` or `std::pair` that starts with one (Asio's
/// `as_tuple`, `as_single`; libcoro's `read_some`), or a `std::expected`
/// whose error is one (libcoro's `accept`).
static bool deliversErrorAsValue(QualType Resumed) {
  const TagDecl *Tag = Resumed.getNonReferenceType()->getAsTagDecl();
  if (!Tag || !Tag->getIdentifier())
    return false;
  if (Tag->getName() == "error_code" || isListed(Tag, known::StatusResultTypes))
    return true;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Tag);
  if (!Spec || topLevelNamespaceOf(Spec) != "std")
    return false;
  llvm::StringRef Name = Spec->getName();
  if (Name == "tuple" || Name == "pair") {
    QualType First = typeArgumentOf(Spec, 0);
    return !First.isNull() && deliversErrorAsValue(First);
  }
  if (Name == "expected") {
    QualType Error = typeArgumentOf(Spec, 1);
    return !Error.isNull() && deliversErrorAsValue(Error);
  }
  return false;
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

static bool isAsioName(llvm::StringRef QualifiedName) {
  return QualifiedName.starts_with("asio::") ||
         QualifiedName.starts_with("boost::asio::");
}

/// `a && b`, `a || b` of Asio's awaitable operators.
static const CXXOperatorCallExpr *awaitableOperatorCall(const Expr *E) {
  const auto *Call =
      dyn_cast_or_null<CXXOperatorCallExpr>(E ? asWritten(E) : nullptr);
  if (!Call || Call->getNumArgs() != 2 ||
      (Call->getOperator() != OO_AmpAmp && Call->getOperator() != OO_PipePipe))
    return nullptr;
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || !isAsioName(listedNameOf(Callee)) ||
      !llvm::StringRef(listedNameOf(Callee))
           .contains("::awaitable_operators::"))
    return nullptr;
  return Call;
}

/// An awaitable that resumes without throwing: an Asio operation given an
/// error-code token (written at the call, or the default of an
/// `as_default_on` object), or an awaitable operator over such operations:
/// `&&` throws what any operand throws, `||` only when every operand
/// failed.
static bool awaitableCannotThrow(const Expr *Awaitable) {
  if (errorCodeOperationOf(Awaitable))
    return true;
  const CXXOperatorCallExpr *Operator = awaitableOperatorCall(Awaitable);
  if (!Operator)
    return false;
  bool Left = awaitableCannotThrow(Operator->getArg(0));
  bool Right = awaitableCannotThrow(Operator->getArg(1));
  return Operator->getOperator() == OO_AmpAmp ? Left && Right : Left || Right;
}

/// A suspension point that cannot throw: a coroutine-state query, or an
/// operation whose failure is handed back as a value; its initiating call
/// only packages the operation.
static bool isNonThrowingAwait(const CoawaitExpr *E) {
  return isCoroutineStateQuery(E->getOperand()) ||
         deliversErrorAsValue(E->getType()) ||
         awaitableCannotThrow(E->getOperand());
}

/// `co_await event`: the awaiter's await_ready, await_suspend and
/// await_resume (and the operator co_await or await_transform that makes it)
/// are all noexcept; only the operand itself remains to be looked at.
static bool hasNothrowAwaiter(const CoawaitExpr *E) {
  for (const Expr *Part : {E->getCommonExpr(), E->getReadyExpr(),
                           E->getSuspendExpr(), E->getResumeExpr()}) {
    if (!Part)
      return false;
    if (findOwnStatement(Part, [](const Stmt *S) {
          if (const auto *Call = dyn_cast<CallExpr>(S))
            return !isNothrowCallee(Call->getDirectCallee());
          if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
            return !Construct->getConstructor()->isTrivial() &&
                   !isNothrowCallee(Construct->getConstructor());
          return false;
        }))
      return false;
  }
  return true;
}

/// A member of \p Class, a constructor included.
static const CXXRecordDecl *classOf(const FunctionDecl *FD) {
  const auto *Method = dyn_cast<CXXMethodDecl>(FD);
  return Method ? Method->getParent() : nullptr;
}

static bool isIntegral(const ParmVarDecl *Param) {
  return Param->getType()->isIntegerType();
}

/// A `std::basic_string` member given a position it checks.
static bool takesStringPosition(const FunctionDecl *FD) {
  unsigned N = FD->getNumParams();
  llvm::StringRef Name =
      FD->getIdentifier() ? FD->getName() : llvm::StringRef();
  if (Name == "insert" || Name == "erase")
    return N > 0 && isIntegral(FD->getParamDecl(0));
  if (Name == "append" || Name == "assign" || isa<CXXConstructorDecl>(FD))
    return N > 1 && FD->getParamDecl(0)->getType()->isReferenceType() &&
           isIntegral(FD->getParamDecl(1));
  return false;
}

/// Standard strings, containers and smart pointers throw only on
/// allocation failure, except their checked accesses.
static bool onlyAllocates(const FunctionDecl *FD) {
  if (isListed(FD, known::AllocationOnlyFunctions))
    return true;
  const CXXRecordDecl *Class = classOf(FD);
  if (!Class || !isListed(Class, known::AllocationOnlyClasses))
    return false;
  if (hasIdentifierIn(FD, known::CheckedAccessNames))
    return false;
  return Class->getName() != "basic_string" || !takesStringPosition(FD);
}

/// `out << value`, `out << std::endl`: a stream reports failure in its
/// state.
static bool writesToStream(const FunctionDecl *FD) {
  if (const CXXRecordDecl *Class = classOf(FD))
    if (isListed(Class, known::OutputStreamClasses))
      return true;
  if (FD->getOverloadedOperator() != OO_LessLess || FD->getNumParams() != 2)
    return false;
  QualType Stream = FD->getParamDecl(0)->getType().getNonReferenceType();
  return isListed(Stream->getAsCXXRecordDecl(), known::OutputStreamClasses);
}

/// `steady_timer timer(ex)`, `tcp::socket socket(ex)`: an Asio I/O object
/// made from an executor or execution context alone only registers with
/// its service.
static bool isAsioObjectFromExecutor(const CXXConstructExpr *Construct) {
  if (Construct->getNumArgs() != 1 ||
      !isAsioName(listedNameOf(Construct->getConstructor()->getParent())))
    return false;
  const CXXRecordDecl *Arg = Construct->getArg(0)
                                 ->getType()
                                 .getNonReferenceType()
                                 ->getAsCXXRecordDecl();
  if (!Arg || !Arg->getIdentifier())
    return false;
  llvm::StringRef Name = Arg->getName();
  return Name.contains("executor") || Name.ends_with("context") ||
         Name.contains("strand") || Name == "thread_pool";
}

static bool isAsioTimerMember(const FunctionDecl *FD) {
  const CXXRecordDecl *Class = classOf(FD);
  return Class && isListed(Class, known::AsioTimerClasses) &&
         hasIdentifierIn(FD, known::AsioTimerMemberNames);
}

/// `std::chrono` durations, time points and their literals (`100ms`):
/// arithmetic on them does not throw.
static bool isChronoArithmetic(const FunctionDecl *FD) {
  if (topLevelNamespaceOf(FD) != "std")
    return false;
  for (const DeclContext *DC = FD->getDeclContext(); DC; DC = DC->getParent())
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC))
      if (NS->getIdentifier() &&
          llvm::is_contained(known::ChronoNamespaces, NS->getName()))
        return true;
  return false;
}

static bool onlyReturnsNonThrowing(const FunctionDecl *FD, unsigned Depth);

/// Nothing in \p E can throw: builtin operators, `noexcept` calls, trivial
/// constructions, and (while \p Depth lasts) calls of functions that only
/// return such an expression.
static bool expressionCannotThrow(const Expr *E, unsigned Depth) {
  return !findOwnStatement(E, [Depth](const Stmt *S) {
    if (isa<CXXThrowExpr, CXXDynamicCastExpr, CXXTypeidExpr>(S))
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      const FunctionDecl *Callee = Call->getDirectCallee();
      return !isNothrowCallee(Callee) &&
             !(Depth > 0 && Callee &&
               onlyReturnsNonThrowing(Callee, Depth - 1));
    }
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
      return !Construct->getConstructor()->isTrivial() &&
             !isNothrowCallee(Construct->getConstructor());
    return false;
  });
}

/// A function, not virtual, whose visible definition is a single `return`
/// of an expression that cannot throw: `bool is_ok() const { return type ==
/// kind::ok; }` of libcoro's `io_status`, and `explicit operator bool()
/// const { return is_ok(); }` over it. Such a call cannot throw, whether or
/// not it is declared `noexcept`.
static bool onlyReturnsNonThrowing(const FunctionDecl *FD, unsigned Depth) {
  if (const auto *Method = dyn_cast<CXXMethodDecl>(FD);
      Method && Method->isVirtual())
    return false;
  const FunctionDecl *Definition = nullptr;
  if (!FD->hasBody(Definition))
    return false;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Definition->getBody());
  if (!Body || Body->size() != 1)
    return false;
  const auto *Return = dyn_cast<ReturnStmt>(Body->body_front());
  return Return && Return->getRetValue() &&
         expressionCannotThrow(Return->getRetValue(), Depth);
}

/// How many calls deep `onlyReturnsNonThrowing` looks: an accessor, and an
/// operator that calls one.
static constexpr unsigned TrivialCallDepth = 2;

/// Calls left out of the analysis because they do not throw in practice:
/// see ExceptionEscape.h.
static bool cannotThrowInPractice(const Expr *Call) {
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Call)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    return onlyAllocates(Ctor) || isChronoArithmetic(Ctor) ||
           isAsioObjectFromExecutor(Construct);
  }
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return false;
  if (onlyAllocates(Callee) || writesToStream(Callee) ||
      isChronoArithmetic(Callee) || isAsioTimerMember(Callee) ||
      isTokenSpawnFunction(Callee))
    return true;
  // Calling a coroutine makes its frame; what its body throws goes to its
  // promise.
  return isCoroutine(Callee->getDefinition());
}

/// The local Asio timer whose `async_wait` \p Await awaits, if any.
static const VarDecl *waitedLocalTimer(const CoawaitExpr *Await) {
  const auto *Wait = dyn_cast_or_null<CXXMemberCallExpr>(
      Await->getOperand() ? asWritten(Await->getOperand()) : nullptr);
  if (!Wait || !Wait->getMethodDecl() ||
      !Wait->getMethodDecl()->getIdentifier() ||
      Wait->getMethodDecl()->getName() != "async_wait" ||
      !isListed(Wait->getRecordDecl(), known::AsioTimerClasses))
    return nullptr;
  const auto *Ref = dyn_cast<DeclRefExpr>(
      Wait->getImplicitObjectArgument()->IgnoreParenImpCasts());
  const auto *Timer = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Timer && Timer->isLocalVarDecl() && !Timer->isStaticLocal() &&
                 !Timer->getType()->isReferenceType()
             ? Timer
             : nullptr;
}

/// True when \p Body uses \p Timer only through its own members: nothing
/// else holds it, so nothing else can cancel its waits.
static bool isOnlyUsedByItself(const VarDecl *Timer, const Stmt *Body) {
  llvm::DenseSet<const Expr *> MemberObjects;
  bool Escapes = findOwnStatement(Body, [&](const Stmt *S) {
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      MemberObjects.insert(Member->getBase()->IgnoreParenImpCasts());
      return false;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(S);
    return Ref && Ref->getDecl() == Timer && !MemberObjects.contains(Ref);
  });
  return !Escapes;
}

namespace {
/// Walks a body keeping count of the enclosing `try` blocks that catch
/// everything, and stops at the first potential throw outside all of them.
class EscapeFinder : public OwnStatementsVisitor<EscapeFinder> {
public:
  EscapeFinder(const Stmt *Body, bool CanBeCancelled)
      : Body(Body), CanBeCancelled(CanBeCancelled) {}

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
    if (E->isImplicit() || isNonThrowingAwait(E) || waitsOnOwnTimer(E))
      return true;
    if (hasNothrowAwaiter(E))
      return TraverseStmt(E->getOperand());
    return mayThrow(E);
  }
  bool TraverseDependentCoawaitExpr(DependentCoawaitExpr *E) {
    return mayThrow(E);
  }
  bool TraverseCoyieldExpr(CoyieldExpr *E) { return mayThrow(E); }

  bool VisitCXXThrowExpr(CXXThrowExpr *E) { return record(E); }
  bool VisitCallExpr(CallExpr *E) {
    const FunctionDecl *Callee = E->getDirectCallee();
    if (InHandler || isNothrowCallee(Callee) ||
        (Callee && onlyReturnsNonThrowing(Callee, TrivialCallDepth - 1)) ||
        cannotThrowInPractice(E))
      return true;
    return mayThrow(E);
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *E) {
    const CXXConstructorDecl *Ctor = E->getConstructor();
    if (InHandler || Ctor->isTrivial() || isNothrowCallee(Ctor) ||
        cannotThrowInPractice(E))
      return true;
    return mayThrow(E);
  }
  // A new-expression fails only when memory runs out: left out, like
  // std::bad_alloc everywhere.

private:
  /// An Asio timer wait fails only when the wait is cancelled: not when the
  /// coroutine cannot be cancelled and the timer is its own.
  bool waitsOnOwnTimer(const CoawaitExpr *E) {
    if (CanBeCancelled)
      return false;
    const VarDecl *Timer = waitedLocalTimer(E);
    if (!Timer)
      return false;
    auto [It, Inserted] = OwnTimers.try_emplace(Timer, false);
    if (Inserted)
      It->second = isOnlyUsedByItself(Timer, Body);
    return It->second;
  }
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

  const Stmt *Body;
  bool CanBeCancelled;
  llvm::DenseMap<const VarDecl *, bool> OwnTimers;
  unsigned Protected = 0;
  unsigned InHandler = 0;
};
} // namespace

const Stmt *firstEscapingThrowOf(const FunctionDecl *FD, bool CanBeCancelled) {
  const Stmt *Body = userBodyOf(FD);
  EscapeFinder Finder(Body, CanBeCancelled);
  Finder.walk(Body);
  return Finder.Found;
}

} // namespace clang::tidy::async
