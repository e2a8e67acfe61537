// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/shared_task.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared; bodies are placeholders.
//
// shared_task<T> is LAZY (initial_suspend() returns std::suspend_always),
// copyable, and awaitable any number of times through a member
// `operator co_await() const`.
#ifndef ASYNC_TIDY_STUB_CPPCORO_SHARED_TASK_HPP
#define ASYNC_TIDY_STUB_CPPCORO_SHARED_TASK_HPP

#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {

template <typename T = void>
class shared_task;

namespace detail {

class shared_task_promise_base {
  struct final_awaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  final_awaiter final_suspend() noexcept { return {}; }

  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }

  bool is_ready() const noexcept { return m_ready; }

protected:
  bool m_ready = false;
  std::exception_ptr m_exception;
};

template <typename T>
class shared_task_promise : public shared_task_promise_base {
public:
  shared_task<T> get_return_object() noexcept;

  template <typename VALUE>
    requires std::is_convertible_v<VALUE &&, T>
  void return_value(VALUE &&value) {
    m_value.emplace(static_cast<VALUE &&>(value));
  }

  T &result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_value;
  }

private:
  std::optional<T> m_value;
};

template <>
class shared_task_promise<void> : public shared_task_promise_base {
public:
  shared_task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
  }
};

template <typename T>
class shared_task_promise<T &> : public shared_task_promise_base {
public:
  shared_task<T &> get_return_object() noexcept;
  void return_value(T &value) noexcept { m_value = std::addressof(value); }
  T &result() {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_value;
  }

private:
  T *m_value = nullptr;
};

} // namespace detail

template <typename T>
class [[nodiscard]] shared_task {
public:
  using promise_type = detail::shared_task_promise<T>;
  using value_type = T;

private:
  struct awaitable_base {
    std::coroutine_handle<promise_type> m_coroutine;
    bool await_ready() const noexcept {
      return !m_coroutine || m_coroutine.promise().is_ready();
    }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
  };

public:
  shared_task() noexcept : m_coroutine(nullptr) {}
  explicit shared_task(std::coroutine_handle<promise_type> coroutine)
      : m_coroutine(coroutine) {}
  shared_task(shared_task &&other) noexcept : m_coroutine(other.m_coroutine) {
    other.m_coroutine = nullptr;
  }
  shared_task(const shared_task &other) noexcept
      : m_coroutine(other.m_coroutine) {}
  ~shared_task() = default;
  shared_task &operator=(shared_task other) noexcept {
    m_coroutine = other.m_coroutine;
    return *this;
  }

  void swap(shared_task &other) noexcept {
    std::swap(m_coroutine, other.m_coroutine);
  }

  bool is_ready() const noexcept {
    return !m_coroutine || m_coroutine.promise().is_ready();
  }

  auto operator co_await() const noexcept {
    struct awaitable : awaitable_base {
      decltype(auto) await_resume() {
        return this->m_coroutine.promise().result();
      }
    };
    return awaitable{{m_coroutine}};
  }

  auto when_ready() const noexcept {
    struct awaitable : awaitable_base {
      void await_resume() const noexcept {}
    };
    return awaitable{{m_coroutine}};
  }

private:
  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {
template <typename T>
shared_task<T> shared_task_promise<T>::get_return_object() noexcept {
  return shared_task<T>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}
inline shared_task<void> shared_task_promise<void>::get_return_object() noexcept {
  return shared_task<void>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}
template <typename T>
shared_task<T &> shared_task_promise<T &>::get_return_object() noexcept {
  return shared_task<T &>{
      std::coroutine_handle<shared_task_promise>::from_promise(*this)};
}
} // namespace detail

template <typename AWAITABLE>
auto make_shared_task(AWAITABLE awaitable)
    -> shared_task<detail::remove_rvalue_reference_t<
        typename awaitable_traits<AWAITABLE>::await_result_t>> {
  co_return co_await static_cast<AWAITABLE &&>(awaitable);
}

} // namespace cppcoro

#endif
