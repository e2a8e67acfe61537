// Stub of folly's API for async-tidy tests; mirrors folly/coro/SharedMutex.h
// (facebook/folly; also reachable as folly/experimental/coro/SharedMutex.h).
// Only the surface the tests need is declared.
//
// Lock operations are semi-awaitables (awaited from folly::coro::Task):
//   co_await m.co_scoped_lock()        -> std::unique_lock<SharedMutexFair>
//   co_await m.co_scoped_lock_shared() -> folly::coro::SharedLock<...>
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_SHAREDMUTEX_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_SHAREDMUTEX_H

#include <coroutine>
#include <mutex>

#include <folly/Executor.h>
#include <folly/coro/SharedLock.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly::coro {

class SharedMutexFair {
  template <typename Result>
  class LockAwaiter {
  public:
    explicit LockAwaiter(SharedMutexFair &mutex) noexcept : mutex_(mutex) {}
    bool await_ready() noexcept { return false; }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    Result await_resume() noexcept {
      if constexpr (!std::is_void_v<Result>)
        return Result{mutex_, std::adopt_lock};
    }

  private:
    SharedMutexFair &mutex_;
  };

  template <typename Awaiter>
  class LockOperation {
  public:
    explicit LockOperation(SharedMutexFair &mutex) noexcept : mutex_(mutex) {}
    auto viaIfAsync(folly::Executor::KeepAlive<> executor) const {
      return folly::coro::co_viaIfAsync(std::move(executor), Awaiter{mutex_});
    }

  private:
    SharedMutexFair &mutex_;
  };

public:
  SharedMutexFair() noexcept = default;
  SharedMutexFair(const SharedMutexFair &) = delete;
  SharedMutexFair &operator=(const SharedMutexFair &) = delete;
  ~SharedMutexFair() = default;

  bool try_lock() noexcept;
  bool try_lock_shared() noexcept;

  [[nodiscard]] LockOperation<LockAwaiter<void>> co_lock() noexcept {
    return LockOperation<LockAwaiter<void>>{*this};
  }
  [[nodiscard]] LockOperation<LockAwaiter<std::unique_lock<SharedMutexFair>>>
  co_scoped_lock() noexcept {
    return LockOperation<LockAwaiter<std::unique_lock<SharedMutexFair>>>{
        *this};
  }
  [[nodiscard]] LockOperation<LockAwaiter<void>> co_lock_shared() noexcept {
    return LockOperation<LockAwaiter<void>>{*this};
  }
  [[nodiscard]] LockOperation<LockAwaiter<SharedLock<SharedMutexFair>>>
  co_scoped_lock_shared() noexcept {
    return LockOperation<LockAwaiter<SharedLock<SharedMutexFair>>>{*this};
  }

  void unlock() noexcept;
  void unlock_shared() noexcept;
};

using SharedMutex = SharedMutexFair;

} // namespace folly::coro

#endif
