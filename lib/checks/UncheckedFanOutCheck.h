//===--- UncheckedFanOutCheck.h - async-unchecked-fan-out -----------------===//
//
// Finds gather-style fan-out whose per-task errors are never looked at: the
// outcomes it returns are discarded or never inspected.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNCHECKEDFANOUTCHECK_H
#define ASYNC_TIDY_CHECKS_UNCHECKEDFANOUTCHECK_H

#include "analysis/NameLists.h"
#include "analysis/TaskTypes.h"
#include "checks/AsyncTidyCheck.h"

namespace clang::tidy::async {

class UncheckedFanOutCheck : public AsyncTidyCheck {
public:
  UncheckedFanOutCheck(StringRef Name, ClangTidyContext *Context);
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

private:
  void startTranslationUnit() override;
  bool noTaskCanFail(const CallExpr *FanOutCall);

  TaskTypeOptions TaskOptions;
  NameListOption FanOutFunctions;
  TaskTypeClassifier Tasks;
  NamedDeclSet FanOut;
};

} // namespace clang::tidy::async

#endif
