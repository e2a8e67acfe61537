#include "analysis/BlockingCalls.h"
#include "analysis/CallsInBody.h"
#include "analysis/CodeContext.h"
#include "analysis/CompletionTokens.h"
#include "analysis/Coroutines.h"
#include "analysis/DiscardedValues.h"
#include "analysis/KnownNames.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"

namespace clang::tidy::async {

namespace {
struct DefaultTable {
  std::string Joined;
  llvm::StringMap<BlockingGroup> Groups;

  void add(const std::string &Name, BlockingGroup Group) {
    if (!Joined.empty())
      Joined += ";";
    Joined += Name;
    llvm::StringRef Key = Name;
    Key.consume_front("::");
    Groups[Key] = Group;
  }

  DefaultTable() {
    for (const known::BlockingFunction &Entry : known::BlockingFunctions)
      add(Entry.Function.str(), Entry.Group);
    for (llvm::StringRef Prefix : known::AsioNamespacePrefixes)
      for (const known::BlockingFunction &Entry : known::AsioBlockingFunctions)
        add((Prefix + Entry.Function).str(), Entry.Group);
  }
};
} // namespace

static const DefaultTable &defaultTable() {
  static const DefaultTable Table;
  return Table;
}

const std::string &defaultBlockingFunctions() { return defaultTable().Joined; }

BlockingGroup blockingGroupOf(llvm::StringRef ListedName) {
  const auto &Groups = defaultTable().Groups;
  auto It = Groups.find(ListedName);
  return It == Groups.end() ? BlockingGroup::UserListed : It->second;
}

/// Constructors that open nothing: default, copy and move.
static bool isInertConstructor(const FunctionDecl *Callee) {
  const auto *Constructor = dyn_cast<CXXConstructorDecl>(Callee);
  return Constructor && (Constructor->isDefaultConstructor() ||
                         Constructor->isCopyOrMoveConstructor());
}

/// `std::filesystem::is_directory(status)` and friends test a `file_status`
/// already read; only their `path` overloads touch the disk.
static bool takesFileStatus(const FunctionDecl *Callee) {
  for (const ParmVarDecl *Param : Callee->parameters())
    if (const CXXRecordDecl *RD =
            Param->getType().getNonReferenceType()->getAsCXXRecordDecl())
      if (listedNameOf(RD) == "std::filesystem::file_status")
        return true;
  return false;
}

static bool isStdAsync(const FunctionDecl *Callee) {
  return Callee->isInStdNamespace() && hasIdentifierIn(Callee, {"async"});
}

/// `std::async(std::launch::deferred, ...)`: its future's destructor does
/// not wait (the work never runs).
static bool isDeferredLaunch(const CallExpr *Call) {
  if (Call->getNumArgs() == 0)
    return false;
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Call->getArg(0)->IgnoreParenImpCasts());
  const auto *Enumerator =
      Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
  return Enumerator && Enumerator->getName() == "deferred";
}

bool BlockingCallClassifier::isDiscardedAsync(const Expr *Call,
                                              ASTContext &Ctx) {
  const auto *CE = dyn_cast<CallExpr>(Call);
  const FunctionDecl *Callee = CE ? CE->getDirectCallee() : nullptr;
  if (!Callee || !isStdAsync(Callee) || isDeferredLaunch(CE))
    return false;
  return howValueIsUsed(CE, Ctx).Use != ValueUse::Used;
}

/// The stream a read call reads: the object of a member call, the first
/// argument of a free function (`std::getline(std::cin, line)`,
/// `std::cin >> word`).
static const Expr *streamReadBy(const Expr *Call, const FunctionDecl *Callee) {
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
    return Member->getImplicitObjectArgument();
  const auto *Plain = dyn_cast<CallExpr>(Call);
  if (!Plain || Plain->getNumArgs() == 0)
    return nullptr;
  bool Reads = Callee->getOverloadedOperator() == OO_GreaterGreater ||
               hasIdentifierIn(Callee, known::StreamReadNames);
  return Reads ? Plain->getArg(0) : nullptr;
}

/// `std::getline(std::cin, line)`, `std::cin >> x`, `std::cin.get()`: a read
/// of the console waits for the user to type.
static bool readsConsole(const Expr *Call, const FunctionDecl *Callee) {
  if (isa<CXXMemberCallExpr>(Call) &&
      !hasIdentifierIn(Callee, known::StreamReadNames))
    return false;
  const Expr *Stream = streamReadBy(Call, Callee);
  const auto *Ref =
      Stream ? dyn_cast<DeclRefExpr>(Stream->IgnoreParenImpCasts()) : nullptr;
  return Ref && Ref->getDecl()->isInStdNamespace() &&
         isListed(Ref->getDecl(), known::ConsoleInputStreams);
}

/// A default name of the global namespace names a C function (`::sleep`);
/// a C++ function that happens to share its name (a project's own
/// `Task<> sleep(milliseconds)`) is something else.
static bool isCFunctionImpostor(const std::string &Name,
                                const FunctionDecl *Callee) {
  return blockingGroupOf(Name) != BlockingGroup::UserListed &&
         llvm::StringRef(Name).find("::") == llvm::StringRef::npos &&
         !isa<CXXMethodDecl>(Callee) && !Callee->isExternC();
}

std::optional<BlockingCall> BlockingCallClassifier::blockingCallOf(
    const Expr *Call, const FunctionDecl *Within, ASTContext &Ctx) {
  const FunctionDecl *Callee = calleeOf(Call);
  if (!Callee || Allowed.match(Call))
    return std::nullopt;
  if (isDiscardedAsync(Call, Ctx))
    return BlockingCall{Call, "std::async", BlockingGroup::DiscardedAsync};
  if (readsConsole(Call, Callee))
    return BlockingCall{Call, "std::cin", BlockingGroup::ConsoleInput};
  const std::string *Name = Blocking.match(Call);
  if (!Name || isInertConstructor(Callee) || takesFileStatus(Callee) ||
      isCFunctionImpostor(*Name, Callee) || completionTokenOf(Call) ||
      Ready->returnsAtOnce(Call, Within, Ctx))
    return std::nullopt;
  return BlockingCall{Call, *Name, blockingGroupOf(*Name)};
}

/// `callable(args...)` where the callable is a parameter whose type is a
/// template parameter: the code it runs is the caller's choice.
static bool callsCallableArgument(const Expr *Call) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  return Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0 &&
         forwardsTemplateArgument(Op->getArg(0));
}

const FunctionDecl *
BlockingCallClassifier::helperCalledBy(const Expr *Call,
                                       const SourceManager &SM) {
  const FunctionDecl *Callee = calleeOf(Call);
  const FunctionDecl *Definition = nullptr;
  if (!Callee || !Callee->hasBody(Definition) || !Definition)
    return nullptr;
  if (isCoroutine(Definition) || Definition->isDefaulted() ||
      SM.isInSystemHeader(Definition->getLocation()))
    return nullptr;
  if (Allowed.match(Call) || Blocking.match(Call) ||
      callsCallableArgument(Call))
    return nullptr;
  return Definition;
}

const BlockingSummaries::Summary &
BlockingSummaries::summaryOf(const FunctionDecl *Function, ASTContext &Ctx) {
  std::unique_ptr<Summary> &Slot = Summaries[Function];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Summary>();
  Summary &Result = *Slot;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
  auto Visit = [&](const Expr *Call, bool) {
    if (Result.Direct)
      return;
    if (std::optional<BlockingCall> Blocking =
            Classifier->blockingCallOf(Call, Function, Ctx)) {
      Result.Direct = std::move(Blocking);
      return;
    }
    if (const FunctionDecl *Next =
            Classifier->helperCalledBy(Call, Ctx.getSourceManager()))
      if (Seen.insert(Next).second)
        Result.Callees.emplace_back(Call, Next);
  };
  // A constructor's member initialisers run before its body.
  if (const auto *Constructor = dyn_cast<CXXConstructorDecl>(Function))
    for (const CXXCtorInitializer *Init : Constructor->inits())
      if (Init->isWritten())
        forEachCallIn(Init->getInit(), Visit);
  forEachCallIn(Function->getBody(), Visit);
  return Result;
}

std::unique_ptr<BlockingChain>
BlockingSummaries::searchChain(const FunctionDecl *Helper, ASTContext &Ctx) {
  // Breadth first, so the chain reported is a shortest one; a function is
  // entered once, so recursion between helpers cannot loop.
  struct Node {
    const FunctionDecl *Function;
    const Expr *CallFromParent;
    size_t Parent;
    unsigned Depth;
  };
  constexpr size_t Root = ~size_t(0);
  llvm::SmallVector<Node, 16> Nodes = {{Helper, nullptr, Root, 1}};
  llvm::SmallPtrSet<const FunctionDecl *, 16> Entered = {Helper};
  for (size_t I = 0; I < Nodes.size(); ++I) {
    Node Current = Nodes[I];
    const Summary &S = summaryOf(Current.Function, Ctx);
    if (S.Direct) {
      auto Chain = std::make_unique<BlockingChain>();
      Chain->Leaf = *S.Direct;
      Chain->Links.push_back({Current.Function, S.Direct->Call});
      for (size_t J = I; Nodes[J].Parent != Root; J = Nodes[J].Parent)
        Chain->Links.insert(
            Chain->Links.begin(),
            {Nodes[Nodes[J].Parent].Function, Nodes[J].CallFromParent});
      return Chain;
    }
    if (Current.Depth >= MaxCallDepth)
      continue;
    for (const auto &[Call, Callee] : S.Callees)
      if (Entered.insert(Callee).second)
        Nodes.push_back({Callee, Call, I, Current.Depth + 1});
  }
  return nullptr;
}

const BlockingChain *BlockingSummaries::chainFrom(const FunctionDecl *Helper,
                                                  ASTContext &Ctx) {
  if (MaxCallDepth == 0 || !Helper)
    return nullptr;
  auto [It, Inserted] = Chains.try_emplace(Helper, nullptr);
  if (Inserted)
    It->second = searchChain(Helper, Ctx);
  return It->second.get();
}

} // namespace clang::tidy::async
