// RUN: %check_async_tidy %s async-unawaited-task %t -- -- %coro_flags

// What the check leaves alone, each case beside the near miss that it must
// still report.
#include <coro/coro.hpp>
#include <exception>
#include <functional>
#include <qcoro/qcorotask.h>

QCoro::Task<int> fetchEager();
coro::task<int> fetchLazy();
QCoro::Task<void> qtick();

// A [[maybe_unused]] variable is an explicit discard, like a cast to void:
// an eager task ran.
void keepsOnPurpose() { [[maybe_unused]] auto started = fetchEager(); }

// Near misses: a lazy task discarded on purpose still never runs; an eager
// one kept in a plain variable is forgotten.
void keepsLazyOrForgets() {
  [[maybe_unused]] auto never = fetchLazy();
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task 'never' returned by 'fetchLazy' is never awaited; the coroutine will not run [async-unawaited-task]
  auto forgotten = fetchEager();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'forgotten' returned by 'fetchEager' is never awaited; it runs detached and its result and exceptions are lost
}

// A continuation attached from plain code is a detached spawn, reported by
// async-detached-spawn, not twice.
void continueFromPlainCode() {
  fetchEager().then([](int) {});
}

// Near miss: in a coroutine the continuation's task can be awaited.
QCoro::Task<void> continueInCoroutine() {
  fetchEager().then([](int) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'then' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await fetchEager().then([](int) {});{{$}}
  co_await qtick();
}

// An eager coroutine with no result that catches every exception for its
// caller loses nothing when nobody awaits it.
struct Outcome {
  std::exception_ptr error;
  bool done = false;
};
QCoro::Task<void> runGuarded(Outcome &outcome) {
  try {
    co_await qtick();
  } catch (...) {
    outcome.error = std::current_exception();
  }
  outcome.done = true;
}
void startGuarded(Outcome &outcome) { runGuarded(outcome); }

// Near misses: an exception can escape, or there is a result to lose.
QCoro::Task<void> runUnguarded(Outcome &outcome) {
  co_await qtick();
  outcome.done = true;
}
QCoro::Task<int> computeGuarded() {
  try {
    co_await qtick();
  } catch (...) {
  }
  co_return 1;
}
void startUnguarded(Outcome &outcome) {
  runUnguarded(outcome);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'runUnguarded' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine, or hand it to 'sync_wait' or 'co_spawn' to run it
  computeGuarded();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'computeGuarded' is never awaited
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine
}

// A call through a function object is named after the object.
struct Handlers {
  std::function<coro::task<int>()> onRequest;
};
void callsThroughObjects(std::function<coro::task<int>()> produce,
                         Handlers &handlers) {
  produce();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'produce' is never awaited; the coroutine will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine
  handlers.onRequest();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'onRequest' is never awaited; the coroutine will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine
}
