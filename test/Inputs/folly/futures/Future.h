// Stub of folly's API for async-tidy tests; mirrors folly/futures/Future.h
// (facebook/folly). Only the surface the tests need is declared.
//
// SemiFuture<T> / Future<T>: get() and getTry() are rvalue-qualified
// (`std::move(f).get()`), as in folly. get()/wait() block the calling thread.
// Future<T> is awaitable through a free `operator co_await(Future<T>&&)`;
// a SemiFuture is awaited inside folly::coro::Task through co_viaIfAsync.
#ifndef ASYNC_TIDY_STUB_FOLLY_FUTURES_FUTURE_H
#define ASYNC_TIDY_STUB_FOLLY_FUTURES_FUTURE_H

#include <chrono>
#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>

namespace folly {

using HighResDuration = std::chrono::steady_clock::duration;
using Duration = std::chrono::milliseconds;

template <typename T>
class SemiFuture;
template <typename T>
class Future;
template <typename T>
class Promise;
class Timekeeper;

namespace futures::detail {
template <typename R>
struct value_of {
  using type = R;
};
template <>
struct value_of<void> {
  using type = Unit;
};
template <typename U>
struct value_of<Future<U>> {
  using type = U;
};
template <typename U>
struct value_of<SemiFuture<U>> {
  using type = U;
};
template <typename R>
using value_of_t = typename value_of<std::remove_cvref_t<R>>::type;

template <typename F, typename T>
using then_value_t = value_of_t<std::invoke_result_t<F, T &&>>;
} // namespace futures::detail

template <typename T>
class SemiFuture {
public:
  using value_type = T;

  SemiFuture(SemiFuture &&) noexcept;
  /* implicit */ SemiFuture(Future<T> &&) noexcept;
  SemiFuture &operator=(SemiFuture &&) noexcept;
  SemiFuture(const SemiFuture &) = delete;
  SemiFuture &operator=(const SemiFuture &) = delete;
  ~SemiFuture();

  bool valid() const noexcept;
  bool isReady() const;
  bool hasValue() const;
  bool hasException() const;

  // Blocking: wait for the result and return it (rethrowing on error).
  T get() &&;
  T get(HighResDuration dur) &&;
  Try<T> getTry() &&;

  // Blocking wait.
  SemiFuture<T> &wait() &;
  SemiFuture<T> &&wait() &&;
  SemiFuture<T> &wait(HighResDuration dur) &;
  SemiFuture<T> &&wait(HighResDuration dur) &&;

  Future<T> via(Executor::KeepAlive<> executor) &&;
  Future<T> toUnsafeFuture() &&;

  template <typename F>
  SemiFuture<futures::detail::then_value_t<F, T>> deferValue(F &&func) && {
    (void)func;
    std::terminate(); // stub: never runs
  }

  // Allows `co_await semiFuture` inside folly::coro::Task.
  friend Future<T> co_viaIfAsync(Executor::KeepAlive<> executor,
                                 SemiFuture<T> &&future) noexcept {
    return std::move(future).via(std::move(executor));
  }

private:
  void *core_ = nullptr;
};

template <typename T>
class Future {
public:
  using value_type = T;

  Future(Future &&) noexcept;
  Future &operator=(Future &&) noexcept;
  Future(const Future &) = delete;
  Future &operator=(const Future &) = delete;
  ~Future();

  bool valid() const noexcept;
  bool isReady() const;
  bool hasValue() const;
  bool hasException() const;

  // Blocking: wait for the result and return it (rethrowing on error).
  T get() &&;
  T get(HighResDuration dur) &&;
  Try<T> getTry() &&;

  // Blocking wait.
  Future<T> &wait() &;
  Future<T> &&wait() &&;
  Future<T> &wait(HighResDuration dur) &;
  Future<T> &&wait(HighResDuration dur) &&;

  Future<T> via(Executor::KeepAlive<> executor) &&;
  SemiFuture<T> semi() && { return SemiFuture<T>{std::move(*this)}; }

  template <typename F>
  Future<futures::detail::then_value_t<F, T>> thenValue(F &&func) && {
    (void)func;
    std::terminate(); // stub: never runs
  }

  template <typename F>
  Future<futures::detail::value_of_t<std::invoke_result_t<F, Try<T> &&>>>
  thenTry(F &&func) && {
    (void)func;
    std::terminate(); // stub: never runs
  }

  template <typename F>
  Future<T> thenError(F &&func) && {
    (void)func;
    std::terminate(); // stub: never runs
  }

  template <typename F>
  Future<T> ensure(F &&func) && {
    (void)func;
    std::terminate(); // stub: never runs
  }

private:
  void *core_ = nullptr;
};

template <typename T>
class Promise {
public:
  Promise();
  Promise(Promise &&) noexcept;
  Promise &operator=(Promise &&) noexcept;
  ~Promise();

  SemiFuture<T> getSemiFuture();
  Future<T> getFuture();

  template <typename M>
  void setValue(M &&value) {
    (void)value;
  }
  void setValue()
    requires std::is_same_v<T, Unit>;
  void setException(exception_wrapper ew);
  void setTry(Try<T> &&t);
  bool isFulfilled() const noexcept;
};

SemiFuture<Unit> makeSemiFuture();
template <typename T>
SemiFuture<std::decay_t<T>> makeSemiFuture(T &&t) {
  (void)t;
  std::terminate(); // stub: never runs
}
template <typename T>
SemiFuture<T> makeSemiFuture(exception_wrapper ew);

Future<Unit> makeFuture();
template <typename T>
Future<std::decay_t<T>> makeFuture(T &&t) {
  (void)t;
  std::terminate(); // stub: never runs
}
template <typename T>
Future<T> makeFuture(exception_wrapper ew);

namespace futures {
SemiFuture<Unit> sleep(HighResDuration dur, Timekeeper *tk = nullptr);
} // namespace futures

namespace detail {
template <typename T>
class FutureAwaiter {
public:
  explicit FutureAwaiter(Future<T> &&future) noexcept
      : future_(std::move(future)) {}
  bool await_ready();
  void await_suspend(std::coroutine_handle<> h);
  T await_resume();
  Try<drop_unit_t<T>> await_resume_try();

private:
  Future<T> future_;
};
} // namespace detail

template <typename T>
detail::FutureAwaiter<T> operator co_await(Future<T> &&future) noexcept {
  return detail::FutureAwaiter<T>(std::move(future));
}

} // namespace folly

#endif
