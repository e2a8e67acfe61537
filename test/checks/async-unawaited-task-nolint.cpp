// RUN: %check_async_tidy %s async-unawaited-task %t -- -- -std=c++20

#include <coroutine>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
Task fetch();

void silenced() {
  fetch(); // NOLINT(async-unawaited-task)
  // NOLINTNEXTLINE(async-unawaited-task)
  fetch();
  // NOLINTBEGIN(async-unawaited-task)
  fetch();
  fetch();
  // NOLINTEND(async-unawaited-task)
  fetch(); // NOLINT(async-blocking-call-in-coroutine)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine
}
