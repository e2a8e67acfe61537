#include "checks/AsyncTidyCheck.h"
#include "clang/Basic/SourceManager.h"

namespace clang::tidy::async {

void AsyncTidyCheck::onStartOfTranslationUnit() { startTranslationUnit(); }

bool AsyncTidyCheck::isFirstReport(SourceLocation Loc, const SourceManager &SM,
                                   SourceLocation Other) {
  if (Loc.isInvalid() || SM.isInSystemMacro(Loc))
    return false;
  return Reported.insert({Loc, Other}).second;
}

} // namespace clang::tidy::async
