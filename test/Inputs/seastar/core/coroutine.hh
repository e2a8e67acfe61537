// Stub of Seastar's API for async-tidy tests; mirrors
// include/seastar/core/coroutine.hh (scylladb/seastar). Only the surface
// the tests need is declared.
//
// A coroutine returning seastar::future<T> is EAGER: its promise's
// initial_suspend() returns std::suspend_never. A future is awaited through
// the free `seastar::operator co_await(future<T>&&)` declared here.
#ifndef ASYNC_TIDY_STUB_SEASTAR_CORE_COROUTINE_HH
#define ASYNC_TIDY_STUB_SEASTAR_CORE_COROUTINE_HH

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {
namespace internal {

template <typename T = void>
class coroutine_traits_base {
public:
  class promise_type final {
    seastar::promise<T> _promise;

  public:
    promise_type() = default;
    promise_type(promise_type &&) = delete;
    promise_type(const promise_type &) = delete;

    template <typename... U>
    void return_value(U &&...value) {
      _promise.set_value(std::forward<U>(value)...);
    }
    void unhandled_exception() noexcept {
      _promise.set_to_current_exception();
    }
    seastar::future<T> get_return_object() noexcept {
      return _promise.get_future();
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
  };
};

template <>
class coroutine_traits_base<void> {
public:
  class promise_type final {
    seastar::promise<> _promise;

  public:
    promise_type() = default;
    promise_type(promise_type &&) = delete;
    promise_type(const promise_type &) = delete;

    void return_void() noexcept { _promise.set_value(); }
    void unhandled_exception() noexcept {
      _promise.set_to_current_exception();
    }
    seastar::future<> get_return_object() noexcept {
      return _promise.get_future();
    }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
  };
};

template <bool CheckPreempt, typename T>
struct awaiter {
  seastar::future<T> _future;

  explicit awaiter(seastar::future<T> &&f) noexcept : _future(std::move(f)) {}
  awaiter(const awaiter &) = delete;
  awaiter(awaiter &&) = delete;

  bool await_ready() const noexcept { return _future.available(); }
  template <typename U>
  void await_suspend(std::coroutine_handle<U> hndl) noexcept {
    (void)hndl;
  }
  std::conditional_t<std::is_void_v<T>, void, T> await_resume() {
    return _future.get();
  }
};

} // namespace internal

template <typename T>
auto operator co_await(future<T> &&f) noexcept {
  return internal::awaiter<true, T>(std::move(f));
}

namespace coroutine {

// Awaiting this does not check for preemption.
template <typename T>
struct [[nodiscard]] without_preemption_check : public seastar::future<T> {
  explicit without_preemption_check(seastar::future<T> &&f) noexcept
      : seastar::future<T>(std::move(f)) {}
};

// `co_await coroutine::maybe_yield()` yields if the task quota is used up.
class maybe_yield {
public:
  bool await_ready() const noexcept { return true; }
  template <typename T>
  void await_suspend(std::coroutine_handle<T>) noexcept {}
  void await_resume() noexcept {}
};

} // namespace coroutine
} // namespace seastar

template <typename T, typename... Args>
struct std::coroutine_traits<seastar::future<T>, Args...>
    : public seastar::internal::coroutine_traits_base<T> {};

#endif
