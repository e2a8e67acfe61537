#include "checks/LockHeldAcrossSuspensionCheck.h"
#include "analysis/KnownNames.h"
#include "analysis/Matchers.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"

using namespace clang::ast_matchers;

namespace clang::tidy::async {

LockHeldAcrossSuspensionCheck::LockHeldAcrossSuspensionCheck(
    StringRef Name, ClangTidyContext *Context)
    : AsyncTidyCheck(Name, Context), LockOptions(Options),
      AllowedAwaitables(Options, "AllowedAwaitables",
                        known::NonSuspendingAwaitables),
      ConditionVariableWaits(Options, "ConditionVariableWaits",
                             known::ConditionVariableWaits),
      Locks(LockOptions), AllowedAwaitableTypes(AllowedAwaitables),
      ReleasingWaits(ConditionVariableWaits) {}

void LockHeldAcrossSuspensionCheck::storeOptions(
    ClangTidyOptions::OptionMap &Opts) {
  LockOptions.store(Options, Opts);
  AllowedAwaitables.store(Options, Opts);
  ConditionVariableWaits.store(Options, Opts);
}

void LockHeldAcrossSuspensionCheck::startTranslationUnit() {
  Locks.clear();
  AllowedAwaitableTypes.clear();
  ReleasingWaits.clear();
}

void LockHeldAcrossSuspensionCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(matchers::coroutineBodyInUserCode(), this);
}

void LockHeldAcrossSuspensionCheck::check(
    const MatchFinder::MatchResult &Result) {
  const FunctionDecl *Coroutine = matchers::matchedCoroutine(Result);
  if (!Coroutine)
    return;
  // A template is analysed in its instantiations, where the guarded mutex
  // type is known.
  if (Coroutine->isDependentContext() || Coroutine->isInvalidDecl())
    return;
  auto CountsAsSuspension = [this](const Expr *Suspension) {
    return !isAllowedSuspension(Suspension);
  };
  auto ReleasesWhatItIsGiven = [this](const FunctionDecl *Callee) {
    return ReleasingWaits.contains(Callee);
  };
  for (const LockHeldAtSuspension &Held :
       locksHeldAcrossSuspensions(Coroutine, *Result.Context, Locks,
                                  CountsAsSuspension, ReleasesWhatItIsGiven))
    reportHeldLock(Held, *Result.Context);
}

bool LockHeldAcrossSuspensionCheck::isAllowedSuspension(
    const Expr *Suspension) {
  const auto *Await = dyn_cast<CoawaitExpr>(Suspension);
  if (!Await || AllowedAwaitables.names().empty())
    return false;
  // The awaitable as written, or what the promise's await_transform made of it.
  return namesListedType(Await->getOperand()->getType(),
                         AllowedAwaitableTypes) ||
         (Await->getCommonExpr() &&
          namesListedType(Await->getCommonExpr()->getType(),
                          AllowedAwaitableTypes));
}

/// How the message names a mutex type: by the alias it is written with
/// (`folly::SharedMutex`), else fully qualified (`absl::Mutex`).
static std::string mutexNameOf(QualType Mutex, const ASTContext &Ctx) {
  if (const auto *Alias = Mutex->getAs<TypedefType>())
    return Alias->getDecl()->getQualifiedNameAsString();
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.FullyQualifiedName = true;
  Policy.SuppressScope = false;
  Policy.SuppressTagKeyword = true;
  Policy.SuppressUnwrittenScope = true;
  return Mutex.getCanonicalType().getUnqualifiedType().getAsString(Policy);
}

/// How the message names what holds the lock: the guard, or the direct
/// `m.lock()` call as written.
static std::string holderOf(const LockHeldAtSuspension &Held,
                            const ASTContext &Ctx) {
  if (Held.Guard)
    return "'" + Held.Guard->getNameAsString() + "'";
  StringRef Written = Lexer::getSourceText(
      CharSourceRange::getTokenRange(Held.LockCall->getSourceRange()),
      Ctx.getSourceManager(), Ctx.getLangOpts());
  if (Written.empty() || Written.contains('\n'))
    return "'lock()'";
  return "'" + Written.str() + "'";
}

void LockHeldAcrossSuspensionCheck::reportHeldLock(
    const LockHeldAtSuspension &Held, ASTContext &Ctx) {
  SourceLocation At = Held.Suspension->getBeginLoc();
  if (!isFirstReport(At, Ctx.getSourceManager(), Held.AcquiredAt))
    return;
  diag(At, "'%0' locked by %1 is held across this '%2'; release it before "
           "suspending, or use an async mutex")
      << mutexNameOf(Held.Mutex, Ctx) << holderOf(Held, Ctx)
      << (isa<CoyieldExpr>(Held.Suspension) ? "co_yield" : "co_await")
      << Held.Suspension->getSourceRange();
  switch (Held.How) {
  case Acquisition::Declaration:
  case Acquisition::Relock:
    diag(Held.AcquiredAt, "%0 takes the lock here", DiagnosticIDs::Note)
        << Held.Guard;
    break;
  case Acquisition::Parameter:
    diag(Held.AcquiredAt, "%0 is passed in holding the lock",
         DiagnosticIDs::Note)
        << Held.Guard;
    break;
  case Acquisition::Assignment:
    diag(Held.AcquiredAt, "%0 is assigned a held lock here",
         DiagnosticIDs::Note)
        << Held.Guard;
    break;
  case Acquisition::TakeOver:
    diag(Held.AcquiredAt, "%0 takes over the lock of %1 here",
         DiagnosticIDs::Note)
        << Held.Guard << Held.TakenOverFrom;
    break;
  case Acquisition::MutexLock:
    diag(Held.AcquiredAt, "the mutex is locked here", DiagnosticIDs::Note);
    break;
  }
}

} // namespace clang::tidy::async
