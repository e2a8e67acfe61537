// Stub of stdexec's API for async-tidy tests; mirrors
// stdexec/include/exec/task.hpp (NVIDIA/stdexec). Only the surface the tests
// need is declared.
//
// exec::task<T> (= basic_task<T, default_task_context<T>>) is LAZY: its
// promise's initial_suspend() returns std::suspend_always. It is awaitable
// through a hidden-friend `operator co_await(basic_task&&)` (rvalues only),
// is itself a sender (so sync_wait/start_detached accept it), and its
// promise derives from stdexec::with_awaitable_senders, so senders can be
// co_awaited in its body.
#ifndef ASYNC_TIDY_STUB_EXEC_TASK_HPP
#define ASYNC_TIDY_STUB_EXEC_TASK_HPP

#include <coroutine>
#include <exception>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include <stdexec/execution.hpp>

namespace exec {
namespace __task {

template <class _Ty>
struct default_task_context {};

template <class _Ty>
struct __promise_base {
  void return_value(_Ty value) { __data_.template emplace<1>(std::move(value)); }
  std::variant<std::monostate, _Ty, std::exception_ptr> __data_{};
};

template <>
struct __promise_base<void> {
  struct __void {};
  void return_void() { __data_.template emplace<1>(__void{}); }
  std::variant<std::monostate, __void, std::exception_ptr> __data_{};
};

template <class _Ty, class _Context = default_task_context<_Ty>>
class [[nodiscard]] basic_task {
  struct __promise;

public:
  using __t = basic_task;
  using __id = basic_task;
  using promise_type = __promise;

  using sender_concept = stdexec::sender_t;
  using __stub_values_t =
      std::conditional_t<std::is_void_v<_Ty>, std::tuple<>, std::tuple<_Ty>>;

  basic_task(basic_task &&__that) noexcept
      : __coro_(std::exchange(__that.__coro_, {})) {}

  ~basic_task() {
    if (__coro_)
      __coro_.destroy();
  }

private:
  struct __final_awaitable {
    static constexpr bool await_ready() noexcept { return false; }
    static std::coroutine_handle<>
    await_suspend(std::coroutine_handle<__promise> __h) noexcept {
      auto __c = __h.promise().continuation();
      return __c ? __c : std::noop_coroutine();
    }
    static void await_resume() noexcept {}
  };

  struct __promise : __promise_base<_Ty>,
                     stdexec::with_awaitable_senders<__promise> {
    basic_task get_return_object() noexcept {
      return basic_task(std::coroutine_handle<__promise>::from_promise(*this));
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    __final_awaitable final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept {
      this->__data_.template emplace<2>(std::current_exception());
    }
  };

  template <class _ParentPromise = void>
  struct __task_awaitable {
    std::coroutine_handle<__promise> __coro_;

    ~__task_awaitable() {
      if (__coro_)
        __coro_.destroy();
    }
    static constexpr bool await_ready() noexcept { return false; }
    template <class _ParentPromise2>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<_ParentPromise2> __parent) noexcept {
      __coro_.promise().set_continuation(__parent);
      return __coro_;
    }
    _Ty await_resume() {
      auto &__data = __coro_.promise().__data_;
      if (__data.index() == 2)
        std::rethrow_exception(std::get<2>(std::move(__data)));
      if constexpr (!std::is_void_v<_Ty>)
        return std::get<1>(std::move(__data));
    }
  };

  // Make this task generally awaitable (rvalues only).
  friend __task_awaitable<> operator co_await(basic_task &&__self) noexcept {
    return __task_awaitable<>{std::exchange(__self.__coro_, {})};
  }

  explicit basic_task(std::coroutine_handle<promise_type> __coro) noexcept
      : __coro_(__coro) {}

  std::coroutine_handle<promise_type> __coro_;
};

} // namespace __task

template <class _Ty>
using default_task_context = __task::default_task_context<_Ty>;

template <class _Ty, class _Context = default_task_context<_Ty>>
using basic_task = __task::basic_task<_Ty, _Context>;

template <class _Ty>
using task = basic_task<_Ty, default_task_context<_Ty>>;

} // namespace exec

#endif
