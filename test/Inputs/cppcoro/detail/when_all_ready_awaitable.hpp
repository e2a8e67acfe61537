// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/detail/when_all_ready_awaitable.hpp
// (lewissbaker/cppcoro). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_DETAIL_WHEN_ALL_READY_AWAITABLE_HPP
#define ASYNC_TIDY_STUB_CPPCORO_DETAIL_WHEN_ALL_READY_AWAITABLE_HPP

#include <coroutine>
#include <utility>

namespace cppcoro {
namespace detail {

// Awaiting yields TASK_CONTAINER (a std::tuple or std::vector of
// when_all_task<R>): as an lvalue reference when the awaitable is an
// lvalue, as an rvalue reference otherwise.
template <typename TASK_CONTAINER>
class when_all_ready_awaitable {
public:
  explicit when_all_ready_awaitable(TASK_CONTAINER &&tasks) noexcept
      : m_tasks(std::move(tasks)) {}
  when_all_ready_awaitable(when_all_ready_awaitable &&other) noexcept
      : m_tasks(std::move(other.m_tasks)) {}
  when_all_ready_awaitable(const when_all_ready_awaitable &) = delete;
  when_all_ready_awaitable &operator=(const when_all_ready_awaitable &) =
      delete;

  auto operator co_await() & noexcept {
    struct awaiter {
      when_all_ready_awaitable &m_awaitable;
      bool await_ready() const noexcept { return false; }
      bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
      TASK_CONTAINER &await_resume() noexcept { return m_awaitable.m_tasks; }
    };
    return awaiter{*this};
  }

  auto operator co_await() && noexcept {
    struct awaiter {
      when_all_ready_awaitable &m_awaitable;
      bool await_ready() const noexcept { return false; }
      bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
      TASK_CONTAINER &&await_resume() noexcept {
        return std::move(m_awaitable.m_tasks);
      }
    };
    return awaiter{*this};
  }

private:
  TASK_CONTAINER m_tasks;
};

// Awaitable produced by when_all(): awaiting yields RESULT by value.
template <typename RESULT>
class when_all_value_awaitable {
public:
  struct awaiter {
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    RESULT await_resume();
  };

  awaiter operator co_await() & noexcept { return {}; }
  awaiter operator co_await() && noexcept { return {}; }
};

} // namespace detail
} // namespace cppcoro

#endif
