// RUN: %check_async_tidy %s async-unawaited-task %t -- -- %coro_flags

#include "simple_task.h"

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
