// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/static_thread_pool.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_STATIC_THREAD_POOL_HPP
#define ASYNC_TIDY_STUB_CPPCORO_STATIC_THREAD_POOL_HPP

#include <coroutine>
#include <cstdint>

namespace cppcoro {

class static_thread_pool {
public:
  // Initialise to a number of threads equal to the hardware concurrency.
  static_thread_pool();
  explicit static_thread_pool(std::uint32_t threadCount);
  ~static_thread_pool();

  static_thread_pool(const static_thread_pool &) = delete;
  static_thread_pool &operator=(const static_thread_pool &) = delete;

  class schedule_operation {
  public:
    schedule_operation(static_thread_pool *tp) noexcept : m_threadPool(tp) {}
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept {
      m_awaitingCoroutine = awaitingCoroutine;
    }
    void await_resume() noexcept {}

  private:
    friend class static_thread_pool;
    static_thread_pool *m_threadPool;
    std::coroutine_handle<> m_awaitingCoroutine;
    schedule_operation *m_next = nullptr;
  };

  std::uint32_t thread_count() const noexcept { return m_threadCount; }

  // Awaiting the returned operation resumes the awaiting coroutine on one of
  // the pool's threads.
  [[nodiscard]] schedule_operation schedule() noexcept {
    return schedule_operation{this};
  }

private:
  std::uint32_t m_threadCount = 0;
};

} // namespace cppcoro

#endif
