#include "analysis/LockFlow.h"
#include "analysis/Coroutines.h"
#include "analysis/Expressions.h"
#include "analysis/OwnStatements.h"
#include "compat/Compat.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/FoldingSet.h"
#include <map>
#include <optional>

namespace clang::tidy::async {
namespace {

/// Something that holds a lock: a guard variable, or a mutex object that is
/// locked and unlocked directly.
struct LockHolder {
  const VarDecl *Guard = nullptr;
  QualType Mutex;
  /// A guard constructed over a mutex object: that object, as profiled.
  std::optional<llvm::FoldingSetNodeID> MutexObject;
  /// The acquisition sites of this holder, as bits of the flow state.
  llvm::BitVector Sites;
};

struct AcquisitionSite {
  unsigned Holder = 0;
  SourceLocation Loc;
  Acquisition How = Acquisition::Declaration;
  const CXXMemberCallExpr *LockCall = nullptr;
  const VarDecl *TakenOverFrom = nullptr;
};

struct LockEvent {
  enum Kind { Acquire, Release, TakeOver, Suspend } What = Acquire;
  /// Acquire, Release: the holder; TakeOver: the holder that takes over.
  unsigned Holder = 0;
  /// Acquire, TakeOver: the acquisition site.
  unsigned Site = 0;
  /// TakeOver: the holder moved from.
  unsigned From = 0;
  const Expr *Suspension = nullptr;
  /// Suspend: the guards the awaited call was handed, and the mutexes a
  /// listed call was handed (whatever guard holds them).
  llvm::SmallVector<unsigned, 2> HandedOver;
  llvm::SmallVector<llvm::FoldingSetNodeID, 1> HandedMutexes;
};

using FlowState = llvm::BitVector;

/// The state of the flow is the set of acquisition sites whose lock may
/// still be held; a release clears every site of its holder.
class LockFlow {
public:
  LockFlow(const FunctionDecl *Coroutine, const CFG &Graph, ASTContext &Ctx,
           LockVocabulary &Locks,
           llvm::function_ref<bool(const Expr *)> CountsAsSuspension,
           llvm::function_ref<bool(const FunctionDecl *)> ReleasesWhatItIsGiven)
      : Coroutine(Coroutine), Graph(Graph), Ctx(Ctx), Locks(Locks),
        CountsAsSuspension(CountsAsSuspension),
        ReleasesWhatItIsGiven(ReleasesWhatItIsGiven) {}

  std::vector<LockHeldAtSuspension> run();

private:
  void collectTakeOvers();
  void collectEvents();
  void addParameterLocks(std::vector<LockEvent> &Out);
  void classify(const CFGElement &Element, std::vector<LockEvent> &Out);
  void classifyStmt(const Stmt *S, std::vector<LockEvent> &Out);
  void classifyGuardDeclaration(const VarDecl *Guard,
                                std::vector<LockEvent> &Out);
  void classifyMemberCall(const CXXMemberCallExpr *Call,
                          std::vector<LockEvent> &Out);
  void classifyGuardAssignment(unsigned Guard, const CXXOperatorCallExpr *Op,
                               std::vector<LockEvent> &Out);
  void acquire(unsigned Holder, AcquisitionSite Site,
               std::vector<LockEvent> &Out);
  void collectHandedOver(const CoawaitExpr *Await, LockEvent &Suspend);
  bool isHandedOver(const LockEvent &Suspend, unsigned Holder) const;
  llvm::FoldingSetNodeID profileOf(const Expr *Object) const;
  void solve();
  void apply(const LockEvent &Event, FlowState &State) const;
  void report(const LockEvent &Suspend, const FlowState &State,
              std::vector<LockHeldAtSuspension> &Out) const;

  std::optional<unsigned> guardHolderOf(const Expr *E);
  std::optional<unsigned> guardHolderOf(const VarDecl *Var);
  unsigned mutexHolderOf(const CXXMemberCallExpr *Call);

  const FunctionDecl *Coroutine;
  const CFG &Graph;
  ASTContext &Ctx;
  LockVocabulary &Locks;
  llvm::function_ref<bool(const Expr *)> CountsAsSuspension;
  llvm::function_ref<bool(const FunctionDecl *)> ReleasesWhatItIsGiven;

  std::vector<LockHolder> Holders;
  std::vector<AcquisitionSite> Sites;
  llvm::DenseMap<const VarDecl *, std::optional<unsigned>> GuardHolders;
  std::map<llvm::FoldingSetNodeID, unsigned> MutexHolders;
  /// `std::move(lk)` calls whose lock a new guard takes over: handled where
  /// the new guard is initialised, not as a release.
  llvm::DenseSet<const CallExpr *> MovesTakenOver;
  std::vector<std::vector<LockEvent>> Events;
  std::vector<FlowState> EntryStates;
  std::vector<bool> Reached;
};

std::optional<unsigned> LockFlow::guardHolderOf(const VarDecl *Var) {
  auto [It, Inserted] = GuardHolders.try_emplace(Var);
  if (!Inserted)
    return It->second;
  // A reference names a guard owned elsewhere; only owned guards are tracked.
  if (!Var->hasLocalStorage() || Var->getType()->isReferenceType())
    return std::nullopt;
  QualType Mutex = Locks.threadMutexGuardedBy(Var->getType());
  if (Mutex.isNull())
    return std::nullopt;
  Holders.push_back({Var, Mutex, std::nullopt, {}});
  It->second = Holders.size() - 1;
  return It->second;
}

std::optional<unsigned> LockFlow::guardHolderOf(const Expr *E) {
  const auto *Ref = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!Var)
    return std::nullopt;
  return guardHolderOf(Var);
}

unsigned LockFlow::mutexHolderOf(const CXXMemberCallExpr *Call) {
  llvm::FoldingSetNodeID Id = profileOf(Call->getImplicitObjectArgument());
  auto [It, Inserted] = MutexHolders.try_emplace(Id, Holders.size());
  if (Inserted)
    Holders.push_back({nullptr,
                       Call->getObjectType().getUnqualifiedType(),
                       std::nullopt,
                       {}});
  return It->second;
}

void LockFlow::acquire(unsigned Holder, AcquisitionSite Site,
                       std::vector<LockEvent> &Out) {
  Site.Holder = Holder;
  Sites.push_back(Site);
  LockEvent Event;
  Event.What = LockEvent::Acquire;
  Event.Holder = Holder;
  Event.Site = Sites.size() - 1;
  Out.push_back(Event);
}

static LockEvent releaseOf(unsigned Holder) {
  LockEvent Event;
  Event.What = LockEvent::Release;
  Event.Holder = Holder;
  return Event;
}

void LockFlow::collectTakeOvers() {
  auto NoteMove = [&](const Expr *E) {
    if (const CallExpr *Move = asStdMove(E))
      if (guardHolderOf(Move->getArg(0)))
        MovesTakenOver.insert(Move);
  };
  for (const CFGBlock *Block : Graph) {
    for (const CFGElement &Element : *Block) {
      auto S = Element.getAs<CFGStmt>();
      if (!S)
        continue;
      if (const auto *Decl = dyn_cast<DeclStmt>(S->getStmt())) {
        for (const auto *D : Decl->decls())
          if (const auto *Var = dyn_cast<VarDecl>(D))
            if (guardHolderOf(Var))
              if (const CallExpr *Move = guardStartOf(Var->getInit()).Move)
                NoteMove(Move);
      } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S->getStmt())) {
        if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 &&
            guardHolderOf(Op->getArg(0)))
          NoteMove(Op->getArg(1));
      }
    }
  }
}

void LockFlow::classifyGuardDeclaration(const VarDecl *Guard,
                                        std::vector<LockEvent> &Out) {
  std::optional<unsigned> Holder = guardHolderOf(Guard);
  if (!Holder)
    return;
  GuardStart Start = guardStartOf(Guard->getInit());
  Out.push_back(releaseOf(*Holder));
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(
          Guard->getInit() ? Guard->getInit()->IgnoreImplicit() : nullptr))
    if (Construct->getNumArgs() > 0 &&
        Construct->getArg(0)->getType()->isRecordType())
      Holders[*Holder].MutexObject = profileOf(Construct->getArg(0));
  AcquisitionSite Site;
  Site.Loc = Guard->getLocation();
  switch (Start.State) {
  case GuardStart::Unlocked:
    return;
  case GuardStart::Adopted:
    // The guard now owns a lock that `m.lock()` took: one holder, not two.
    for (const Expr *Mutex : Start.AdoptedMutexes) {
      auto It = MutexHolders.find(profileOf(Mutex));
      if (It != MutexHolders.end())
        Out.push_back(releaseOf(It->second));
    }
    break;
  case GuardStart::TakenOver:
    if (std::optional<unsigned> From = guardHolderOf(Start.Move->getArg(0))) {
      Site.Holder = *Holder;
      Site.How = Acquisition::TakeOver;
      Site.TakenOverFrom = Holders[*From].Guard;
      Sites.push_back(Site);
      LockEvent Event;
      Event.What = LockEvent::TakeOver;
      Event.Holder = *Holder;
      Event.Site = Sites.size() - 1;
      Event.From = *From;
      Out.push_back(Event);
      return;
    }
    break;
  case GuardStart::Locked:
    break;
  }
  acquire(*Holder, Site, Out);
}

void LockFlow::classifyGuardAssignment(unsigned Guard,
                                       const CXXOperatorCallExpr *Op,
                                       std::vector<LockEvent> &Out) {
  const Expr *Source = Op->getArg(1);
  AcquisitionSite Site;
  Site.Loc = Op->getOperatorLoc();
  if (const CallExpr *Move = asStdMove(Source)) {
    if (std::optional<unsigned> From = guardHolderOf(Move->getArg(0))) {
      Out.push_back(releaseOf(Guard));
      Site.Holder = Guard;
      Site.How = Acquisition::TakeOver;
      Site.TakenOverFrom = Holders[*From].Guard;
      Sites.push_back(Site);
      LockEvent Event;
      Event.What = LockEvent::TakeOver;
      Event.Holder = Guard;
      Event.Site = Sites.size() - 1;
      Event.From = *From;
      Out.push_back(Event);
      return;
    }
  }
  Out.push_back(releaseOf(Guard));
  if (guardStartOf(Source).State == GuardStart::Unlocked)
    return;
  Site.How = Acquisition::Assignment;
  acquire(Guard, Site, Out);
}

void LockFlow::classifyMemberCall(const CXXMemberCallExpr *Call,
                                  std::vector<LockEvent> &Out) {
  LockOperation Operation = lockOperationOf(Call);
  if (Operation == LockOperation::None)
    return;
  AcquisitionSite Site;
  Site.Loc = beginLocOf(Call);
  if (std::optional<unsigned> Guard =
          guardHolderOf(Call->getImplicitObjectArgument())) {
    if (Operation != LockOperation::Lock) {
      Out.push_back(releaseOf(*Guard));
      return;
    }
    Site.How = Acquisition::Relock;
    acquire(*Guard, Site, Out);
    return;
  }
  if (!Locks.isThreadMutexCall(Call))
    return;
  unsigned Mutex = mutexHolderOf(Call);
  if (Operation == LockOperation::Unlock) {
    Out.push_back(releaseOf(Mutex));
  } else if (Operation == LockOperation::Lock) {
    Site.How = Acquisition::MutexLock;
    Site.LockCall = Call;
    acquire(Mutex, Site, Out);
  }
}

void LockFlow::classifyStmt(const Stmt *S, std::vector<LockEvent> &Out) {
  if (const auto *Decl = dyn_cast<DeclStmt>(S)) {
    for (const auto *D : Decl->decls())
      if (const auto *Var = dyn_cast<VarDecl>(D))
        classifyGuardDeclaration(Var, Out);
  } else if (const auto *Member = dyn_cast<CXXMemberCallExpr>(S)) {
    classifyMemberCall(Member, Out);
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S)) {
    if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      if (std::optional<unsigned> Guard = guardHolderOf(Op->getArg(0)))
        classifyGuardAssignment(*Guard, Op, Out);
  } else if (const auto *Call = dyn_cast<CallExpr>(S)) {
    // Moved out of, a guard no longer holds anything.
    if (const CallExpr *Move = asStdMove(Call);
        Move && !MovesTakenOver.contains(Move))
      if (std::optional<unsigned> Guard = guardHolderOf(Move->getArg(0)))
        Out.push_back(releaseOf(*Guard));
  } else if (isa<CoawaitExpr, CoyieldExpr>(S)) {
    const auto *Suspension = cast<Expr>(S);
    const auto *Await = dyn_cast<CoawaitExpr>(S);
    if ((Await && (Await->isImplicit() || neverSuspends(Await))) ||
        !CountsAsSuspension(Suspension))
      return;
    LockEvent Event;
    Event.What = LockEvent::Suspend;
    Event.Suspension = Suspension;
    if (Await)
      collectHandedOver(Await, Event);
    Out.push_back(Event);
  }
}

/// The call or construction that makes what \p Await awaits, with its
/// callee and arguments.
static std::optional<
    std::pair<const FunctionDecl *, llvm::ArrayRef<const Expr *>>>
awaitedCallOf(const CoawaitExpr *Await) {
  const Expr *Operand = Await->getOperand();
  Operand = Operand ? asWritten(Operand) : nullptr;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(Operand))
    return std::make_pair(
        Call->getDirectCallee(),
        llvm::ArrayRef<const Expr *>(Call->getArgs(), Call->getNumArgs()));
  if (const auto *Construct = dyn_cast_or_null<CXXConstructExpr>(Operand))
    return std::make_pair(
        static_cast<const FunctionDecl *>(Construct->getConstructor()),
        llvm::ArrayRef<const Expr *>(Construct->getArgs(),
                                     Construct->getNumArgs()));
  return std::nullopt;
}

/// A parameter through which the callee can unlock the guard it is given:
/// a non-const reference, or a copy (a guard is moved into it).
static bool canChangeArgument(const FunctionDecl *Callee, unsigned Index) {
  if (!Callee || Index >= Callee->getNumParams())
    return true; // A variadic or unknown callee may do anything.
  QualType Param = Callee->getParamDecl(Index)->getType();
  return !Param->isReferenceType() ||
         !Param.getNonReferenceType().isConstQualified();
}

void LockFlow::collectHandedOver(const CoawaitExpr *Await, LockEvent &Suspend) {
  auto Call = awaitedCallOf(Await);
  if (!Call)
    return;
  auto [Callee, Args] = *Call;
  bool Listed = Callee && ReleasesWhatItIsGiven(Callee);
  for (unsigned I = 0; I != Args.size(); ++I) {
    const Expr *Arg = withoutStdMove(Args[I]);
    if (std::optional<unsigned> Guard = guardHolderOf(Arg)) {
      if (Listed || canChangeArgument(Callee, I))
        Suspend.HandedOver.push_back(*Guard);
      continue;
    }
    if (Listed && Arg->getType()->isRecordType())
      Suspend.HandedMutexes.push_back(profileOf(Arg));
  }
}

bool LockFlow::isHandedOver(const LockEvent &Suspend, unsigned Holder) const {
  if (llvm::is_contained(Suspend.HandedOver, Holder))
    return true;
  const LockHolder &H = Holders[Holder];
  return H.MutexObject &&
         llvm::is_contained(Suspend.HandedMutexes, *H.MutexObject);
}

llvm::FoldingSetNodeID LockFlow::profileOf(const Expr *Object) const {
  // `p->lock()` and `(*p).unlock()` lock the same mutex.
  Object = Object->IgnoreParenImpCasts();
  if (const auto *Deref = dyn_cast<UnaryOperator>(Object))
    if (Deref->getOpcode() == UO_Deref)
      Object = Deref->getSubExpr()->IgnoreParenImpCasts();
  llvm::FoldingSetNodeID Id;
  Object->Profile(Id, Ctx, /*Canonical=*/true);
  return Id;
}

void LockFlow::classify(const CFGElement &Element,
                        std::vector<LockEvent> &Out) {
  const VarDecl *Ended = nullptr;
  if (auto S = Element.getAs<CFGStmt>())
    return classifyStmt(S->getStmt(), Out);
  if (auto Dtor = Element.getAs<CFGAutomaticObjDtor>())
    Ended = Dtor->getVarDecl();
  else if (auto Lifetime = Element.getAs<CFGLifetimeEnds>())
    Ended = Lifetime->getVarDecl();
  if (!Ended)
    return;
  auto It = GuardHolders.find(Ended);
  if (It == GuardHolders.end())
    return;
  if (std::optional<unsigned> Guard = It->second)
    Out.push_back(releaseOf(*Guard));
}

void LockFlow::addParameterLocks(std::vector<LockEvent> &Out) {
  for (const ParmVarDecl *Param : Coroutine->parameters()) {
    std::optional<unsigned> Guard = guardHolderOf(Param);
    if (!Guard)
      continue;
    AcquisitionSite Site;
    Site.Loc = Param->getLocation();
    Site.How = Acquisition::Parameter;
    acquire(*Guard, Site, Out);
  }
}

void LockFlow::collectEvents() {
  collectTakeOvers();
  Events.assign(Graph.getNumBlockIDs(), {});
  addParameterLocks(Events[Graph.getEntry().getBlockID()]);
  for (const CFGBlock *Block : Graph)
    for (const CFGElement &Element : *Block)
      classify(Element, Events[Block->getBlockID()]);
  for (LockHolder &Holder : Holders)
    Holder.Sites.resize(Sites.size());
  for (unsigned I = 0; I < Sites.size(); ++I)
    Holders[Sites[I].Holder].Sites.set(I);
}

void LockFlow::apply(const LockEvent &Event, FlowState &State) const {
  switch (Event.What) {
  case LockEvent::Acquire:
    State.set(Event.Site);
    return;
  case LockEvent::Release:
    State.reset(Holders[Event.Holder].Sites);
    return;
  case LockEvent::TakeOver: {
    bool Held = State.anyCommon(Holders[Event.From].Sites);
    State.reset(Holders[Event.From].Sites);
    State.reset(Holders[Event.Holder].Sites);
    if (Held)
      State.set(Event.Site);
    return;
  }
  case LockEvent::Suspend:
    return;
  }
}

void LockFlow::solve() {
  unsigned Blocks = Graph.getNumBlockIDs();
  EntryStates.assign(Blocks, FlowState(Sites.size()));
  Reached.assign(Blocks, false);
  PostOrderCFGView Order(&Graph);
  ForwardDataflowWorklist Work(Graph, &Order);
  const CFGBlock &Entry = Graph.getEntry();
  Reached[Entry.getBlockID()] = true;
  Work.enqueueBlock(&Entry);
  while (const CFGBlock *Block = Work.dequeue()) {
    FlowState State = EntryStates[Block->getBlockID()];
    for (const LockEvent &Event : Events[Block->getBlockID()])
      apply(Event, State);
    for (const CFGBlock *Next : Block->succs()) {
      if (!Next)
        continue;
      unsigned Id = Next->getBlockID();
      FlowState Merged = EntryStates[Id];
      Merged |= State;
      if (Reached[Id] && Merged == EntryStates[Id])
        continue;
      Reached[Id] = true;
      EntryStates[Id] = std::move(Merged);
      Work.enqueueBlock(Next);
    }
  }
}

void LockFlow::report(const LockEvent &Suspend, const FlowState &State,
                      std::vector<LockHeldAtSuspension> &Out) const {
  const SourceManager &SM = Ctx.getSourceManager();
  for (unsigned H = 0; H != Holders.size(); ++H) {
    if (isHandedOver(Suspend, H))
      continue;
    const LockHolder &Holder = Holders[H];
    const AcquisitionSite *Earliest = nullptr;
    for (unsigned Site : State.set_bits())
      if (Holder.Sites.test(Site) &&
          (!Earliest ||
           SM.isBeforeInTranslationUnit(Sites[Site].Loc, Earliest->Loc)))
        Earliest = &Sites[Site];
    if (!Earliest)
      continue;
    LockHeldAtSuspension Held;
    Held.Suspension = Suspend.Suspension;
    Held.Guard = Holder.Guard;
    Held.Mutex = Holder.Mutex;
    Held.AcquiredAt = Earliest->Loc;
    Held.How = Earliest->How;
    Held.LockCall = Earliest->LockCall;
    Held.TakenOverFrom = Earliest->TakenOverFrom;
    Out.push_back(Held);
  }
}

std::vector<LockHeldAtSuspension> LockFlow::run() {
  collectEvents();
  std::vector<LockHeldAtSuspension> Found;
  if (Sites.empty())
    return Found;
  solve();
  for (const CFGBlock *Block : Graph) {
    if (!Reached[Block->getBlockID()])
      continue;
    FlowState State = EntryStates[Block->getBlockID()];
    for (const LockEvent &Event : Events[Block->getBlockID()]) {
      if (Event.What == LockEvent::Suspend)
        report(Event, State, Found);
      else
        apply(Event, State);
    }
  }
  // Blocks come in no source order; diagnostics should.
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<unsigned> Order(Found.size());
  for (unsigned I = 0; I < Order.size(); ++I)
    Order[I] = I;
  llvm::sort(Order, [&](unsigned A, unsigned B) {
    SourceLocation LocA = Found[A].Suspension->getBeginLoc();
    SourceLocation LocB = Found[B].Suspension->getBeginLoc();
    if (LocA != LocB)
      return SM.isBeforeInTranslationUnit(LocA, LocB);
    return A < B;
  });
  std::vector<LockHeldAtSuspension> Sorted;
  Sorted.reserve(Found.size());
  for (unsigned I : Order)
    Sorted.push_back(Found[I]);
  return Sorted;
}

/// Finds a first thread-lock acquisition, staying out of nested lambdas
/// (their bodies are functions of their own).
class LockFinder : public OwnStatementsVisitor<LockFinder> {
public:
  explicit LockFinder(LockVocabulary &Locks) : Locks(Locks) {}
  bool VisitVarDecl(VarDecl *Var) {
    Found = Var->hasLocalStorage() && Locks.isThreadLockGuard(Var->getType());
    return !Found;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    Found = lockOperationOf(Call) == LockOperation::Lock &&
            Locks.isThreadMutexCall(Call);
    return !Found;
  }

  bool Found = false;

private:
  LockVocabulary &Locks;
};

} // namespace

bool takesThreadLock(const Stmt *Body, LockVocabulary &Locks) {
  LockFinder Finder(Locks);
  Finder.walk(Body);
  return Finder.Found;
}

static bool takesLockAsParameter(const FunctionDecl *FD,
                                 LockVocabulary &Locks) {
  return llvm::any_of(FD->parameters(), [&](const ParmVarDecl *Param) {
    return Locks.isThreadLockGuard(Param->getType()) &&
           !Param->getType()->isReferenceType();
  });
}

std::vector<LockHeldAtSuspension> locksHeldAcrossSuspensions(
    const FunctionDecl *Coroutine, ASTContext &Ctx, LockVocabulary &Locks,
    llvm::function_ref<bool(const Expr *)> CountsAsSuspension,
    llvm::function_ref<bool(const FunctionDecl *)> ReleasesWhatItIsGiven) {
  const Stmt *Body = userBodyOf(Coroutine);
  if (!Body || !isCoroutine(Coroutine) || !containsSuspensionPoint(Body) ||
      (!takesThreadLock(Body, Locks) &&
       !takesLockAsParameter(Coroutine, Locks)))
    return {};
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddLifetime = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Graph =
      CFG::buildCFG(Coroutine, const_cast<Stmt *>(Body), &Ctx, Options);
  if (!Graph)
    return {};
  return LockFlow(Coroutine, *Graph, Ctx, Locks, CountsAsSuspension,
                  ReleasesWhatItIsGiven)
      .run();
}

} // namespace clang::tidy::async
