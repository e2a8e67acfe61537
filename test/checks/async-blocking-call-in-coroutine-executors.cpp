// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- %coro_flags

// Work handed to executors. A coroutine that starts on a thread pool it is
// given (concurrencpp's executor_tag convention) runs where blocking is
// allowed; one that starts on a single worker thread or an executor of
// unknown kind does not. A callable an executor's submit machinery was
// handed is its caller's code, not the machinery's. Synchronous waits on
// asynchronous work stay reported on a pool thread: a pool thread blocked
// on work queued to a pool can exhaust it.
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <memory>
#include <thread>

using namespace concurrencpp;
using namespace std::chrono_literals;

result<int> compute();
coro::task<int> computeLater();

// Starts on a thread per task, or on a pool: blocking there is the offload.
result<void> onThreadExecutor(executor_tag, std::shared_ptr<thread_executor> ex) {
  std::this_thread::sleep_for(10ms);
  co_return;
}
result<void> onPool(executor_tag, thread_pool_executor *pool) {
  std::this_thread::sleep_for(10ms);
  co_return;
}

// Near misses: one worker thread serves every task queued to it, and a
// plain executor may be any executor.
result<void> onWorker(executor_tag, std::shared_ptr<worker_thread_executor> ex) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine; await a timer instead [async-blocking-call-in-coroutine]
  co_return;
}
result<void> onAnyExecutor(executor_tag, std::shared_ptr<executor> ex) {
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread
  co_return;
}

// The lambda form.
void startsLambdas(runtime &rt) {
  auto onThread = [](executor_tag, std::shared_ptr<thread_executor>) -> result<void> {
    std::this_thread::sleep_for(1ms);
    co_return;
  };
  onThread({}, rt.thread_executor());
}

// A synchronous wait on asynchronous work, even on a pool thread.
result<void> syncWaitOnPool(executor_tag, std::shared_ptr<thread_pool_executor> ex) {
  compute().get();
  coro::sync_wait(computeLater());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor; 'co_await' the work instead
  co_return;
}
coro::task<> syncWaitAfterOffload(coro::thread_pool &tp) {
  co_await tp.schedule();
  std::this_thread::sleep_for(1ms);
  coro::sync_wait(computeLater());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor; 'co_await' the work instead
}

// An executor's submit bridge: the callable is its caller's.
struct Executor {
  template <class Callable>
  static result<int> bridge(executor_tag, executor &ex, Callable callable) {
    co_return callable();
  }
  template <class Callable>
  static result<int> inlineBridge(Callable &&callable) {
    co_return std::forward<Callable>(callable)();
  }
};
void submits(executor &ex) {
  Executor::bridge({}, ex, [] {
    std::this_thread::sleep_for(1ms);
    return 1;
  });
  Executor::inlineBridge([] {
    std::this_thread::sleep_for(1ms);
    return 2;
  });
}

// Near miss: a callable the coroutine defines itself is its own code.
result<int> ownCallable() {
  auto nap = [] {
    std::this_thread::sleep_for(1ms);
    return 3;
  };
  co_return nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: the lambda blocks the thread that runs this coroutine: it calls 'std::this_thread::sleep_for'; await a timer instead
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: the lambda calls 'std::this_thread::sleep_for' here
}
