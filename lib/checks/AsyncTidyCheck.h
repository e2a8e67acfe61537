//===--- AsyncTidyCheck.h - what every async-* check does the same way
//-----===//
//
// Every check runs on C++20 coroutines only, and reports each source location
// once: a template's code is matched once per instantiation, and a finding in
// it is one finding. A diagnostic inside a macro that a system header
// defines is not the user's to fix, so it is not reported at all.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_CHECKS_ASYNCTIDYCHECK_H
#define ASYNC_TIDY_CHECKS_ASYNCTIDYCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <utility>

namespace clang::tidy::async {

class AsyncTidyCheck : public ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus20 || LangOpts.Coroutines;
  }
  void onStartOfTranslationUnit() final;

protected:
  /// Forget what the last translation unit taught the check (its caches of
  /// declarations, which die with their ASTContext).
  virtual void startTranslationUnit() {}

  /// True the first time a finding at \p Loc (with \p Other, for findings
  /// that are pairs of places) is to be reported, and it is not inside a
  /// system header's macro.
  bool isFirstReport(SourceLocation Loc, const SourceManager &SM,
                     SourceLocation Other = SourceLocation());

private:
  llvm::DenseSet<std::pair<SourceLocation, SourceLocation>> Reported;
};

} // namespace clang::tidy::async

#endif
