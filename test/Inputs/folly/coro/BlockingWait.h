// Stub of folly's API for async-tidy tests; mirrors folly/coro/BlockingWait.h
// (facebook/folly; also reachable as folly/experimental/coro/BlockingWait.h).
// Only the surface the tests need is declared.
//
// blockingWait(x) blocks the calling thread until the semi-awaitable x
// (e.g. a Task) completes and returns its result.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_BLOCKINGWAIT_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_BLOCKINGWAIT_H

#include <exception>

#include <folly/Executor.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly {
class DrivableExecutor;
class TimedDrivableExecutor;
} // namespace folly

namespace folly::coro {

template <typename SemiAwaitable>
auto blockingWait(SemiAwaitable &&awaitable)
    -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>> {
  (void)awaitable;
  std::terminate(); // stub: never runs
}

template <typename SemiAwaitable>
auto blockingWait(SemiAwaitable &&awaitable, folly::DrivableExecutor *executor)
    -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>> {
  (void)awaitable;
  (void)executor;
  std::terminate(); // stub: never runs
}

template <typename SemiAwaitable>
auto blockingWait(SemiAwaitable &&awaitable,
                  folly::TimedDrivableExecutor *executor)
    -> detail::decay_rvalue_reference_t<semi_await_result_t<SemiAwaitable>> {
  (void)awaitable;
  (void)executor;
  std::terminate(); // stub: never runs
}

} // namespace folly::coro

#endif
