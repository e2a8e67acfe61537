#include "analysis/Locks.h"
#include "analysis/Expressions.h"
#include "analysis/KnownNames.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSwitch.h"

namespace clang::tidy::async {

LockTypeOptions::LockTypeOptions(ClangTidyCheck::OptionsView &Options)
    : LockTypes(Options, "LockTypes", known::LockTypes),
      MutexTypes(Options, "MutexTypes", known::MutexTypes),
      AsyncMutexTypes(Options, "AsyncMutexTypes", known::AsyncMutexTypes) {}

void LockTypeOptions::store(ClangTidyCheck::OptionsView &Options,
                            ClangTidyOptions::OptionMap &Map) const {
  LockTypes.store(Options, Map);
  MutexTypes.store(Options, Map);
  AsyncMutexTypes.store(Options, Map);
}

LockOperation lockOperationOf(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method || !Method->getIdentifier())
    return LockOperation::None;
  // Abseil spells them Lock(), ReaderLock(), WriterLock() and LockWhen().
  return llvm::StringSwitch<LockOperation>(Method->getName())
      .Case("lock", LockOperation::Lock)
      .Case("lock_shared", LockOperation::Lock)
      .Case("Lock", LockOperation::Lock)
      .Case("ReaderLock", LockOperation::Lock)
      .Case("WriterLock", LockOperation::Lock)
      .Case("LockWhen", LockOperation::Lock)
      .Case("ReaderLockWhen", LockOperation::Lock)
      .Case("WriterLockWhen", LockOperation::Lock)
      .Case("unlock", LockOperation::Unlock)
      .Case("unlock_shared", LockOperation::Unlock)
      .Case("Unlock", LockOperation::Unlock)
      .Case("ReaderUnlock", LockOperation::Unlock)
      .Case("WriterUnlock", LockOperation::Unlock)
      .Case("release", LockOperation::Release)
      .Default(LockOperation::None);
}

static const Expr *skipWrappers(const Expr *E) {
  while (true) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E))
      E = Cast->getSubExpr();
    else
      return E;
  }
}

/// The lock-strategy tags of <mutex> (and Boost.Thread's copies of them).
enum class LockTag { None, Defer, TryTo, Adopt };

static LockTag lockTagOf(const Expr *Arg) {
  const auto *Record = Arg->getType()->getAsCXXRecordDecl();
  if (!Record || !Record->getIdentifier())
    return LockTag::None;
  return llvm::StringSwitch<LockTag>(Record->getName())
      .Case("defer_lock_t", LockTag::Defer)
      .Case("try_to_lock_t", LockTag::TryTo)
      .Case("adopt_lock_t", LockTag::Adopt)
      .Default(LockTag::None);
}

GuardStart guardStartOf(const Expr *Init) {
  GuardStart Start;
  if (!Init) {
    Start.State = GuardStart::Unlocked;
    return Start;
  }
  const auto *Construct = dyn_cast<CXXConstructExpr>(skipWrappers(Init));
  if (!Construct)
    return Start; // a factory (`sync.wlock()`) hands out a held lock
  if (Construct->getNumArgs() == 0) {
    Start.State = GuardStart::Unlocked;
    return Start;
  }
  if (Construct->getConstructor()->isCopyOrMoveConstructor()) {
    if (const CallExpr *Move = asStdMove(Construct->getArg(0))) {
      Start.State = GuardStart::TakenOver;
      Start.Move = Move;
      return Start;
    }
    return guardStartOf(Construct->getArg(0));
  }
  bool Adopts = false;
  llvm::SmallVector<const Expr *, 2> Mutexes;
  for (const Expr *Arg : Construct->arguments()) {
    switch (lockTagOf(Arg)) {
    case LockTag::Defer:
    case LockTag::TryTo:
      // A try_to_lock guard may hold the lock; which branch knows it, the
      // flow does not, and a report on every use would be noise.
      Start.State = GuardStart::Unlocked;
      return Start;
    case LockTag::Adopt:
      Adopts = true;
      break;
    case LockTag::None:
      Mutexes.push_back(Arg);
      break;
    }
  }
  if (Adopts) {
    Start.State = GuardStart::Adopted;
    Start.AdoptedMutexes = std::move(Mutexes);
  }
  return Start;
}

LockVocabulary::LockVocabulary(const LockTypeOptions &Options)
    : LockTypes(Options.LockTypes), MutexTypes(Options.MutexTypes),
      AsyncMutexTypes(Options.AsyncMutexTypes) {}

void LockVocabulary::clear() {
  LockTypes.clear();
  MutexTypes.clear();
  AsyncMutexTypes.clear();
  GuardCache.clear();
}

static QualType memberTypedef(const CXXRecordDecl *Record,
                              llvm::StringRef Name) {
  if (!Record || !Record->hasDefinition())
    return {};
  IdentifierInfo &Id = Record->getASTContext().Idents.get(Name);
  for (const NamedDecl *Found : Record->getDefinition()->lookup(&Id))
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Found))
      return Alias->getUnderlyingType();
  return {};
}

static void addTemplateArgument(const TemplateArgument &Arg,
                                llvm::SmallVectorImpl<QualType> &Out) {
  if (Arg.getKind() == TemplateArgument::Pack) {
    for (const TemplateArgument &Element : Arg.pack_elements())
      addTemplateArgument(Element, Out);
    return;
  }
  if (Arg.getKind() != TemplateArgument::Type)
    return;
  QualType T = Arg.getAsType();
  // folly::LockedPtr guards a folly::Synchronized, which names its mutex.
  QualType Inner = memberTypedef(T->getAsCXXRecordDecl(), "MutexType");
  Out.push_back(Inner.isNull() ? T : Inner);
}

/// Every mutex a guard class holds: its `mutex_type`, else its type template
/// arguments (`std::scoped_lock<A, B>`), else what its constructor takes a
/// pointer or reference to (`absl::MutexLock(absl::Mutex *)`). Null for a
/// guard over nothing (`std::scoped_lock<>`).
static llvm::SmallVector<QualType, 2>
mutexesGuardedBy(const CXXRecordDecl *Guard, bool &Known) {
  llvm::SmallVector<QualType, 2> Mutexes;
  Known = true;
  QualType Declared = memberTypedef(Guard, "mutex_type");
  if (!Declared.isNull()) {
    Mutexes.push_back(Declared);
    return Mutexes;
  }
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Guard)) {
    for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
      addTemplateArgument(Arg, Mutexes);
    return Mutexes;
  }
  if (const CXXRecordDecl *Definition = Guard->getDefinition()) {
    for (const CXXConstructorDecl *Ctor : Definition->ctors()) {
      if (Ctor->isCopyOrMoveConstructor() || Ctor->getNumParams() == 0)
        continue;
      QualType Param = Ctor->getParamDecl(0)->getType();
      QualType Pointee = Param->isPointerType() ? Param->getPointeeType()
                                                : Param.getNonReferenceType();
      if (Pointee->isRecordType()) {
        Mutexes.push_back(Pointee);
        return Mutexes;
      }
    }
  }
  Known = false;
  return Mutexes;
}

QualType LockVocabulary::computeGuardedMutex(const CXXRecordDecl *Guard,
                                             QualType GuardType) {
  bool Known = false;
  llvm::SmallVector<QualType, 2> Mutexes = mutexesGuardedBy(Guard, Known);
  if (!Known)
    return GuardType.getUnqualifiedType();
  for (QualType Mutex : Mutexes)
    if (!isAsyncMutex(Mutex))
      return Mutex.getUnqualifiedType();
  return {};
}

QualType LockVocabulary::threadMutexGuardedBy(QualType GuardType) {
  GuardType = GuardType.getNonReferenceType();
  if (GuardType.isNull() || GuardType->isDependentType() ||
      !namesListedType(GuardType, LockTypes))
    return {};
  const CXXRecordDecl *Guard = GuardType->getAsCXXRecordDecl();
  if (!Guard)
    return {};
  auto [It, Inserted] = GuardCache.try_emplace(Guard);
  if (Inserted)
    It->second = computeGuardedMutex(Guard, GuardType);
  return It->second;
}

bool LockVocabulary::isThreadMutexCall(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *Method = Call->getMethodDecl();
  if (!Method)
    return false;
  QualType Object = Call->getObjectType();
  const CXXRecordDecl *Declaring = Method->getParent();
  if (!namesListedType(Object, MutexTypes) && !MutexTypes.contains(Declaring))
    return false;
  // A lock() that hands back something to await is an asynchronous one.
  if (!Method->getReturnType()->isVoidType() &&
      lockOperationOf(Call) == LockOperation::Lock)
    return false;
  return !isAsyncMutex(Object) && !AsyncMutexTypes.contains(Declaring);
}

} // namespace clang::tidy::async
