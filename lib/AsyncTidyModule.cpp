//===--- AsyncTidyModule.cpp - the async-* checks -------------------------===//

#include "checks/BlockingCallInCoroutineCheck.h"
#include "checks/DanglingCoroutineReferenceCheck.h"
#include "checks/DetachedSpawnCheck.h"
#include "checks/LockHeldAcrossSuspensionCheck.h"
#include "checks/SwallowedCancellationCheck.h"
#include "checks/UnawaitedTaskCheck.h"
#include "checks/UnboundedFanOutCheck.h"
#include "checks/UncheckedFanOutCheck.h"
#include "compat/Compat.h"

namespace clang::tidy {
namespace async {

class AsyncTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<BlockingCallInCoroutineCheck>(
        "async-blocking-call-in-coroutine");
    Factories.registerCheck<DanglingCoroutineReferenceCheck>(
        "async-dangling-coroutine-reference");
    Factories.registerCheck<DetachedSpawnCheck>("async-detached-spawn");
    Factories.registerCheck<LockHeldAcrossSuspensionCheck>(
        "async-lock-held-across-suspension");
    Factories.registerCheck<SwallowedCancellationCheck>(
        "async-swallowed-cancellation");
    Factories.registerCheck<UnawaitedTaskCheck>("async-unawaited-task");
    Factories.registerCheck<UnboundedFanOutCheck>("async-unbounded-fan-out");
    Factories.registerCheck<UncheckedFanOutCheck>("async-unchecked-fan-out");
  }
};

} // namespace async

static ClangTidyModuleRegistry::Add<async::AsyncTidyModule>
    X("async-module", "Checks for misuse of C++20 coroutines and asynchronous "
                      "C++.");

// Referenced by the statically linked front ends so that the linker keeps
// this object file, and with it the registration above.
volatile int AsyncTidyModuleAnchorSource = 0;

} // namespace clang::tidy
