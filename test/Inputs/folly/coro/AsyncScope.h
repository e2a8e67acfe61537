// Stub of folly's API for async-tidy tests; mirrors folly/coro/AsyncScope.h
// (facebook/folly; also reachable as folly/experimental/coro/AsyncScope.h).
// Only the surface the tests need is declared.
//
// add() starts an awaitable eagerly and detaches it into the scope. A plain
// Task cannot be added (it is not awaitable on its own): bind it to an
// executor first, e.g. scope.add(co_withExecutor(ex, task())).
// joinAsync() must be awaited (or cleanup() waited on) before destruction.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_ASYNCSCOPE_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_ASYNCSCOPE_H

#include <cstddef>
#include <optional>
#include <type_traits>

#include <folly/CancellationToken.h>
#include <folly/Unit.h>
#include <folly/coro/Task.h>
#include <folly/coro/Traits.h>
#include <folly/futures/Future.h>

namespace folly::coro {

class AsyncScope {
public:
  AsyncScope() noexcept;
  explicit AsyncScope(bool throwOnJoin) noexcept;
  ~AsyncScope();

  std::size_t remaining() const noexcept;

  template <typename Awaitable>
  void add(Awaitable &&awaitable, void *returnAddress = nullptr) {
    static_assert(is_awaitable_v<Awaitable>,
                  "AsyncScope::add() needs an awaitable; bind a Task to an "
                  "executor first (co_withExecutor / scheduleOn)");
    static_assert(std::is_void_v<await_result_t<Awaitable>> ||
                      std::is_same_v<await_result_t<Awaitable>, Unit>,
                  "Result of the task would be discarded. Make sure task "
                  "result is either void or folly::Unit.");
    (void)awaitable;
    (void)returnAddress;
  }

  Task<void> joinAsync() noexcept;
  SemiFuture<Unit> cleanup() noexcept;
};

class CancellableAsyncScope {
public:
  CancellableAsyncScope() noexcept;
  explicit CancellableAsyncScope(bool throwOnJoin) noexcept;
  explicit CancellableAsyncScope(CancellationToken &&token);

  std::size_t remaining() const noexcept;

  template <typename Awaitable>
  void add(Awaitable &&awaitable,
           std::optional<CancellationToken> token = std::nullopt,
           void *returnAddress = nullptr) {
    scope_.add(static_cast<Awaitable &&>(awaitable), returnAddress);
    (void)token;
  }

  template <class T>
  Task<void> co_schedule(Task<T> &&task) {
    add(co_withExecutor(co_await co_current_executor, std::move(task)));
    co_return;
  }

  void requestCancellation() const noexcept;
  bool isScopeCancellationRequested() const noexcept;
  Task<void> cancelAndJoinAsync() noexcept;
  Task<void> joinAsync() noexcept;

private:
  AsyncScope scope_;
};

} // namespace folly::coro

#endif
