// Stub of libunifex's API for async-tidy tests; mirrors
// libunifex/include/unifex/task.hpp (facebookexperimental/libunifex). Only
// the surface the tests need is declared.
//
// unifex::task<T> is LAZY (initial_suspend() returns suspend_always). It
// has NO operator co_await: it is awaitable only from a coroutine whose
// promise routes co_await through the unifex::await_transform CPO (another
// unifex::task), which finds task's tag_invoke customisation. It is also a
// sender, so unifex::sync_wait accepts it.
#ifndef ASYNC_TIDY_STUB_UNIFEX_TASK_HPP
#define ASYNC_TIDY_STUB_UNIFEX_TASK_HPP

#include <coroutine>
#include <exception>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include <unifex/await_transform.hpp>

namespace unifex {
namespace _task {

template <typename T>
struct _task {
  struct [[nodiscard]] type;
};

struct _promise_base {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::coroutine_handle<> unhandled_done() noexcept {
    return std::noop_coroutine();
  }
  std::coroutine_handle<> continuation_;
};

template <typename T>
struct _return_value_or_void {
  struct type {
    template <typename Value = T>
      requires std::is_convertible_v<Value, T>
    void return_value(Value &&value) {
      result_.template emplace<1>(static_cast<Value &&>(value));
    }
    std::variant<std::monostate, T, std::exception_ptr> result_;
  };
};

template <>
struct _return_value_or_void<void> {
  struct type {
    void return_void() noexcept { result_.template emplace<1>(); }
    std::variant<std::monostate, std::monostate, std::exception_ptr> result_;
  };
};

struct _task_base {};

template <typename T>
struct _promise {
  struct type : _promise_base, _return_value_or_void<T>::type {
    using result_type = T;

    typename _task<T>::type get_return_object() noexcept;

    auto final_suspend() noexcept {
      struct awaiter {
        bool await_ready() noexcept { return false; }
        std::coroutine_handle<>
        await_suspend(std::coroutine_handle<type> h) noexcept {
          auto c = h.promise().continuation_;
          return c ? c : std::noop_coroutine();
        }
        void await_resume() noexcept {}
      };
      return awaiter{};
    }

    void unhandled_exception() noexcept {
      this->result_.template emplace<2>(std::current_exception());
    }

    template <typename Value>
    decltype(auto) await_transform(Value &&value) {
      return unifex::await_transform(*this, static_cast<Value &&>(value));
    }

    T result() {
      if (this->result_.index() == 2)
        std::rethrow_exception(std::get<2>(this->result_));
      if constexpr (!std::is_void_v<T>)
        return std::move(std::get<1>(this->result_));
    }
  };
};

template <typename ThisPromise, typename OtherPromise>
struct _awaiter {
  struct type {
    using result_type = typename ThisPromise::result_type;

    explicit type(std::coroutine_handle<ThisPromise> coro) noexcept
        : coro_(coro) {}
    type(type &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    ~type() {
      if (coro_)
        coro_.destroy();
    }

    bool await_ready() noexcept { return false; }
    std::coroutine_handle<ThisPromise>
    await_suspend(std::coroutine_handle<OtherPromise> h) noexcept {
      coro_.promise().continuation_ = h;
      return coro_;
    }
    result_type await_resume() { return coro_.promise().result(); }

  private:
    std::coroutine_handle<ThisPromise> coro_;
  };
};

template <typename T>
struct _task<T>::type : _task_base {
  using promise_type = typename _promise<T>::type;
  friend promise_type;

  template <template <typename...> class Variant,
            template <typename...> class Tuple>
  using value_types =
      Variant<std::conditional_t<std::is_void_v<T>, Tuple<>, Tuple<T>>>;

  template <template <typename...> class Variant>
  using error_types = Variant<std::exception_ptr>;

  static constexpr bool sends_done = true;

  ~type() {
    if (coro_)
      coro_.destroy();
  }
  type(type &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  type &operator=(type t) noexcept {
    std::swap(coro_, t.coro_);
    return *this;
  }

private:
  template <typename OtherPromise>
  using awaiter = typename _awaiter<promise_type, OtherPromise>::type;

  explicit type(std::coroutine_handle<promise_type> h) noexcept : coro_(h) {}

  template <typename Promise>
  friend awaiter<Promise> tag_invoke(tag_t<unifex::await_transform>, Promise &,
                                     type &&t) noexcept {
    return awaiter<Promise>{std::exchange(t.coro_, {})};
  }

  std::coroutine_handle<promise_type> coro_;
};

template <typename T>
typename _task<T>::type _promise<T>::type::get_return_object() noexcept {
  return typename _task<T>::type{
      std::coroutine_handle<type>::from_promise(*this)};
}

} // namespace _task

template <typename T>
using task = typename _task::_task<T>::type;

} // namespace unifex

#endif
