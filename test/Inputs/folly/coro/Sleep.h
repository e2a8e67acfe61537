// Stub of folly's API for async-tidy tests; mirrors folly/coro/Sleep.h
// (facebook/folly; also reachable as folly/experimental/coro/Sleep.h).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_SLEEP_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_SLEEP_H

#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly {
class Timekeeper;
}

namespace folly::coro {

// Asynchronously suspends the awaiting Task for `d`.
Task<void> sleep(HighResDuration d, Timekeeper *tk = nullptr);

// Like sleep() but completes normally (no OperationCancelled) on
// cancellation.
Task<void> sleepReturnEarlyOnCancel(HighResDuration d,
                                    Timekeeper *tk = nullptr);

} // namespace folly::coro

#endif
