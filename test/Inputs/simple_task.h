// A minimal hand-written lazy task type, as a code base would write its own:
// detected as a task from its promise_type and await_* members (it is in no
// library list). Shared by the tests that only need "some task".
#pragma once
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
