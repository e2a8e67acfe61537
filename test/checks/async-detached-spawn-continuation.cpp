// RUN: %check_async_tidy %s async-detached-spawn %t -- -- %coro_flags

// A continuation attached from plain code (QCoro's `task.then(callback)`)
// whose task is dropped: an exception of the task or of the callback is
// silently ignored.
#include <qcoro/qcorotask.h>
#include <stdexcept>

QCoro::Task<int> fetchEager();
QCoro::Task<void> qtick();

void continueFromPlainCode() {
  fetchEager().then([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'then' is discarded, so any exception escaping 'fetchEager' or its continuation is silently dropped; pass an error callback as well, or await the task from a coroutine [async-detached-spawn]
}

// Must stay silent: the error callback receives the exception.
void continueWithErrorCallback() {
  fetchEager().then([](int) {}, [](const std::exception &) {});
}

// Must stay silent: the continuation's task is kept, so its owner can
// await it or ask it for the exception.
QCoro::Task<void> keepContinuation() {
  auto continued = fetchEager().then([](int) {});
  return continued;
}

// Must stay silent: in a coroutine the task could be awaited, and
// async-unawaited-task is the check that reports it there.
QCoro::Task<void> continueInCoroutine() {
  fetchEager().then([](int) {});
  co_await qtick();
}

// Must stay silent: dropped on purpose.
void dropOnPurpose() { (void)fetchEager().then([](int) {}); }

// Must stay silent: nothing can escape a task whose body catches everything.
QCoro::Task<int> fetchGuarded() {
  try {
    co_await qtick();
  } catch (...) {
  }
  co_return 1;
}
void continueGuarded() { fetchGuarded().then([](int) {}); }

// Near miss: the same task without the handler can fail, and the failure
// is lost.
QCoro::Task<int> fetchUnguarded() {
  co_await qtick();
  co_return 1;
}
void continueUnguarded() { fetchUnguarded().then([](int) {}); }
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: task returned by 'then' is discarded, so any exception escaping 'fetchUnguarded' or its continuation is silently dropped; pass an error callback as well, or await the task from a coroutine [async-detached-spawn]
// CHECK-MESSAGES: :[[@LINE-5]]:3: note: an exception can escape 'fetchUnguarded' here
