//===--- SwallowedCancellationCheck.h - async-swallowed-cancellation ------===//
//
// Finds catch handlers and error-code checks in coroutines that swallow
// cancellation, so a retry loop never stops or the awaiter gets a made-up
// result.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_SWALLOWEDCANCELLATIONCHECK_H
#define ASYNC_TIDY_CHECKS_SWALLOWEDCANCELLATIONCHECK_H

#include "analysis/ControlExits.h"
#include "analysis/ExceptionClasses.h"
#include "analysis/NameLists.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

struct CoroutineWalk;
struct TryInCoroutine;
struct AwaitInCoroutine;

class SwallowedCancellationCheck : public AsyncTidyCheck {
public:
  SwallowedCancellationCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  /// The exception form: handlers of a `try` whose block awaits something.
  void checkHandlers(const TryInCoroutine &Try, const CoroutineWalk &Walk,
                     ASTContext &Ctx);
  /// The error-code form: an awaited operation whose error a loop ignores.
  void checkErrorCodeLoop(const AwaitInCoroutine &Await,
                          const CoroutineWalk &Walk, ASTContext &Ctx);

  /// The listed cancellation class a handler can receive (null for a
  /// `catch (...)`), preferring one of the coroutine's \p Library, or
  /// nothing when it cannot receive a cancellation.
  std::optional<const CXXRecordDecl *>
  cancellationCaughtBy(const CXXTryStmt *Try, unsigned Index,
                       llvm::StringRef Library);
  /// The handler deals with cancellation: it rethrows on every path, tests
  /// for it, or keeps the exception to rethrow after the handler.
  bool handlesCancellation(const CXXCatchStmt *Handler,
                           const TryInCoroutine &Try, const CoroutineWalk &Walk,
                           ASTContext &Ctx);
  bool rethrowsAllButOneError(const CXXCatchStmt *Handler, ASTContext &Ctx);
  bool dispatchesCancellation(const CXXCatchStmt *Handler, ASTContext &Ctx);
  bool keepsExceptionForLater(const CXXCatchStmt *Handler,
                              const CXXTryStmt *Try, const CoroutineWalk &Walk,
                              ASTContext &Ctx);
  /// The handler only completes into code after the `try` that throws
  /// (`if (Failed) throw ...;`): the cancellation surfaces after all.
  bool surfacesAfterTheTry(const CXXCatchStmt *Handler, const Exits &Leaves,
                           const TryInCoroutine &Try, ASTContext &Ctx);
  /// After the handler, the enclosing loop starts its next iteration.
  bool goesRoundAgain(const CXXCatchStmt *Handler, const Exits &Leaves,
                      const TryInCoroutine &Try, ASTContext &Ctx);
  bool isRethrowCall(const Expr *Call);
  ControlExits controlExits(ASTContext &Ctx);
  Exits exitsOf(const Stmt *S, ASTContext &Ctx);

  NameListOption CancellationExceptions;
  NameListOption RethrowFunctions;
  const bool StrictMode;
  ListedExceptionClasses Cancellations;
  NamedDeclSet Rethrowers;
};

} // namespace clang::tidy::async

#endif
