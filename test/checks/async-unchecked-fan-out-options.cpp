// FanOutFunctions replaces the default list; AdditionalFanOutFunctions
// extends it.
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-unchecked-fan-out %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=DEFAULT,ADD %s async-unchecked-fan-out %t -- \
// RUN:   -config="{CheckOptions: {async-unchecked-fan-out.AdditionalFanOutFunctions: 'app::gatherOutcomes'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=ADD %s async-unchecked-fan-out %t -- \
// RUN:   -config="{CheckOptions: {async-unchecked-fan-out.FanOutFunctions: '::app::gatherOutcomes'}}" -- -std=c++20

#include <coroutine>
#include <tuple>

template <class R> struct Yields {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  R await_resume();
};
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
struct Outcome {
  void get();
};

namespace cppcoro {
Yields<std::tuple<Outcome, Outcome>> when_all_ready(Task, Task);
}
namespace app {
// The code base's own gather that returns outcomes.
Yields<std::tuple<Outcome, Outcome>> gatherOutcomes(Task, Task);
} // namespace app

Task a();
Task b();

Task run() {
  co_await cppcoro::when_all_ready(a(), b());
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:12: warning: result of 'when_all_ready' is discarded: failures of the fanned-out tasks are silently dropped; use 'cppcoro::when_all' or check each result [async-unchecked-fan-out]
  co_await app::gatherOutcomes(a(), b());
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:12: warning: result of 'gatherOutcomes' is discarded: failures of the fanned-out tasks are silently dropped; check each result [async-unchecked-fan-out]
}
