// TaskTypes replaces the list, AdditionalTaskTypes extends it, and
// DetectTaskTypes turns detection from promise_type off.
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-unawaited-task %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=ADD %s async-unawaited-task %t -- \
// RUN:   -config="{CheckOptions: {async-unawaited-task.AdditionalTaskTypes: 'lib::Job;lib::Other', async-unawaited-task.DetectTaskTypes: false}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=REPLACE %s async-unawaited-task %t -- \
// RUN:   -config="{CheckOptions: {async-unawaited-task.TaskTypes: '::lib::Job', async-unawaited-task.DetectTaskTypes: false}}" -- -std=c++20
// The task options are read globally too, so a code base sets them once.
// RUN: %check_async_tidy --check-suffixes=ADD %s async-unawaited-task %t -- \
// RUN:   -config="{CheckOptions: {AdditionalTaskTypes: 'lib::Job;lib::Other', DetectTaskTypes: false}}" -- -std=c++20

#include <coroutine>

namespace lib {
// Not detectable: no promise_type (a coroutine_traits-free handle type).
struct Job {};
Job start();
// Detectable: promise_type and awaitable.
template <class T> struct Detected {
  struct promise_type {
    Detected get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
Detected<int> detected();
} // namespace lib

void user() {
  lib::start();
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:3: warning: task returned by 'start' is never awaited; it may never run, and its result and exceptions are lost
  // CHECK-MESSAGES-REPLACE: :[[@LINE-2]]:3: warning: task returned by 'start' is never awaited; it may never run
  lib::detected();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: task returned by 'detected' is never awaited; the coroutine will not run
}
