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
#include "analysis/TaskTypes.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

class BlockingCallInCoroutineCheck : public ClangTidyCheck {
public:
  BlockingCallInCoroutineCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

private:
  void checkCall(const Expr *Call, ASTContext &Ctx);
  void reportDirect(const BlockingCall &Blocking, const SourceManager &SM);
  void reportThroughHelper(const Expr *Call, const BlockingChain &Chain,
                           const SourceManager &SM);
  /// Each source location once, however many template instantiations
  /// reach it; never inside a macro of a system header.
  bool shouldReport(SourceLocation Loc, const SourceManager &SM);

  NameListOption BlockingFunctions;
  NameListOption AllowedFunctions;
  NameListOption OffloadAwaitables;
  const unsigned MaxCallDepth;
  TaskTypeOptions TaskOptions;
  TaskTypeClassifier Classifier;
  BlockingCallClassifier Blocking;
  BlockingSummaries Helpers;
  OffloadRecognizer Offload;
  llvm::DenseSet<const FunctionDecl *> SpawnedOnThreadPool;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif
