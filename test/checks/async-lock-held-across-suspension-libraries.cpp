// Thread locks and asynchronous locks of the libraries the product knows, on
// the stub headers of test/Inputs: only the thread locks are reported.
// RUN: %check_async_tidy %s async-lock-held-across-suspension %t -- -- %coro_flags

#include <absl/synchronization/mutex.h>
#include <coro/coro.hpp>
#include <cppcoro/async_mutex.hpp>
#include <cppcoro/task.hpp>
#include <folly/SharedMutex.h>
#include <folly/Synchronized.h>
#include <folly/coro/Mutex.h>
#include <folly/coro/SharedMutex.h>
#include <folly/coro/Task.h>
#include <mutex>

namespace folly_case {
folly::coro::Task<void> fetch();
folly::coro::Mutex asyncMutex;
folly::coro::SharedMutex asyncShared;
folly::SharedMutex threadMutex;
folly::Synchronized<int> counter;

folly::coro::Task<void> asyncLocks() {
  // Silent: co_scoped_lock() gives a std::unique_lock over folly::coro::Mutex,
  // an asynchronous lock meant to be held across co_await.
  std::unique_lock<folly::coro::Mutex> lock = co_await asyncMutex.co_scoped_lock();
  co_await fetch();
  auto shared = co_await asyncShared.co_scoped_lock();
  co_await fetch();
}

folly::coro::Task<void> asyncManualLocks() {
  // Silent: co_lock() is awaited, and unlock() is that of an async mutex.
  co_await asyncMutex.co_lock();
  co_await fetch();
  asyncMutex.unlock();
  // Silent: folly's documented hand-over of a try_lock() to a lock_guard.
  if (asyncMutex.try_lock()) {
    std::lock_guard<folly::coro::Mutex> adopted{asyncMutex, std::adopt_lock};
    co_await fetch();
  }
}

folly::coro::Task<void> threadLocks() {
  threadMutex.lock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::SharedMutex' locked by 'threadMutex.lock()' is held across this 'co_await'; release it before suspending, or use an async mutex [async-lock-held-across-suspension]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the mutex is locked here
  threadMutex.unlock();
  {
    std::unique_lock<folly::SharedMutex> writer(threadMutex);
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'folly::SharedMutexImpl<false>' locked by 'writer' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:42: note: 'writer' takes the lock here
  }
}

folly::coro::Task<void> synchronizedHandles() {
  {
    auto locked = counter.wlock();
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'folly::SharedMutexImpl<false>' locked by 'locked' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'locked' takes the lock here
  }
  // Silent: the handle is unlocked before the suspension.
  auto reader = counter.rlock();
  reader.unlock();
  co_await fetch();
}
} // namespace folly_case

namespace cppcoro_case {
cppcoro::async_mutex mutex;
std::mutex threadMutex;
cppcoro::task<> fetch();

cppcoro::task<> run() {
  // Silent: cppcoro::async_mutex and its async_mutex_lock.
  auto lock = co_await mutex.scoped_lock_async();
  co_await fetch();
  co_await mutex.lock_async();
  co_await fetch();
  mutex.unlock();
  std::scoped_lock guard(threadMutex);
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'std::mutex' locked by 'guard' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: 'guard' takes the lock here
}
} // namespace cppcoro_case

namespace libcoro_case {
coro::mutex mutex;
coro::task<void> fetch();

coro::task<void> run() {
  // Silent: coro::mutex's scoped_lock and its awaited lock().
  auto lock = co_await mutex.scoped_lock();
  co_await fetch();
  co_await mutex.lock();
  co_await fetch();
  mutex.unlock();
}
} // namespace libcoro_case

namespace absl_case {
absl::Mutex mu;
cppcoro::task<> fetch();

cppcoro::task<> run() {
  {
    absl::MutexLock lock(&mu);
    co_await fetch();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'absl::Mutex' locked by 'lock' is held across this 'co_await'
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: 'lock' takes the lock here
  }
  mu.ReaderLock();
  co_await fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'absl::Mutex' locked by 'mu.ReaderLock()' is held across this 'co_await'
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the mutex is locked here
  mu.ReaderUnlock();
  // Silent: Abseil's own spelling of unlock.
  mu.Lock();
  mu.Unlock();
  co_await fetch();
}
} // namespace absl_case
