// Stub of folly's API for async-tidy tests; mirrors folly/coro/SharedLock.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_SHAREDLOCK_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_SHAREDLOCK_H

#include <mutex>
#include <utility>

namespace folly::coro {

// RAII holder of a shared lock (calls unlock_shared() on destruction).
template <typename Mutex>
class SharedLock {
public:
  SharedLock() noexcept = default;
  SharedLock(Mutex &mutex, std::adopt_lock_t) noexcept
      : mutex_(&mutex), locked_(true) {}
  SharedLock(SharedLock &&other) noexcept
      : mutex_(std::exchange(other.mutex_, nullptr)),
        locked_(std::exchange(other.locked_, false)) {}
  SharedLock &operator=(SharedLock &&other) noexcept {
    SharedLock(std::move(other)).swap(*this);
    return *this;
  }
  SharedLock(const SharedLock &) = delete;
  SharedLock &operator=(const SharedLock &) = delete;
  ~SharedLock() {
    if (locked_)
      mutex_->unlock_shared();
  }

  bool owns_lock() const noexcept { return locked_; }
  explicit operator bool() const noexcept { return owns_lock(); }
  Mutex *mutex() const noexcept { return mutex_; }
  void unlock() {
    mutex_->unlock_shared();
    locked_ = false;
  }
  void swap(SharedLock &other) noexcept {
    std::swap(mutex_, other.mutex_);
    std::swap(locked_, other.locked_);
  }

private:
  Mutex *mutex_ = nullptr;
  bool locked_ = false;
};

} // namespace folly::coro

#endif
