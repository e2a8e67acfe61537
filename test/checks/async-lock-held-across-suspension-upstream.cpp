// The same code through async-lock-held-across-suspension and the two
// upstream scope-based checks, with their default options: every case where
// an upstream check reports a lock that is not held (a false positive) or
// misses one that is (a false negative), and the cases where all agree.
// REQUIRES: upstream-coroutine-hostile-raii
// RUN: %check_async_tidy %s async-lock-held-across-suspension,cppcoreguidelines-no-suspend-with-lock,misc-coroutine-hostile-raii %t -- -- %coro_flags

#include <folly/coro/Mutex.h>
#include <folly/coro/Task.h>
#include <mutex>
#include <utility>

using folly::coro::Task;

Task<void> fetch();
bool ready();
void consume(std::unique_lock<std::mutex> lock);

std::mutex m;
folly::coro::Mutex asyncMutex;

// All three agree: a lock_guard across a co_await.
Task<void> guardAcrossAwait() {
  std::lock_guard<std::mutex> guard(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'guard' persists across a suspension point of coroutine [misc-coroutine-hostile-raii]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: suspension point is here
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'; release it before suspending, or use an async mutex [async-lock-held-across-suspension]
  // CHECK-MESSAGES: :[[@LINE-5]]:31: note: 'guard' takes the lock here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: coroutine suspended with lock 'guard' held [cppcoreguidelines-no-suspend-with-lock]
}

// All three agree: the guard's scope closes before the co_await.
Task<void> scopeClosesFirst() {
  {
    std::lock_guard<std::mutex> guard(m);
    ready();
  }
  co_await fetch();
}

// False positive of no-suspend-with-lock: unlocked before the co_await.
Task<void> unlockedBeforeAwait() {
  std::unique_lock<std::mutex> lock(m);
  ready();
  lock.unlock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lock' held [cppcoreguidelines-no-suspend-with-lock]
}

// False positive of no-suspend-with-lock: defer_lock never locked.
Task<void> deferredNeverLocked() {
  std::unique_lock<std::mutex> lock(m, std::defer_lock);
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lock' held [cppcoreguidelines-no-suspend-with-lock]
  if (lock.try_lock())
    lock.unlock();
}

// False positive of no-suspend-with-lock: the lock was moved away.
Task<void> movedAway() {
  std::unique_lock<std::mutex> lock(m);
  consume(std::move(lock));
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lock' held [cppcoreguidelines-no-suspend-with-lock]
}

// False positive of no-suspend-with-lock: co_scoped_lock() gives a
// std::unique_lock over folly::coro::Mutex, meant to be held across co_await.
Task<void> asyncScopedLock() {
  std::unique_lock<folly::coro::Mutex> lock = co_await asyncMutex.co_scoped_lock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: coroutine suspended with lock 'lock' held [cppcoreguidelines-no-suspend-with-lock]
}

// False positive of both upstream checks: folly's documented hand-over of a
// successful try_lock() to a lock_guard over the asynchronous mutex.
Task<void> asyncAdoptedLock() {
  if (asyncMutex.try_lock()) {
    std::lock_guard<folly::coro::Mutex> adopted{asyncMutex, std::adopt_lock};
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'adopted' persists across a suspension point of coroutine [misc-coroutine-hostile-raii]
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: suspension point is here
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: coroutine suspended with lock 'adopted' held [cppcoreguidelines-no-suspend-with-lock]
  }
}

// Missed by both upstream checks: only one branch unlocks. The deduced
// std::unique_lock is no template specialization as written (no-suspend-with-
// lock), and unique_lock is not in hostile-raii's default list.
Task<void> oneBranchUnlocks(bool fast) {
  std::unique_lock lock(m);
  if (fast)
    lock.unlock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-5]]:20: note: 'lock' takes the lock here
}

// Missed by both upstream checks: a mutex locked directly.
Task<void> directLock() {
  m.lock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'm.lock()' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the mutex is locked here
  m.unlock();
}

// Missed by both upstream checks: locked at the end of one iteration, still
// held when the next one suspends.
Task<void> lockedForTheNextIteration(int n) {
  for (int i = 0; i < n; ++i) {
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'std::mutex' locked by 'm.lock()' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: the mutex is locked here
    m.lock();
  }
  m.unlock();
}

// Missed by both upstream checks: a lock handed in by value.
Task<void> lockedParameter(std::unique_lock<std::mutex> lock) {
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:57: note: 'lock' is passed in holding the lock
}

// Missed by no-suspend-with-lock: the guard's type is written through an
// alias, so it is no template specialization as written.
using Guard = std::lock_guard<std::mutex>;
Task<void> aliasedGuard() {
  Guard guard(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'guard' persists across a suspension point of coroutine [misc-coroutine-hostile-raii]
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: suspension point is here
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-5]]:9: note: 'guard' takes the lock here
}

// Missed by hostile-raii (unique_lock is not in its list); no-suspend-with-
// lock is right here by its scope rule alone.
Task<void> lockedAfterDeferral() {
  std::unique_lock<std::mutex> lock(m, std::defer_lock);
  lock.lock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'lock' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'lock' takes the lock here
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: coroutine suspended with lock 'lock' held [cppcoreguidelines-no-suspend-with-lock]
}
