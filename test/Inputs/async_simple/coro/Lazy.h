// Stub of async_simple's API for async-tidy tests; mirrors
// async_simple/coro/Lazy.h (alibaba/async_simple). Only the surface the
// tests need is declared; bodies are placeholders.
//
// Lazy<T> is LAZY: LazyPromiseBase::initial_suspend() returns
// std::suspend_always. It is awaitable through a member operator co_await
// (and, inside another Lazy, through LazyPromiseBase::await_transform,
// which calls coAwait(executor)). start(callback) starts it and hands the
// callback an async_simple::Try<T>; via(executor) binds an executor and
// returns a RescheduleLazy<T>.
#ifndef ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_LAZY_H
#define ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_LAZY_H

#include <coroutine>
#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

#include <async_simple/Executor.h>
#include <async_simple/Try.h>

namespace async_simple::coro {

template <typename T = void>
class Lazy;
template <typename T = void>
class RescheduleLazy;

// `co_await CurrentExecutor{}` yields the Executor* of the current Lazy.
struct CurrentExecutor {};

// `co_await Yield{}` reschedules the current Lazy on its executor.
struct Yield {};

namespace detail {

// Calls awaitable.coAwait(ex) when available (Lazy, RescheduleLazy ...),
// else returns the awaitable unchanged.
template <typename Awaitable>
decltype(auto) coAwait(Executor *ex, Awaitable &&awaitable) {
  if constexpr (requires {
                  static_cast<Awaitable &&>(awaitable).coAwait(ex);
                })
    return static_cast<Awaitable &&>(awaitable).coAwait(ex);
  else
    return static_cast<Awaitable &&>(awaitable);
}

struct DetachedCoroutine {
  struct promise_type {
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() {}
    DetachedCoroutine get_return_object() noexcept { return {}; }
  };
};

class LazyPromiseBase {
public:
  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    template <typename PromiseType>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<PromiseType> h) noexcept {
      auto c = h.promise()._continuation;
      return c ? c : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  struct ExecutorAwaiter {
    Executor *_ex;
    bool await_ready() const noexcept { return true; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    Executor *await_resume() const noexcept { return _ex; }
  };

  LazyPromiseBase() noexcept : _executor(nullptr) {}

  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  template <typename Awaitable>
  decltype(auto) await_transform(Awaitable &&awaitable) {
    return detail::coAwait(_executor, std::forward<Awaitable>(awaitable));
  }

  ExecutorAwaiter await_transform(CurrentExecutor) noexcept {
    return ExecutorAwaiter{_executor};
  }

  std::suspend_always await_transform(Yield) noexcept { return {}; }

  std::coroutine_handle<> _continuation;
  Executor *_executor;
};

template <typename T>
class LazyPromise : public LazyPromiseBase {
public:
  Lazy<T> get_return_object() noexcept;

  template <typename V>
    requires std::is_convertible_v<V &&, T>
  void return_value(V &&value) noexcept(
      std::is_nothrow_constructible_v<T, V &&>) {
    _value.template emplace<T>(std::forward<V>(value));
  }

  void unhandled_exception() noexcept {
    _value.template emplace<std::exception_ptr>(std::current_exception());
  }

  T &result() & {
    if (std::holds_alternative<std::exception_ptr>(_value))
      std::rethrow_exception(std::get<std::exception_ptr>(_value));
    return std::get<T>(_value);
  }
  T &&result() && {
    if (std::holds_alternative<std::exception_ptr>(_value))
      std::rethrow_exception(std::get<std::exception_ptr>(_value));
    return std::move(std::get<T>(_value));
  }

  Try<T> tryResult() noexcept;

  std::variant<std::monostate, T, std::exception_ptr> _value;
};

template <>
class LazyPromise<void> : public LazyPromiseBase {
public:
  Lazy<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void unhandled_exception() noexcept {
    _exception = std::current_exception();
  }
  void result() {
    if (_exception)
      std::rethrow_exception(_exception);
  }
  Try<void> tryResult() noexcept;

  std::exception_ptr _exception{nullptr};
};

template <typename T, bool reschedule>
class LazyBase {
public:
  using promise_type = LazyPromise<T>;
  using Handle = std::coroutine_handle<promise_type>;
  using ValueType = T;

  struct AwaiterBase {
    Handle _handle;
    explicit AwaiterBase(Handle coro) : _handle(coro) {}
    AwaiterBase(AwaiterBase &&other) : _handle(std::exchange(other._handle, nullptr)) {}
    ~AwaiterBase() {
      if (_handle)
        _handle.destroy();
    }
    bool await_ready() noexcept { return false; }
    template <typename PromiseType>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<PromiseType> continuation) noexcept {
      _handle.promise()._continuation = continuation;
      return _handle;
    }
  };

  struct TryAwaiter : public AwaiterBase {
    using AwaiterBase::AwaiterBase;
    Try<T> await_resume() noexcept { return this->_handle.promise().tryResult(); }
  };

  struct ValueAwaiter : public AwaiterBase {
    using AwaiterBase::AwaiterBase;
    T await_resume() {
      if constexpr (std::is_void_v<T>)
        this->_handle.promise().result();
      else
        return std::move(this->_handle.promise()).result();
    }
  };

  explicit LazyBase(Handle coro) : _coro(coro) {}
  LazyBase(LazyBase &&other) : _coro(std::exchange(other._coro, nullptr)) {}
  LazyBase(const LazyBase &) = delete;
  LazyBase &operator=(const LazyBase &) = delete;
  ~LazyBase() {
    if (_coro)
      _coro.destroy();
  }

  Executor *getExecutor() { return _coro.promise()._executor; }

  // Starts the lazy; `callback` receives a Try<T> when it completes. The
  // return value of the callback is ignored.
  template <typename F>
    requires std::is_invocable_v<F &&, Try<T>>
  void start(F &&callback) {
    auto launchCoro = [](LazyBase lazy,
                         std::decay_t<F> cb) -> detail::DetachedCoroutine {
      cb(co_await lazy.coAwaitTry());
    };
    [[maybe_unused]] auto detached =
        launchCoro(std::move(*this), std::forward<F>(callback));
  }

  bool isReady() const { return !_coro || _coro.done(); }

  ValueAwaiter operator co_await() {
    return ValueAwaiter(std::exchange(_coro, nullptr));
  }

  TryAwaiter coAwaitTry() { return TryAwaiter(std::exchange(_coro, nullptr)); }

protected:
  Handle _coro;
};

} // namespace detail

template <typename T>
class [[nodiscard]] Lazy : public detail::LazyBase<T, false> {
  using Base = detail::LazyBase<T, false>;

public:
  using Base::Base;

  // Binds an executor and converts to a RescheduleLazy, which first
  // schedules itself on `ex` when started or awaited.
  RescheduleLazy<T> via(Executor *ex) &&;

  // Binds an executor without rescheduling (internal use in the library).
  Lazy<T> setEx(Executor *ex) && {
    this->_coro.promise()._executor = ex;
    return Lazy<T>(std::exchange(this->_coro, nullptr));
  }

  // Starts the lazy on the current thread with the given executor bound.
  template <typename F>
  void directlyStart(F &&callback, Executor *executor) {
    this->_coro.promise()._executor = executor;
    return this->start(std::forward<F>(callback));
  }

  auto coAwait(Executor *ex) {
    this->_coro.promise()._executor = ex;
    return typename Base::ValueAwaiter(std::exchange(this->_coro, nullptr));
  }
};

template <typename T>
class [[nodiscard]] RescheduleLazy : public detail::LazyBase<T, true> {
  using Base = detail::LazyBase<T, true>;

public:
  using Base::Base;

  // Fire-and-forget start.
  void detach() {
    this->start([](Try<T> t) { (void)t; });
  }

  auto coAwait(Executor *) {
    return typename Base::ValueAwaiter(std::exchange(this->_coro, nullptr));
  }
};

template <typename T>
RescheduleLazy<T> Lazy<T>::via(Executor *ex) && {
  this->_coro.promise()._executor = ex;
  return RescheduleLazy<T>(std::exchange(this->_coro, nullptr));
}

namespace detail {
template <typename T>
Lazy<T> LazyPromise<T>::get_return_object() noexcept {
  return Lazy<T>(Lazy<T>::Handle::from_promise(*this));
}
inline Lazy<void> LazyPromise<void>::get_return_object() noexcept {
  return Lazy<void>(Lazy<void>::Handle::from_promise(*this));
}
template <typename T>
Try<T> LazyPromise<T>::tryResult() noexcept {
  if (std::holds_alternative<std::exception_ptr>(_value))
    return Try<T>(std::get<std::exception_ptr>(_value));
  return Try<T>(std::move(std::get<T>(_value)));
}
inline Try<void> LazyPromise<void>::tryResult() noexcept {
  if (_exception)
    return Try<void>(_exception);
  return Try<void>();
}
} // namespace detail

template <typename T>
struct is_lazy : std::false_type {};
template <typename T>
struct is_lazy<Lazy<T>> : std::true_type {};
template <typename T>
struct is_lazy<RescheduleLazy<T>> : std::true_type {};

} // namespace async_simple::coro

#endif
