//===--- BlockingCallInCoroutineCheck.h - async-blocking-call-in-coroutine ===//
//
// Finds calls that block the thread inside a coroutine, directly or through
// helpers, stalling every other coroutine that shares its executor.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H
#define ASYNC_TIDY_CHECKS_BLOCKINGCALLINCOROUTINECHECK_H

#include "analysis/BlockingCalls.h"
#include "analysis/Offload.h"
#include "analysis/Readiness.h"
#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

class BlockingCallInCoroutineCheck : public AsyncTidyCheck {
public:
  BlockingCallInCoroutineCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  void checkCall(const Expr *Call, const FunctionDecl *Coroutine,
                 bool Offloaded, ASTContext &Ctx);
  void reportDirect(const BlockingCall &Blocking, const SourceManager &SM);
  void reportThroughHelper(const Expr *Call, const BlockingChain &Chain,
                           const SourceManager &SM);

  NameListOption BlockingFunctions;
  NameListOption AllowedFunctions;
  NameListOption OffloadAwaitables;
  NameListOption ReadinessAwaitables;
  const unsigned MaxCallDepth;
  TaskTypeOptions TaskOptions;
  TaskTypeClassifier Classifier;
  Readiness Ready;
  BlockingCallClassifier Blocking;
  BlockingSummaries Helpers;
  OffloadRecognizer Offload;
  llvm::DenseSet<const FunctionDecl *> SpawnedOnThreadPool;
};

} // namespace clang::tidy::async

#endif
