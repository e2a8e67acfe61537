#include "analysis/Readiness.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "analysis/OwnStatements.h"
#include "analysis/Parents.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::async {

/// How many parameters deep readiness is followed to the callers.
static constexpr unsigned MaxParameterDepth = 3;

//===--- Futures ----------------------------------------------------------===//

/// The class a member call is made on.
static const CXXRecordDecl *objectClassOf(const CXXMemberCallExpr *Call) {
  const Expr *Object = Call->getImplicitObjectArgument();
  if (!Object)
    return nullptr;
  QualType T = Object->IgnoreParenImpCasts()->getType();
  if (T->isPointerType())
    T = T->getPointeeType();
  return T->getAsCXXRecordDecl();
}

/// The variable \p E names: a local, a parameter, a structured binding, or
/// a member of `*this`.
static const ValueDecl *variableOf(const Expr *E) {
  E = withoutStdMove(E);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E))
    return isa<VarDecl, BindingDecl>(Ref->getDecl()) ? Ref->getDecl() : nullptr;
  if (const auto *Member = dyn_cast_or_null<MemberExpr>(E))
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(Member->getMemberDecl());
  return nullptr;
}

/// A duration that is a constant zero (`0s`, `milliseconds(0)`,
/// `seconds::zero()`): a timed wait given it only asks.
static bool isZeroDuration(const Expr *E, const ASTContext &Ctx) {
  if (!E || E->isValueDependent() || E->isTypeDependent())
    return false;
  Expr::EvalResult Result;
  if (!E->EvaluateAsRValue(Result, Ctx))
    return false;
  const APValue &Value = Result.Val;
  // std::chrono::duration holds one arithmetic member, its count.
  if (!Value.isStruct() || Value.getStructNumFields() != 1)
    return false;
  const APValue &Count = Value.getStructField(0);
  return (Count.isInt() && Count.getInt().isZero()) ||
         (Count.isFloat() && Count.getFloat().isZero());
}

/// `Holder.index` (the member that says which element of a when_any
/// result finished).
static bool namesWhenAnyIndex(const Expr *E, const ValueDecl *Holder) {
  const auto *Member = dyn_cast_or_null<MemberExpr>(withoutStdMove(E));
  if (!Member || !Holder)
    return false;
  const auto *Id = Member->getMemberDecl()->getIdentifier();
  return Id && Id->getName() == known::WhenAnyIndexMember &&
         variableOf(Member->getBase()) == Holder;
}

/// The constant of `case K:` above \p S, when the switch it belongs to
/// switches on `Holder.index`.
static std::optional<llvm::APSInt>
caseOfWhenAnySwitch(const Expr *S, const ValueDecl *Holder, ASTContext &Ctx) {
  std::optional<llvm::APSInt> Case;
  for (const Ancestor &Step : ancestorsOf(*S, Ctx)) {
    if (Step.get<FunctionDecl>() || Step.get<LambdaExpr>())
      return std::nullopt;
    if (const auto *CaseLabel = Step.get<CaseStmt>()) {
      const Expr *Value = CaseLabel->getLHS();
      Expr::EvalResult Constant;
      if (!Case && Step.cameFrom(CaseLabel->getSubStmt()) && Value &&
          !Value->isValueDependent() && Value->EvaluateAsInt(Constant, Ctx))
        Case = Constant.Val.getInt();
      continue;
    }
    if (const auto *Switch = Step.get<SwitchStmt>())
      return namesWhenAnyIndex(Switch->getCond(), Holder) ? Case : std::nullopt;
  }
  return std::nullopt;
}

/// `std::get<K>(tuple)`: K, and the tuple.
static const Expr *stdGetOf(const Expr *E, std::optional<llvm::APSInt> &K) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee || Call->getNumArgs() != 1 || !Callee->isInStdNamespace() ||
      !hasIdentifierIn(Callee, known::TupleElementNames))
    return nullptr;
  if (const TemplateArgumentList *Args =
          Callee->getTemplateSpecializationArgs())
    if (Args->size() > 0 &&
        Args->get(0).getKind() == TemplateArgument::Integral)
      K = Args->get(0).getAsIntegral();
  return Call->getArg(0);
}

Readiness::Value Readiness::elementOf(const Value &Sequence, const Expr *Access,
                                      ASTContext &Ctx) {
  if (Sequence.S == State::Ready)
    return {State::Ready};
  if (Sequence.S != State::WhenAnyElements)
    return {};
  // Of a when_any result, only the element its index names is ready.
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(Access))
    return namesWhenAnyIndex(Subscript->getIdx(), Sequence.Holder)
               ? Value{State::Ready}
               : Value{};
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Access))
    return Op->getNumArgs() == 2 &&
                   namesWhenAnyIndex(Op->getArg(1), Sequence.Holder)
               ? Value{State::Ready}
               : Value{};
  std::optional<llvm::APSInt> K;
  if (stdGetOf(Access, K) && K &&
      !Ctx.getSourceManager().isInSystemHeader(Access->getBeginLoc()))
    if (std::optional<llvm::APSInt> Case =
            caseOfWhenAnySwitch(Access, Sequence.Holder, Ctx))
      if (llvm::APSInt::isSameValue(*Case, *K))
        return {State::Ready};
  return {};
}

Readiness::Value Readiness::valueOf(const Expr *E, unsigned Depth,
                                    ASTContext &Ctx) {
  E = withoutStdMove(E);
  if (!E)
    return {};
  if (const auto *Await = dyn_cast<CoawaitExpr>(E)) {
    const FunctionDecl *Awaited = calleeOf(asWritten(Await->getOperand()));
    return {Awaited && hasIdentifierIn(Awaited, known::WhenAnyFunctions)
                ? State::WhenAnyResult
                : State::Ready};
  }
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return variableValue(Ref->getDecl(), Depth, Ctx);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    return Construct->getNumArgs() == 1 &&
                   Construct->getConstructor()->isCopyOrMoveConstructor()
               ? valueOf(Construct->getArg(0), Depth, Ctx)
               : Value{};
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
      return {};
    Value Base = valueOf(Member->getBase(), Depth, Ctx);
    if (Base.S == State::WhenAnyResult)
      return {State::WhenAnyElements, Base.Holder};
    return {Base.S == State::Ready ? State::Ready : State::Pending};
  }
  if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E))
    return elementOf(valueOf(Subscript->getBase(), Depth, Ctx), E, Ctx);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2
               ? elementOf(valueOf(Op->getArg(0), Depth, Ctx), E, Ctx)
               : Value{};
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (Callee && hasIdentifierIn(Callee, known::ElementAccessNames))
      return elementOf(valueOf(Call->getImplicitObjectArgument(), Depth, Ctx),
                       E, Ctx);
    return {};
  }
  std::optional<llvm::APSInt> K;
  if (const Expr *Tuple = stdGetOf(E, K))
    return elementOf(valueOf(Tuple, Depth, Ctx), E, Ctx);
  return {};
}

Readiness::Value Readiness::variableValue(const ValueDecl *Var, unsigned Depth,
                                          ASTContext &Ctx) {
  // A variable read in its own initialiser (`auto r = std::move(r);`)
  // holds nothing known.
  if (!Evaluating.insert(Var).second)
    return {};
  Value Result = evaluateVariable(Var, Depth, Ctx);
  Evaluating.erase(Var);
  return Result;
}

Readiness::Value Readiness::evaluateVariable(const ValueDecl *Var,
                                             unsigned Depth, ASTContext &Ctx) {
  if (const auto *Binding = dyn_cast<BindingDecl>(Var)) {
    const auto *Holder =
        dyn_cast_or_null<VarDecl>(Binding->getDecomposedDecl());
    if (!Holder)
      return {};
    Value Whole = variableValue(Holder, Depth, Ctx);
    return {Whole.S == State::Ready ? State::Ready : State::Pending};
  }
  const auto *Local = dyn_cast<VarDecl>(Var);
  const auto *Owner =
      Local ? dyn_cast<FunctionDecl>(Local->getDeclContext()) : nullptr;
  if (!Owner || factsOf(Owner).Assigned.contains(Local))
    return {};
  if (const auto *Param = dyn_cast<ParmVarDecl>(Local))
    return {isReadyParameter(Param, Depth, Ctx) ? State::Ready
                                                : State::Pending};
  if (!Local->isLocalVarDecl())
    return {};
  const FunctionFacts &Facts = factsOf(Owner);
  if (auto Range = Facts.RangeOf.find(Local); Range != Facts.RangeOf.end()) {
    Value Sequence = valueOf(Range->second, Depth, Ctx);
    return {Sequence.S == State::Ready ? State::Ready : State::Pending};
  }
  Value Init = valueOf(Local->getInit(), Depth, Ctx);
  if (Init.S == State::WhenAnyResult)
    Init.Holder = Local;
  return Init;
}

bool Readiness::isReadyParameter(const ParmVarDecl *Param, unsigned Depth,
                                 ASTContext &Ctx) {
  if (Depth == 0)
    return false;
  auto [It, Inserted] = ReadyParameters.try_emplace({Param, Depth}, false);
  if (!Inserted)
    return It->second;
  const auto *Function = dyn_cast<FunctionDecl>(Param->getDeclContext());
  std::optional<llvm::ArrayRef<const CallExpr *>> Sites =
      Function ? Callers.of(Function, Ctx) : std::nullopt;
  if (!Sites || Sites->empty())
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const CallExpr *Site : *Sites) {
    // What a library passes is the library's business; assume the worst.
    if (SM.isInSystemHeader(Site->getBeginLoc()))
      return false;
    const Expr *Arg = argumentFor(Site, Param->getFunctionScopeIndex());
    if (!Arg || valueOf(Arg, Depth - 1, Ctx).S != State::Ready)
      return false;
  }
  // Looked up again: the recursion may have grown the map.
  ReadyParameters[{Param, Depth}] = true;
  return true;
}

const Readiness::FunctionFacts &
Readiness::factsOf(const FunctionDecl *Function) {
  std::unique_ptr<FunctionFacts> &Slot = Facts[Function];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<FunctionFacts>();
  FunctionFacts &Result = *Slot;
  const SourceManager *SM = nullptr;
  forEachOwnStatement(Function->getBody(), [&](const Stmt *S) {
    if (std::optional<Assignment> Assign = assignmentOf(S)) {
      if (const ValueDecl *Target = variableOf(Assign->Target))
        Result.Assigned.insert(Target);
      return true;
    }
    if (const auto *Loop = dyn_cast<CXXForRangeStmt>(S)) {
      if (Loop->getLoopVariable() && Loop->getRangeInit())
        Result.RangeOf[Loop->getLoopVariable()] = Loop->getRangeInit();
      return true;
    }
    const auto *Call = dyn_cast<CXXMemberCallExpr>(S);
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee || !(hasIdentifierIn(Callee, known::ReadinessQueries) ||
                     hasIdentifierIn(Callee, known::SettlingWaitNames)))
      return true;
    const ValueDecl *Tested = variableOf(Call->getImplicitObjectArgument());
    if (!Tested)
      return true;
    SourceLocation Loc = Call->getExprLoc();
    auto [It, Inserted] = Result.FirstTest.try_emplace(Tested, Loc);
    if (!Inserted) {
      if (!SM)
        SM = &Function->getASTContext().getSourceManager();
      if (SM->isBeforeInTranslationUnit(Loc, It->second))
        It->second = Loc;
    }
    return true;
  });
  return Result;
}

bool Readiness::waitsOnReadyFuture(const CXXMemberCallExpr *Wait,
                                   const FunctionDecl *Within,
                                   ASTContext &Ctx) {
  const Expr *Object = Wait->getImplicitObjectArgument();
  if (!Object)
    return false;
  if (const ValueDecl *Var = variableOf(Object); Var && Within) {
    const FunctionFacts &Facts = factsOf(Within);
    auto Test = Facts.FirstTest.find(Var);
    if (Test != Facts.FirstTest.end() &&
        Ctx.getSourceManager().isBeforeInTranslationUnit(Test->second,
                                                         Wait->getExprLoc()))
      return true;
  }
  return valueOf(Object, MaxParameterDepth, Ctx).S == State::Ready;
}

//===--- Descriptors ------------------------------------------------------===//

/// The variable or member of `*this` a descriptor expression comes from:
/// `fd`, `sock.native_handle()`, `m_socket.native_handle()`, `fds[0]`.
static const ValueDecl *socketOf(const Expr *E) {
  while (E) {
    E = asWritten(E)->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
      return dyn_cast<VarDecl>(Ref->getDecl());
    if (const auto *Member = dyn_cast<MemberExpr>(E)) {
      if (isa<CXXThisExpr>(Member->getBase()->IgnoreParenImpCasts()))
        return dyn_cast<FieldDecl>(Member->getMemberDecl());
      E = Member->getBase();
    } else if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
      if (Call->getNumArgs() != 0)
        return nullptr;
      E = Call->getImplicitObjectArgument();
    } else if (const auto *Subscript = dyn_cast<ArraySubscriptExpr>(E)) {
      E = Subscript->getBase();
    } else if (const auto *Deref = dyn_cast<UnaryOperator>(E);
               Deref && Deref->getOpcode() == UO_Deref) {
      E = Deref->getSubExpr();
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

/// True when \p Call passes a wait type that is not readiness (Asio's
/// `wait_error`).
static bool waitsForSomethingElse(const CallExpr *Call) {
  for (const Expr *Arg : Call->arguments())
    if (const auto *Ref = dyn_cast<DeclRefExpr>(asWritten(Arg)))
      if (hasIdentifierIn(Ref->getDecl(), known::NonReadinessWaitTypes))
        return true;
  return false;
}

bool Readiness::isPolledIn(const ValueDecl *Socket, const Stmt *Body) {
  return findOwnStatement(Body, [&](const Stmt *S) {
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call || !Awaitables.match(Call) || waitsForSomethingElse(Call))
      return false;
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (socketOf(Member->getImplicitObjectArgument()) == Socket)
        return true;
    return llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
      return socketOf(Arg) == Socket;
    });
  });
}

bool Readiness::isPolledByItsClass(const FieldDecl *Socket) {
  auto [It, Inserted] = PolledFields.try_emplace(Socket, false);
  if (!Inserted)
    return It->second;
  const auto *Class = dyn_cast<CXXRecordDecl>(Socket->getParent());
  if (!Class)
    return false;
  for (const CXXMethodDecl *Method : Class->methods()) {
    const FunctionDecl *Definition = nullptr;
    if (Method->hasBody(Definition) && Definition &&
        isPolledIn(Socket, Definition->getBody())) {
      PolledFields[Socket] = true;
      return true;
    }
  }
  return false;
}

bool Readiness::usesPolledDescriptor(const CallExpr *Call,
                                     const FunctionDecl *Within) {
  if (Call->getNumArgs() == 0)
    return false;
  const ValueDecl *Socket = socketOf(Call->getArg(0));
  if (const auto *Field = dyn_cast_or_null<FieldDecl>(Socket))
    return isPolledByItsClass(Field);
  return Socket && Within && isPolledIn(Socket, Within->getBody());
}

//===--- Both -------------------------------------------------------------===//

bool Readiness::returnsAtOnce(const Expr *Call, const FunctionDecl *Within,
                              ASTContext &Ctx) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee)
    return false;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    if (!isListed(objectClassOf(Member), known::FutureTypes))
      return false;
    if (hasIdentifierIn(Callee, known::TimedWaitNames) &&
        Member->getNumArgs() == 1 && isZeroDuration(Member->getArg(0), Ctx))
      return true;
    return waitsOnReadyFuture(Member, Within, Ctx);
  }
  const auto *Plain = dyn_cast<CallExpr>(Call);
  if (Plain && Callee->isExternC() &&
      isListed(Callee, known::DescriptorFunctions))
    return usesPolledDescriptor(Plain, Within);
  return false;
}

void Readiness::clear() {
  Awaitables.clear();
  Callers.clear();
  Facts.clear();
  ReadyParameters.clear();
  PolledFields.clear();
  Evaluating.clear();
}

} // namespace clang::tidy::async
