// Stub of folly's API for async-tidy tests; mirrors
// folly/coro/CurrentExecutor.h (facebook/folly). Only the surface the tests
// need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_CURRENTEXECUTOR_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_CURRENTEXECUTOR_H

#include <folly/CancellationToken.h>
#include <folly/Executor.h>

namespace folly::coro {

namespace detail {
struct co_current_executor_ {
  enum class secret_ { token_ };
  explicit constexpr co_current_executor_(secret_) {}
};
} // namespace detail

// `co_await co_current_executor` inside a Task yields the Executor*.
using co_current_executor_t = detail::co_current_executor_;
inline constexpr co_current_executor_t co_current_executor{
    co_current_executor_t::secret_::token_};

// `co_await co_current_cancellation_token` yields the CancellationToken.
struct co_current_cancellation_token_t {};
inline constexpr co_current_cancellation_token_t
    co_current_cancellation_token{};

// `co_await co_reschedule_on_current_executor` re-enqueues the coroutine.
struct co_reschedule_on_current_executor_t {};
inline constexpr co_reschedule_on_current_executor_t
    co_reschedule_on_current_executor{};

} // namespace folly::coro

#endif
