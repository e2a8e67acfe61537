// Stub of Seastar's API for async-tidy tests; mirrors
// include/seastar/core/future.hh (scylladb/seastar, API level 6+: single
// value type, future<> == future<void>). Only the surface the tests need is
// declared; bodies are placeholders.
//
// Coroutine support (the std::coroutine_traits specialisation that makes
// future<T> an EAGER coroutine type, and `operator co_await(future<T>&&)`)
// lives in seastar/core/coroutine.hh, as in the real library.
#ifndef ASYNC_TIDY_STUB_SEASTAR_CORE_FUTURE_HH
#define ASYNC_TIDY_STUB_SEASTAR_CORE_FUTURE_HH

#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>

namespace seastar {

template <typename T = void>
class future;
template <typename T = void>
class promise;

namespace internal {
template <typename R>
struct futurize {
  using type = future<R>;
};
template <typename U>
struct futurize<future<U>> {
  using type = future<U>;
};
} // namespace internal

template <typename R>
using futurize_t = typename internal::futurize<std::remove_cvref_t<R>>::type;

namespace internal {
template <typename T, typename Func>
struct then_result {
  using type = futurize_t<std::invoke_result_t<Func, T &&>>;
};
template <typename Func>
struct then_result<void, Func> {
  using type = futurize_t<std::invoke_result_t<Func>>;
};
} // namespace internal

template <typename T>
class [[nodiscard]] future {
public:
  using value_type = T;

  future(future &&x) noexcept = default;
  future(const future &) = delete;
  future &operator=(future &&x) noexcept = default;
  void operator=(const future &) = delete;
  ~future() = default;

  // Waits (in a seastar::thread) and returns the value, or rethrows.
  std::conditional_t<std::is_void_v<T>, void, T> get() {
    std::terminate(); // stub: never runs
  }

  [[nodiscard]] bool available() const noexcept { return _available; }
  [[nodiscard]] bool failed() const noexcept { return _failed; }

  template <typename Func>
  typename internal::then_result<T, Func>::type then(Func &&func) noexcept {
    (void)func;
    std::terminate(); // stub: never runs
  }

  template <typename Func>
  future<T> finally(Func &&func) noexcept {
    (void)func;
    return std::move(*this);
  }

  template <typename Func>
  future<T> handle_exception(Func &&func) noexcept {
    (void)func;
    return std::move(*this);
  }

  future<> discard_result() noexcept;
  void ignore_ready_future() noexcept {}
  std::exception_ptr get_exception() noexcept { return {}; }

private:
  template <typename U>
  friend class promise;
  template <typename U, typename... A>
  friend future<U> make_ready_future(A &&...value) noexcept;
  template <typename U>
  friend future<U> make_exception_future(std::exception_ptr &&ex) noexcept;

  future() noexcept = default;

  bool _available = false;
  bool _failed = false;
};

template <typename T>
future<> future<T>::discard_result() noexcept {
  return future<>{};
}

template <typename T>
class promise {
public:
  promise() noexcept = default;
  promise(promise &&x) noexcept = default;
  promise(const promise &) = delete;
  ~promise() noexcept = default;

  future<T> get_future() noexcept { return future<T>{}; }

  template <typename... A>
  void set_value(A &&...a) noexcept {
    ((void)a, ...);
  }
  void set_exception(std::exception_ptr &&ex) noexcept { (void)ex; }
  void set_to_current_exception() noexcept {}
};

template <typename T = void, typename... A>
future<T> make_ready_future(A &&...value) noexcept {
  ((void)value, ...);
  return future<T>{};
}

template <typename T = void>
future<T> make_exception_future(std::exception_ptr &&ex) noexcept {
  (void)ex;
  return future<T>{};
}

template <typename T = void, typename Exception>
future<T> make_exception_future(Exception &&ex) noexcept {
  return make_exception_future<T>(
      std::make_exception_ptr(std::forward<Exception>(ex)));
}

} // namespace seastar

#endif
