// A lock handed to the awaited call is not held across that suspension: a
// condition-variable wait releases the lock it is given and takes it back
// before the coroutine resumes. async_simple's SpinLock, taken with
// coScopedLock(), is a coroutine lock. Each beside the near miss that is
// still reported.
// RUN: %check_async_tidy %s async-lock-held-across-suspension %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,NOLIST %s async-lock-held-across-suspension %t -- \
// RUN:   -config="{CheckOptions: {async-lock-held-across-suspension.ConditionVariableWaits: ''}}" -- -std=c++20

#include <coroutine>
#include <mutex>

// Declarations as async_simple spells them (async_simple/coro/Lazy.h,
// SpinLock.h, ConditionVariable.h).
namespace async_simple::coro {
template <class T = void> class Lazy {
public:
  struct promise_type {
    Lazy get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_value(T) noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume();
};
template <> class Lazy<void> {
public:
  struct promise_type {
    Lazy get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_void() noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume();
};
class SpinLock {
public:
  void lock() noexcept;
  void unlock() noexcept;
  Lazy<void> coLock() noexcept;
  Lazy<std::unique_lock<SpinLock>> coScopedLock() noexcept;
};
template <class Lock> class ConditionVariable {
public:
  void notify() noexcept;
  template <class Pred> Lazy<> wait(Lock &lock, Pred &&pred) noexcept {
    return {};
  }
};
} // namespace async_simple::coro

using async_simple::coro::Lazy;
Lazy<> fetch();

// --- async_simple's SpinLock is a coroutine lock ----------------------------

async_simple::coro::SpinLock Spin;
int Count = 0;

// Silent: coScopedLock() yields instead of blocking, and the lock is meant
// to be held across co_await.
Lazy<> addOne() {
  auto Lock = co_await Spin.coScopedLock();
  ++Count;
  co_await fetch();
}

// The same with a thread mutex is reported.
std::mutex Mutex;
Lazy<> addOneBlocking() {
  std::lock_guard<std::mutex> Lock(Mutex);
  ++Count;
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'Lock' is held across this 'co_await'; release it before suspending, or use an async mutex [async-lock-held-across-suspension]
}

// --- a condition-variable wait given the held mutex ------------------------

async_simple::coro::ConditionVariable<std::mutex> Ready;
std::mutex Other;

// Silent: the listed wait releases the mutex it is given while it waits.
Lazy<> waitUntilPositive() {
  std::unique_lock<std::mutex> Lock(Mutex);
  co_await Ready.wait(Mutex, [] { return Count > 0; });
  // CHECK-MESSAGES-NOLIST: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'Lock' is held across this 'co_await'
  --Count;
}

// The wait is given another mutex: the one held stays locked.
Lazy<> waitOnTheOtherMutex() {
  std::unique_lock<std::mutex> Lock(Mutex);
  co_await Ready.wait(Other, [] { return Count > 0; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'Lock' is held across this 'co_await'
}

// An unlisted call given the mutex: nothing says it releases it.
Lazy<> logWhileLocked(std::mutex &M);
Lazy<> logUnderLock() {
  std::unique_lock<std::mutex> Lock(Mutex);
  co_await logWhileLocked(Mutex);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'Lock' is held across this 'co_await'
}

// --- an awaiter given the held guard ---------------------------------------

// Like concurrencpp's async_lock_awaiter: it takes the guard by reference,
// moves it in and unlocks it in await_suspend.
struct UnlockingAwaiter {
  UnlockingAwaiter(std::unique_lock<std::mutex> &Lock) noexcept;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>);
  void await_resume() noexcept;
};
// One that only looks at the guard.
struct InspectingAwaiter {
  InspectingAwaiter(const std::unique_lock<std::mutex> &Lock) noexcept;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>);
  void await_resume() noexcept;
};

bool Locked = false;

// Silent: the awaiter owns the guard while the coroutine waits.
Lazy<> lockSlowPath() {
  while (true) {
    std::unique_lock<std::mutex> Lock(Mutex);
    if (!Locked) {
      Locked = true;
      Lock.unlock();
      break;
    }
    co_await UnlockingAwaiter(Lock);
  }
}

Lazy<> lockWithInspection() {
  std::unique_lock<std::mutex> Lock(Mutex);
  co_await InspectingAwaiter(Lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'Lock' is held across this 'co_await'
}
