// Stub of folly's API for async-tidy tests; mirrors folly/coro/Mutex.h
// (facebook/folly; also reachable as folly/experimental/coro/Mutex.h).
// Only the surface the tests need is declared.
//
// The lock operations returned by co_lock()/co_scoped_lock() are
// semi-awaitables: they have no operator co_await, only .viaIfAsync(ex), so
// they are awaited from folly::coro::Task (whose await_transform supplies
// the executor). `co_await m.co_scoped_lock()` yields
// std::unique_lock<Mutex>. Like the real class, Mutex has try_lock() and
// unlock() but NO blocking lock() member.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_MUTEX_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_MUTEX_H

#include <atomic>
#include <coroutine>
#include <mutex>
#include <type_traits>

#include <folly/Executor.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly::coro {

class Mutex {
  class ScopedLockAwaiter;
  class LockAwaiter;
  template <typename Awaiter>
  class LockOperation;

public:
  Mutex() noexcept = default;
  Mutex(const Mutex &) = delete;
  Mutex(Mutex &&) = delete;
  Mutex &operator=(const Mutex &) = delete;
  Mutex &operator=(Mutex &&) = delete;
  ~Mutex() = default;

  bool try_lock() noexcept {
    bool expected = false;
    return locked_.compare_exchange_strong(expected, true);
  }

  [[nodiscard]] LockOperation<ScopedLockAwaiter> co_scoped_lock() noexcept;
  [[nodiscard]] LockOperation<LockAwaiter> co_lock() noexcept;

  void unlock() noexcept { locked_ = false; }

private:
  class LockAwaiter {
  public:
    explicit LockAwaiter(Mutex &mutex) noexcept : mutex_(mutex) {}
    bool await_ready() noexcept { return mutex_.try_lock(); }
    bool await_suspend(std::coroutine_handle<>) noexcept { return false; }
    void await_resume() noexcept {}

  protected:
    Mutex &mutex_;
  };

  class ScopedLockAwaiter : public LockAwaiter {
  public:
    using LockAwaiter::LockAwaiter;
    std::unique_lock<Mutex> await_resume() noexcept {
      return std::unique_lock<Mutex>{mutex_, std::adopt_lock};
    }
  };

  template <typename Awaiter>
  class LockOperation {
  public:
    explicit LockOperation(Mutex &mutex) noexcept : mutex_(mutex) {}
    auto viaIfAsync(folly::Executor::KeepAlive<> executor) const {
      return folly::coro::co_viaIfAsync(std::move(executor), Awaiter{mutex_});
    }

  private:
    Mutex &mutex_;
  };

  std::atomic<bool> locked_{false};
};

inline Mutex::LockOperation<Mutex::ScopedLockAwaiter>
Mutex::co_scoped_lock() noexcept {
  return LockOperation<ScopedLockAwaiter>{*this};
}

inline Mutex::LockOperation<Mutex::LockAwaiter> Mutex::co_lock() noexcept {
  return LockOperation<LockAwaiter>{*this};
}

} // namespace folly::coro

#endif
