// RUN: %check_async_tidy %s async-lock-held-across-suspension %t -- -- -std=c++20

#include <coroutine>
#include <mutex>
#include <shared_mutex>
#include <utility>

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
bool ready();
void consume(std::unique_lock<std::mutex> lock);

std::mutex m;
std::mutex other;
std::shared_mutex rw;

Task straightLine() {
  std::lock_guard<std::mutex> guard(m);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'; release it before suspending, or use an async mutex [async-lock-held-across-suspension]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: 'guard' takes the lock here
}

Task deducedAndShared() {
  // Class template argument deduction: the written type is no template
  // specialization, the lock is the same.
  std::scoped_lock both(m, other);
  std::shared_lock reader(rw);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'both' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: 'both' takes the lock here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: 'std::shared_mutex' locked by 'reader' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: 'reader' takes the lock here
}

Task everySuspensionIsOneReport() {
  std::unique_lock<std::mutex> lock(m);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: 'lock' takes the lock here
  int value = (co_await io(), 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-6]]:32: note: 'lock' takes the lock here
  (void)value;
}

Task onlyOneBranchUnlocks(bool fast) {
  std::unique_lock lock(m);
  if (fast)
    lock.unlock();
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: 'lock' takes the lock here
}

Task everyBranchUnlocks(bool fast) {
  // Silent: both paths release the lock before the co_await.
  std::unique_lock lock(m);
  if (fast) {
    lock.unlock();
  } else {
    ready();
    lock.unlock();
  }
  co_await io();
  // Silent: the second co_await comes after a relock and an unlock.
  lock.lock();
  lock.unlock();
  co_await io();
}

struct ReadyNow {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) const noexcept {}
  int await_resume() const noexcept { return 0; }
};

Task neverSuspends() {
  std::lock_guard<std::mutex> guard(m);
  // Silent: these awaits never suspend; their await_ready() returns true.
  co_await std::suspend_never{};
  int value = co_await ReadyNow{};
  (void)value;
}

Task earlyUnlock() {
  // Silent: the upstream scope checks report this one.
  std::unique_lock<std::mutex> lock(m);
  ready();
  lock.unlock();
  co_await io();
}

Task scopeClosesFirst() {
  // Silent: the guard's scope ends before the suspension.
  {
    std::lock_guard<std::mutex> guard(m);
    ready();
  }
  co_await io();
  // Silent: the lock is taken after the last suspension.
  std::lock_guard<std::mutex> late(m);
  ready();
}

Task lockInOneIterationSuspendInTheNext(int n) {
  std::unique_lock<std::mutex> lock(m, std::defer_lock);
  for (int i = 0; i < n; ++i) {
    if (i > 0)
      co_await io();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'lock' takes the lock here
    lock.lock();
  }
}

Task guardPerIteration(int n) {
  // Silent: each iteration's guard dies before the next iteration suspends.
  for (int i = 0; i < n; ++i) {
    co_await io();
    std::lock_guard<std::mutex> guard(m);
    ready();
  }
  // Silent: break and continue leave the guard's scope.
  while (true) {
    std::lock_guard<std::mutex> guard(m);
    if (ready())
      break;
    if (ready())
      continue;
  }
  co_await io();
}

Task rawLoopLockedAtTheEnd(int n) {
  for (int i = 0; i < n; ++i) {
    co_await io();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'm.lock()' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: the mutex is locked here
    m.lock();
    if (ready())
      m.unlock();
  }
}

Task deferredLock() {
  std::unique_lock<std::mutex> lock(m, std::defer_lock);
  // Silent: defer_lock does not lock.
  co_await io();
  lock.lock();
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'lock' takes the lock here
}

Task tryToLock() {
  // Silent: whether try_to_lock locked only a branch on owns_lock() knows.
  std::unique_lock<std::mutex> lock(m, std::try_to_lock);
  co_await io();
}

Task rawLockAndUnlock(std::mutex *p) {
  m.lock();
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'm.lock()' is held across this 'co_await'; release it before suspending, or use an async mutex
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the mutex is locked here
  m.unlock();
  // Silent: unlocked, through the same pointer it was locked through.
  p->lock();
  (*p).unlock();
  co_await io();
  rw.lock_shared();
  rw.unlock_shared();
  co_await io();
}

Task adoptedLock() {
  // One lock, one report: the guard adopts what m.lock() took.
  m.lock();
  std::lock_guard<std::mutex> guard(m, std::adopt_lock);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: 'guard' takes the lock here
}

Task movedLocks() {
  std::unique_lock<std::mutex> first(m);
  std::unique_lock<std::mutex> second = std::move(first);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'second' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: 'second' takes over the lock of 'first' here
  // Silent: moved out, and the new owner unlocked it.
  second.unlock();
  co_await io();
  std::unique_lock<std::mutex> third(m);
  consume(std::move(third));
  co_await io();
  std::unique_lock<std::mutex> fourth(m);
  std::unique_lock<std::mutex> fifth;
  fifth = std::move(fourth);
  fifth.release()->unlock();
  co_await io();
}

Task passedLocked(std::unique_lock<std::mutex> lock) {
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:48: note: 'lock' is passed in holding the lock
}

Task nestedLambdas() {
  std::lock_guard<std::mutex> guard(m);
  // Silent: the lambda is a coroutine of its own, and it takes no lock.
  auto later = []() -> Task { co_await io(); };
  (void)later;
  auto locking = []() -> Task {
    std::lock_guard<std::mutex> inner(m);
    co_await io();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'inner' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:33: note: 'inner' takes the lock here
  };
  (void)locking;
  co_return;
}

// An asynchronous generator in the style of cppcoro::async_generator.
template <class T> struct AsyncGenerator {
  struct promise_type {
    AsyncGenerator get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(T) { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  struct iterator {
    Task operator++();
    T operator*() const;
    bool operator!=(const iterator &) const;
  };
  struct begin_operation {
    bool await_ready() { return false; }
    void await_suspend(std::coroutine_handle<>) {}
    iterator await_resume();
  };
  begin_operation begin();
  iterator end();
};

AsyncGenerator<int> produce();

AsyncGenerator<int> relay(int (&values)[3]) {
  for (int value : values) {
    std::lock_guard<std::mutex> guard(m);
    co_yield value;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'guard' is held across this 'co_yield'
    // CHECK-MESSAGES: :[[@LINE-3]]:33: note: 'guard' takes the lock here
  }
  // Silent: each yield comes after the iteration's guard has gone.
  for (int value : values) {
    {
      std::lock_guard<std::mutex> guard(m);
      ready();
    }
    co_yield value;
  }
}

Task drain() {
  AsyncGenerator<int> source = produce();
  std::unique_lock<std::mutex> lock(m);
  for (auto it = co_await source.begin(); it != source.end(); co_await ++it) {
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:32: note: 'lock' takes the lock here
    // CHECK-MESSAGES: :[[@LINE-3]]:63: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE+3]]:5: note: 'lock' takes the lock here
    lock.unlock();
    ready();
    lock.lock();
  }
}

// A template is analysed in its instantiations and reports each place once.
template <class Mutex> Task withMutex(Mutex &mutex) {
  std::lock_guard<Mutex> guard(mutex);
  co_await io();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: 'guard' takes the lock here
}

template Task withMutex(std::mutex &);
template Task withMutex(std::recursive_mutex &);
