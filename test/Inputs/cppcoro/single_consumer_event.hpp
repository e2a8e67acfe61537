// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/single_consumer_event.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_SINGLE_CONSUMER_EVENT_HPP
#define ASYNC_TIDY_STUB_CPPCORO_SINGLE_CONSUMER_EVENT_HPP

#include <coroutine>

namespace cppcoro {

class single_consumer_event {
public:
  single_consumer_event(bool initiallySet = false) noexcept
      : m_set(initiallySet) {}

  bool is_set() const noexcept { return m_set; }
  void set() { m_set = true; }
  void reset() noexcept { m_set = false; }

  class awaiter {
  public:
    explicit awaiter(single_consumer_event &event) noexcept : m_event(event) {}
    bool await_ready() const noexcept { return m_event.is_set(); }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    void await_resume() const noexcept {}

  private:
    single_consumer_event &m_event;
  };

  awaiter operator co_await() noexcept { return awaiter{*this}; }

private:
  bool m_set;
};

} // namespace cppcoro

#endif
