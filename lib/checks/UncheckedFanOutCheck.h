//===--- UncheckedFanOutCheck.h - async-unchecked-fan-out -----------------===//
//
// Finds gather-style fan-out whose per-task errors are never looked at: the
// outcomes it returns are discarded or never inspected.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_UNCHECKEDFANOUTCHECK_H
#define ASYNC_TIDY_CHECKS_UNCHECKEDFANOUTCHECK_H

#include "analysis/NameLists.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::async {

class UncheckedFanOutCheck : public ClangTidyCheck {
public:
  UncheckedFanOutCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

private:
  NameListOption FanOutFunctions;
  NamedDeclSet FanOut;
  llvm::DenseSet<SourceLocation> Reported;
};

} // namespace clang::tidy::async

#endif
