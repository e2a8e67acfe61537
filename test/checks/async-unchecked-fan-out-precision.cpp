// RUN: %check_async_tidy %s async-unchecked-fan-out %t -- -- %coro_flags

// Tasks that cannot fail leave no error to check; beside them, the near
// misses that must still be reported.
#include <cppcoro/task.hpp>
#include <cppcoro/when_all_ready.hpp>
#include <exception>

cppcoro::task<int> fetch(int key);

// A helper that catches everything and keeps the exception for a rethrow.
struct Slot {
  std::exception_ptr error;
  int value = 0;
};
cppcoro::task<void> guarded(Slot &slot, int key) {
  try {
    slot.value = co_await fetch(key);
  } catch (...) {
    slot.error = std::current_exception();
  }
}

cppcoro::task<void> gatherGuarded(Slot &a, Slot &b) {
  co_await cppcoro::when_all_ready(guarded(a, 1), guarded(b, 2));
  auto kept = guarded(a, 3);
  co_await cppcoro::when_all_ready(std::move(kept), guarded(b, 4));
}

// Near misses: one helper lets an exception escape, or one task's body is
// not visible.
cppcoro::task<void> unguarded(Slot &slot, int key) {
  slot.value = co_await fetch(key);
}
cppcoro::task<void> gatherMixed(Slot &a, Slot &b) {
  co_await cppcoro::when_all_ready(guarded(a, 1), unguarded(b, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all_ready' is discarded: failures of the fanned-out tasks are silently dropped; use 'cppcoro::when_all' or check each result [async-unchecked-fan-out]
  co_await cppcoro::when_all_ready(guarded(a, 3), fetch(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all_ready' is discarded
}
