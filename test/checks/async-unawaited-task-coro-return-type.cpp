// REQUIRES: coro-return-type-attr
// RUN: %check_async_tidy %s async-unawaited-task %t -- -- -std=c++20

#include <coroutine>

// [[clang::coro_return_type]] marks a task type without awaitability.
struct [[clang::coro_return_type]] Marked {
  struct promise_type {
    Marked get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
Marked marked();
void usesMarked() {
  marked();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'marked' is never awaited; the coroutine will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine
}
