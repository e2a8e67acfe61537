// Coroutines that do not compile: clang's errors, no crash, and no
// async-swallowed-cancellation diagnostic built on a broken handler or try.
// RUN: not %async_tidy --checks='-*,async-swallowed-cancellation' --config={} %s -- -std=c++20 > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --implicit-check-not=async- --implicit-check-not="Stack dump"
// RUN: not %clang_tidy_plugin --checks='-*,async-swallowed-cancellation' --config={} %s -- -std=c++20 > %t.plugin 2>&1
// RUN: FileCheck %s --input-file=%t.plugin --implicit-check-not=async- --implicit-check-not="Stack dump"
// CHECK: error: cannot catch reference to incomplete type 'const Incomplete' [clang-diagnostic-error]
// CHECK: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
// CHECK: error: unknown type name 'Unknown' [clang-diagnostic-error]
// CHECK: error: too few arguments to function call, expected 1, have 0 [clang-diagnostic-error]
// CHECK: Found compiler error(s).

#include <coroutine>
#include <exception>

struct Incomplete;
template <class T> struct Task {
  struct promise_type {
    Task get_return_object();
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void return_value(T);
    void unhandled_exception();
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  T await_resume();
};
Task<int> fetch();

Task<int> incompleteType() {
  for (;;) {
    try {
      co_await fetch();
    } catch (const Incomplete &) {
    }
  }
}

Task<int> brokenTryBlock() {
  for (;;) {
    try {
      co_await undeclared();
    } catch (Unknown &) {
    } catch (...) {
    }
  }
}

Task<int> brokenHandler() {
  try {
    co_await fetch();
  } catch (...) {
    std::rethrow_exception();
  }
}
