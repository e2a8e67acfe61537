// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/detail/when_all_task.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_DETAIL_WHEN_ALL_TASK_HPP
#define ASYNC_TIDY_STUB_CPPCORO_DETAIL_WHEN_ALL_TASK_HPP

#include <coroutine>
#include <exception>
#include <type_traits>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {
namespace detail {

template <typename RESULT>
class when_all_task;

template <typename RESULT>
class when_all_task_promise final {
public:
  when_all_task<RESULT> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }
  void return_void() noexcept {}

private:
  std::exception_ptr m_exception;
};

// One element of the tuple/vector produced by co_await when_all_ready(...).
// result() rethrows the exception of the awaitable it wraps, if any.
template <typename RESULT>
class when_all_task final {
public:
  using promise_type = when_all_task_promise<RESULT>;
  using coroutine_handle_t = std::coroutine_handle<promise_type>;

  when_all_task(coroutine_handle_t coroutine) noexcept
      : m_coroutine(coroutine) {}
  when_all_task(when_all_task &&other) noexcept
      : m_coroutine(other.m_coroutine) {
    other.m_coroutine = nullptr;
  }
  when_all_task(const when_all_task &) = delete;
  when_all_task &operator=(const when_all_task &) = delete;
  ~when_all_task() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  std::add_lvalue_reference_t<RESULT> result() &;
  std::add_rvalue_reference_t<RESULT> result() &&;

  // Like result() but maps a void result onto detail::void_value.
  std::conditional_t<std::is_void_v<RESULT>, void_value,
                     std::add_lvalue_reference_t<RESULT>>
  non_void_result() &;
  std::conditional_t<std::is_void_v<RESULT>, void_value,
                     std::add_rvalue_reference_t<RESULT>>
  non_void_result() &&;

private:
  coroutine_handle_t m_coroutine;
};

template <typename RESULT>
when_all_task<RESULT>
when_all_task_promise<RESULT>::get_return_object() noexcept {
  return when_all_task<RESULT>{
      std::coroutine_handle<when_all_task_promise>::from_promise(*this)};
}

template <typename AWAITABLE,
          typename RESULT =
              typename cppcoro::awaitable_traits<AWAITABLE &&>::await_result_t>
when_all_task<RESULT> make_when_all_task(AWAITABLE awaitable) {
  (void)awaitable;
  std::terminate(); // stub: never runs
}

} // namespace detail
} // namespace cppcoro

#endif
