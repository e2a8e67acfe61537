// The transitive rule: a call to a helper defined in this file that blocks,
// reported at the call in the coroutine with a note for each step down.
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -std=c++20 -isystem %S/Inputs/blocking
// MaxCallDepth 0 turns the rule off; 3 reaches one level further.
// RUN: %check_async_tidy --check-suffixes=OFF %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.MaxCallDepth: 0}}" -- -std=c++20 -isystem %S/Inputs/blocking
// RUN: %check_async_tidy --check-suffixes=,DEEP %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.MaxCallDepth: 3}}" -- -std=c++20 -isystem %S/Inputs/blocking

#include <chrono>
#include <coroutine>
#include <future>
#include <string>
#include <thread>
#include <unistd.h>
#include <system_helper.h>

template <class T = void> struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};

void backoff() { ::usleep(100); }
void retryAfterBackoff() { backoff(); }
void retryTwice() { retryAfterBackoff(); }
void joinAll(std::thread &t) { t.join(); }
void startWork() { std::async(std::launch::async, [] {}); }
void noop() {}
void callsNoop() { noop(); }

struct Config {
  explicit Config(const std::string &path) { load(path); }
  void load(const std::string &) { ::sleep(1); }
};

// Mutual recursion must not hang, and must still find the blocking call.
void ping(int n);
void pong(int n) {
  if (n)
    ping(n - 1);
}
void ping(int n) {
  if (n)
    pong(n - 1);
}
void pingThenSleep(int n) {
  ping(n);
  ::sleep(1);
}

std::future<int> &slowLookup() {
  static std::future<int> pending;
  ::usleep(1);
  return pending;
}

task<> coroutine(std::thread &worker) {
  backoff();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'backoff' blocks the thread that runs this coroutine: it calls 'usleep'; await a timer instead [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES: :31:18: note: 'backoff' calls 'usleep' here
  retryAfterBackoff();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'retryAfterBackoff' blocks the thread that runs this coroutine: it calls 'usleep' through 'backoff'; await a timer instead
  // CHECK-MESSAGES: :32:28: note: 'retryAfterBackoff' calls 'backoff' here
  // CHECK-MESSAGES: :31:18: note: 'backoff' calls 'usleep' here
  retryTwice();
  // CHECK-MESSAGES-DEEP: :[[@LINE-1]]:3: warning: 'retryTwice' blocks the thread that runs this coroutine: it calls 'usleep' through 'retryAfterBackoff'; await a timer instead
  // CHECK-MESSAGES-DEEP: :33:21: note: 'retryTwice' calls 'retryAfterBackoff' here
  // CHECK-MESSAGES-DEEP: :32:28: note: 'retryAfterBackoff' calls 'backoff' here
  // CHECK-MESSAGES-DEEP: :31:18: note: 'backoff' calls 'usleep' here
  joinAll(worker);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'joinAll' blocks the thread that runs this coroutine: it calls 'std::thread::join'; await an asynchronous primitive or offload to a thread pool
  // CHECK-MESSAGES: :34:34: note: 'joinAll' calls 'std::thread::join' here
  startWork();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'startWork' blocks the thread that runs this coroutine: it calls 'std::async' and drops its future; offload the work to a thread pool instead
  // CHECK-MESSAGES: :35:20: note: 'startWork' calls 'std::async' and drops its future here
  Config config("app.conf");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Config::Config' blocks the thread that runs this coroutine: it calls 'sleep' through 'Config::load'; await a timer instead
  // CHECK-MESSAGES: :40:46: note: 'Config::Config' calls 'Config::load' here
  // CHECK-MESSAGES: :41:36: note: 'Config::load' calls 'sleep' here
  pingThenSleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'pingThenSleep' blocks the thread that runs this coroutine: it calls 'sleep'; await a timer instead
  // CHECK-MESSAGES: :56:3: note: 'pingThenSleep' calls 'sleep' here
  auto nap = [] { ::sleep(1); };
  nap();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the lambda blocks the thread that runs this coroutine: it calls 'sleep'; await a timer instead
  // CHECK-MESSAGES: :[[@LINE-3]]:19: note: the lambda calls 'sleep' here
  [] { std::this_thread::sleep_for(std::chrono::milliseconds(1)); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the lambda blocks the thread that runs this coroutine: it calls 'std::this_thread::sleep_for'; await a timer instead
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: the lambda calls 'std::this_thread::sleep_for' here
  // A blocking helper and a blocking method called on its result: two
  // places, two diagnostics.
  slowLookup().get();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'slowLookup' blocks the thread that runs this coroutine: it calls 'usleep'; await a timer instead
  // CHECK-MESSAGES: :61:3: note: 'slowLookup' calls 'usleep' here
  // CHECK-MESSAGES: :[[@LINE-3]]:16: warning: 'std::future::get' blocks the thread that runs this coroutine
  // CHECK-MESSAGES-OFF: :[[@LINE-4]]:16: warning: 'std::future::get' blocks the thread that runs this coroutine

  // Silent: helpers that do not block, recursion without a blocking call,
  // a helper whose body is in a system header, and a helper that only
  // passes blocking work to a thread.
  callsNoop();
  ping(3);
  systemHelperThatSleeps();
  std::thread([] { ::sleep(1); }).detach();
  co_return;
}

// Silent: a coroutine is not a helper. Calling it makes a task; the
// coroutine is checked on its own.
task<> sleepyCoroutine() {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine
  // CHECK-MESSAGES-OFF: :[[@LINE-2]]:3: warning: 'sleep' blocks the thread that runs this coroutine
  co_return;
}
task<> callsCoroutine() { co_await sleepyCoroutine(); }

// Silent: helpers called from a plain function are not in a coroutine.
void plain() { backoff(); }

// Templates: the helper call in every instantiation is reported once.
template <class T> void waitFor(T &f) { f.wait(); }
template <class T> task<> generic(T &f) {
  waitFor(f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'waitFor' blocks the thread that runs this coroutine: it calls 'std::future::wait'; await an asynchronous primitive
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: 'waitFor' calls 'std::future::wait' here
  co_return;
}
void instantiate(std::future<int> &a, std::future<char> &b) {
  generic(a);
  generic(b);
}
