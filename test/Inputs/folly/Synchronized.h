// Stub of folly's API for async-tidy tests; mirrors folly/Synchronized.h
// (facebook/folly). Only the surface the tests need is declared.
// All lock accessors BLOCK the calling thread; the returned LockedPtr holds
// the lock until it is destroyed (or unlock() is called).
#ifndef ASYNC_TIDY_STUB_FOLLY_SYNCHRONIZED_H
#define ASYNC_TIDY_STUB_FOLLY_SYNCHRONIZED_H

#include <chrono>
#include <mutex>
#include <type_traits>
#include <utility>

#include <folly/SharedMutex.h>

namespace folly {

namespace detail {
template <typename M>
concept shared_lockable = requires(M &m) {
  m.lock_shared();
  m.unlock_shared();
};
} // namespace detail

// Pointer-like handle that holds a lock on a Synchronized for its lifetime.
template <typename SynchronizedType, bool Shared>
class LockedPtr {
  using Data = typename SynchronizedType::DataType;
  using Pointee = std::conditional_t<Shared || std::is_const_v<SynchronizedType>,
                                     const Data, Data>;

public:
  LockedPtr() noexcept = default;
  LockedPtr(LockedPtr &&other) noexcept
      : parent_(std::exchange(other.parent_, nullptr)) {}
  LockedPtr &operator=(LockedPtr &&other) noexcept {
    std::swap(parent_, other.parent_);
    return *this;
  }
  LockedPtr(const LockedPtr &) = delete;
  LockedPtr &operator=(const LockedPtr &) = delete;
  ~LockedPtr();

  bool isNull() const { return parent_ == nullptr; }
  explicit operator bool() const { return parent_ != nullptr; }

  Pointee *operator->() const;
  Pointee &operator*() const;

  void unlock();

private:
  SynchronizedType *parent_ = nullptr;
};

template <class T, class Mutex = SharedMutex>
struct Synchronized {
  using DataType = T;
  using MutexType = Mutex;
  using LockedPtr = folly::LockedPtr<Synchronized, false>;
  using ConstLockedPtr = folly::LockedPtr<const Synchronized, false>;
  using RLockedPtr = folly::LockedPtr<Synchronized, true>;
  using ConstRLockedPtr = folly::LockedPtr<const Synchronized, true>;

  Synchronized() = default;
  explicit Synchronized(const T &rhs) : datum_(rhs) {}
  explicit Synchronized(T &&rhs) : datum_(std::move(rhs)) {}
  Synchronized(const Synchronized &) = delete;
  Synchronized &operator=(const Synchronized &) = delete;

  // Exclusive lock.
  LockedPtr wlock();
  ConstLockedPtr wlock() const;
  template <class Rep, class Period>
  LockedPtr wlock(const std::chrono::duration<Rep, Period> &timeout);
  LockedPtr lock();
  ConstLockedPtr lock() const;
  LockedPtr tryWLock();
  LockedPtr tryLock();

  // Shared lock (only for shared mutexes).
  RLockedPtr rlock()
    requires detail::shared_lockable<Mutex>;
  ConstRLockedPtr rlock() const
    requires detail::shared_lockable<Mutex>;
  RLockedPtr tryRLock()
    requires detail::shared_lockable<Mutex>;

  template <class Function>
  auto withWLock(Function &&function) -> std::invoke_result_t<Function, T &> {
    return static_cast<Function &&>(function)(datum_);
  }
  template <class Function>
  auto withLock(Function &&function) -> std::invoke_result_t<Function, T &> {
    return static_cast<Function &&>(function)(datum_);
  }
  template <class Function>
  auto withRLock(Function &&function) const
      -> std::invoke_result_t<Function, const T &>
    requires detail::shared_lockable<Mutex>
  {
    return static_cast<Function &&>(function)(datum_);
  }

  T copy() const;
  void swap(T &rhs);
  Synchronized &operator=(const T &rhs);
  Synchronized &operator=(T &&rhs);

  T *unsafeGetUnlocked() { return &datum_; }
  const T *unsafeGetUnlocked() const { return &datum_; }

private:
  T datum_;
  mutable Mutex mutex_;
};

} // namespace folly

#endif
