// Each option changes what is reported.
// RUN: %check_async_tidy --check-suffixes=STD,FIBER,YIELD %s async-lock-held-across-suspension %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=STD,FIBER,YIELD,MINE %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.AdditionalLockTypes: 'my::SpinGuard', async-lock-held-across-suspension.AdditionalMutexTypes: 'my::SpinLock'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=MINE %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.LockTypes: 'my::SpinGuard', async-lock-held-across-suspension.MutexTypes: 'my::SpinLock'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=STD,YIELD %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.AdditionalAsyncMutexTypes: 'my::FiberMutex'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=STD,YIELD %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.AsyncMutexTypes: 'my::FiberMutex'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=STD,FIBER %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.AllowedAwaitables: 'my::Yield'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=STD,FIBER %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.AdditionalAllowedAwaitables: 'my::Yield'}}" -- -std=c++20

#include <coroutine>
#include <mutex>

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};

Task io();

namespace my {
// A thread lock the defaults do not know.
struct SpinLock {
  void lock();
  void unlock();
};
class SpinGuard {
public:
  explicit SpinGuard(SpinLock &lock);
  ~SpinGuard();
};
// A mutex whose lock the code base knows to be asynchronous.
struct FiberMutex {
  void lock();
  void unlock();
};
// Resumes on the same thread: the code base allows it under a lock.
struct Yield {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
} // namespace my

std::mutex m;
my::SpinLock spin;
my::FiberMutex fiber;

Task standardLocks() {
  std::lock_guard<std::mutex> guard(m);
  co_await io();
  // CHECK-MESSAGES-STD: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES-STD: :[[@LINE-3]]:31: note: 'guard' takes the lock here
}

Task standardMutex() {
  m.lock();
  co_await io();
  // CHECK-MESSAGES-STD: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'm.lock()' is held across this 'co_await'
  // CHECK-MESSAGES-STD: :[[@LINE-3]]:3: note: the mutex is locked here
  m.unlock();
}

Task ownLocks() {
  my::SpinGuard guard(spin);
  co_await io();
  // CHECK-MESSAGES-MINE: :[[@LINE-1]]:3: warning: 'my::SpinLock' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES-MINE: :[[@LINE-3]]:17: note: 'guard' takes the lock here
}

Task ownMutex() {
  spin.lock();
  co_await io();
  // CHECK-MESSAGES-MINE: :[[@LINE-1]]:3: warning: 'my::SpinLock' locked by 'spin.lock()' is held across this 'co_await'
  // CHECK-MESSAGES-MINE: :[[@LINE-3]]:3: note: the mutex is locked here
  spin.unlock();
}

Task guardOverAnUnknownMutex() {
  // A guard over a mutex the lists do not name is taken for a thread lock.
  std::unique_lock<my::FiberMutex> lock(fiber);
  co_await io();
  // CHECK-MESSAGES-FIBER: :[[@LINE-1]]:3: warning: 'my::FiberMutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES-FIBER: :[[@LINE-3]]:36: note: 'lock' takes the lock here
}

Task allowedAwaitable() {
  std::unique_lock<std::mutex> lock(m);
  co_await my::Yield{};
  // CHECK-MESSAGES-YIELD: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES-YIELD: :[[@LINE-3]]:32: note: 'lock' takes the lock here
  lock.unlock();
}
