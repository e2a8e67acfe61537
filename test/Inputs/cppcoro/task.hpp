// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/task.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared; bodies are placeholders.
//
// task<T> is LAZY: its promise's initial_suspend() returns
// std::suspend_always, so the body only starts once the task is awaited.
// A task is awaitable through member `operator co_await() const &` and
// `operator co_await() const &&`.
#ifndef ASYNC_TIDY_STUB_CPPCORO_TASK_HPP
#define ASYNC_TIDY_STUB_CPPCORO_TASK_HPP

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {

template <typename T = void>
class task;

namespace detail {

class task_promise_base {
  struct final_awaitable {
    bool await_ready() const noexcept { return false; }
    template <typename PROMISE>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<PROMISE> coro) noexcept {
      auto next = coro.promise().m_continuation;
      return next ? next : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

public:
  task_promise_base() noexcept = default;

  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaitable final_suspend() noexcept { return {}; }

  void set_continuation(std::coroutine_handle<> continuation) noexcept {
    m_continuation = continuation;
  }

private:
  std::coroutine_handle<> m_continuation;
};

template <typename T>
class task_promise final : public task_promise_base {
public:
  task_promise() noexcept = default;

  task<T> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }

  template <typename VALUE>
    requires std::is_convertible_v<VALUE &&, T>
  void return_value(VALUE &&value) noexcept(
      std::is_nothrow_constructible_v<T, VALUE &&>) {
    m_value.emplace(static_cast<VALUE &&>(value));
  }

  T &result() & {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_value;
  }

  // Arithmetic and pointer results are returned by value, others by rvalue
  // reference (as in cppcoro).
  using rvalue_type =
      std::conditional_t<std::is_arithmetic_v<T> || std::is_pointer_v<T>, T,
                         T &&>;

  rvalue_type result() && {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return std::move(*m_value);
  }

private:
  std::optional<T> m_value;
  std::exception_ptr m_exception;
};

template <>
class task_promise<void> : public task_promise_base {
public:
  task_promise() noexcept = default;

  task<void> get_return_object() noexcept;

  void return_void() noexcept {}

  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }

  void result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
  }

private:
  std::exception_ptr m_exception;
};

template <typename T>
class task_promise<T &> : public task_promise_base {
public:
  task_promise() noexcept = default;

  task<T &> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }

  void return_value(T &value) noexcept { m_value = std::addressof(value); }

  T &result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_value;
  }

private:
  T *m_value = nullptr;
  std::exception_ptr m_exception;
};

} // namespace detail

/// A task represents an operation that produces a result both lazily
/// and asynchronously.
template <typename T>
class [[nodiscard]] task {
public:
  using promise_type = detail::task_promise<T>;
  using value_type = T;

private:
  struct awaitable_base {
    std::coroutine_handle<promise_type> m_coroutine;

    awaitable_base(std::coroutine_handle<promise_type> coroutine) noexcept
        : m_coroutine(coroutine) {}

    bool await_ready() const noexcept {
      return !m_coroutine || m_coroutine.done();
    }

    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept {
      m_coroutine.promise().set_continuation(awaitingCoroutine);
      return m_coroutine;
    }
  };

public:
  task() noexcept : m_coroutine(nullptr) {}

  explicit task(std::coroutine_handle<promise_type> coroutine)
      : m_coroutine(coroutine) {}

  task(task &&t) noexcept : m_coroutine(t.m_coroutine) {
    t.m_coroutine = nullptr;
  }

  task(const task &) = delete;
  task &operator=(const task &) = delete;

  ~task() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  task &operator=(task &&other) noexcept {
    if (std::addressof(other) != this) {
      if (m_coroutine)
        m_coroutine.destroy();
      m_coroutine = other.m_coroutine;
      other.m_coroutine = nullptr;
    }
    return *this;
  }

  /// Query if the task result is complete.
  bool is_ready() const noexcept { return !m_coroutine || m_coroutine.done(); }

  auto operator co_await() const & noexcept {
    struct awaitable : awaitable_base {
      using awaitable_base::awaitable_base;
      decltype(auto) await_resume() {
        return this->m_coroutine.promise().result();
      }
    };
    return awaitable{m_coroutine};
  }

  auto operator co_await() const && noexcept {
    struct awaitable : awaitable_base {
      using awaitable_base::awaitable_base;
      decltype(auto) await_resume() {
        return std::move(this->m_coroutine.promise()).result();
      }
    };
    return awaitable{m_coroutine};
  }

  /// Returns an awaitable that waits for completion without returning the
  /// result (or rethrowing the exception).
  auto when_ready() const noexcept {
    struct awaitable : awaitable_base {
      using awaitable_base::awaitable_base;
      void await_resume() const noexcept {}
    };
    return awaitable{m_coroutine};
  }

private:
  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {

template <typename T>
task<T> task_promise<T>::get_return_object() noexcept {
  return task<T>{
      std::coroutine_handle<task_promise>::from_promise(*this)};
}

inline task<void> task_promise<void>::get_return_object() noexcept {
  return task<void>{
      std::coroutine_handle<task_promise>::from_promise(*this)};
}

template <typename T>
task<T &> task_promise<T &>::get_return_object() noexcept {
  return task<T &>{
      std::coroutine_handle<task_promise>::from_promise(*this)};
}

} // namespace detail

template <typename AWAITABLE>
auto make_task(AWAITABLE awaitable) -> task<detail::remove_rvalue_reference_t<
    typename awaitable_traits<AWAITABLE>::await_result_t>> {
  co_return co_await static_cast<AWAITABLE &&>(awaitable);
}

} // namespace cppcoro

#endif
