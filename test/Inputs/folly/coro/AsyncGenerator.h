// Stub of folly's API for async-tidy tests; mirrors
// folly/coro/AsyncGenerator.h (facebook/folly; also reachable as
// folly/experimental/coro/AsyncGenerator.h). Only the surface the tests
// need is declared.
//
// AsyncGenerator is lazy (initial_suspend() returns std::suspend_always).
// The generator is not awaitable itself; `co_await gen.next()` (from a
// folly::coro::Task) yields a NextResult that is empty at the end.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_ASYNCGENERATOR_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_ASYNCGENERATOR_H

#include <coroutine>
#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Result.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly::coro {

template <typename Reference, typename Value = std::remove_cvref_t<Reference>,
          bool RequiresCleanup = false>
class AsyncGenerator;

namespace detail {

template <typename Reference, typename Value, bool RequiresCleanup>
class AsyncGeneratorPromise {
  class YieldAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

public:
  AsyncGenerator<Reference, Value, RequiresCleanup>
  get_return_object() noexcept;

  std::suspend_always initial_suspend() noexcept { return {}; }
  YieldAwaiter final_suspend() noexcept { return {}; }

  YieldAwaiter yield_value(Reference &&value) noexcept(
      std::is_nothrow_move_constructible_v<Reference>) {
    (void)value;
    return {};
  }

  template <typename U = Value>
    requires(!std::is_reference_v<Reference> &&
             std::is_convertible_v<U &&, Reference>)
  YieldAwaiter yield_value(U &&value) {
    (void)value;
    return {};
  }

  YieldAwaiter yield_value(co_error &&error) noexcept {
    (void)error;
    return {};
  }

  void unhandled_exception() noexcept {}
  void return_void() noexcept {}

  template <typename Awaitable>
  auto await_transform(Awaitable &&awaitable)
      -> decltype(folly::coro::co_viaIfAsync(
          std::declval<Executor::KeepAlive<>>(),
          static_cast<Awaitable &&>(awaitable))) {
    return folly::coro::co_viaIfAsync(executor_,
                                      static_cast<Awaitable &&>(awaitable));
  }

  struct ExecutorAwaiter {
    Executor *executor_;
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    Executor *await_resume() noexcept { return executor_; }
  };
  ExecutorAwaiter await_transform(co_current_executor_t) noexcept {
    return {executor_.get()};
  }

private:
  Executor::KeepAlive<> executor_;
};

} // namespace detail

template <typename Reference, typename Value, bool RequiresCleanup>
class [[nodiscard]] AsyncGenerator {
public:
  using promise_type =
      detail::AsyncGeneratorPromise<Reference, Value, RequiresCleanup>;
  using value_type = Value;
  using reference = Reference;
  using pointer = std::add_pointer_t<Reference>;

private:
  using handle_t = std::coroutine_handle<promise_type>;

public:
  AsyncGenerator() noexcept : coro_() {}
  AsyncGenerator(AsyncGenerator &&other) noexcept
      : coro_(std::exchange(other.coro_, {})) {}
  AsyncGenerator(const AsyncGenerator &) = delete;
  ~AsyncGenerator() {
    if (coro_)
      coro_.destroy();
  }
  AsyncGenerator &operator=(AsyncGenerator &&other) noexcept {
    std::swap(coro_, other.coro_);
    return *this;
  }

  class NextResult {
  public:
    NextResult() noexcept = default;
    bool has_value() const noexcept { return value_ != nullptr; }
    explicit operator bool() const noexcept { return has_value(); }
    Reference value() { return static_cast<Reference>(*value_); }
    Reference operator*() { return value(); }
    std::add_pointer_t<std::remove_reference_t<Reference>> operator->() {
      return value_;
    }

  private:
    std::add_pointer_t<std::remove_reference_t<Reference>> value_ = nullptr;
  };

  class NextAwaitable {
  public:
    bool await_ready() noexcept { return false; }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
      return std::noop_coroutine();
    }
    NextResult await_resume() { return NextResult{}; }
  };

  // Semi-awaitable: awaited from folly::coro::Task through co_viaIfAsync.
  class NextSemiAwaitable {
  public:
    friend NextAwaitable co_viaIfAsync(Executor::KeepAlive<>,
                                       NextSemiAwaitable &&) noexcept {
      return NextAwaitable{};
    }
  };

  NextSemiAwaitable next() noexcept { return NextSemiAwaitable{}; }

private:
  friend promise_type;
  explicit AsyncGenerator(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

namespace detail {
template <typename Reference, typename Value, bool RequiresCleanup>
AsyncGenerator<Reference, Value, RequiresCleanup>
AsyncGeneratorPromise<Reference, Value,
                      RequiresCleanup>::get_return_object() noexcept {
  return AsyncGenerator<Reference, Value, RequiresCleanup>{
      std::coroutine_handle<AsyncGeneratorPromise>::from_promise(*this)};
}
} // namespace detail

} // namespace folly::coro

#endif
