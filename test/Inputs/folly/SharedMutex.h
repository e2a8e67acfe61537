// Stub of folly's API for async-tidy tests; mirrors folly/SharedMutex.h
// (facebook/folly). Only the surface the tests need is declared.
// folly::SharedMutex is a BLOCKING reader-writer lock.
#ifndef ASYNC_TIDY_STUB_FOLLY_SHAREDMUTEX_H
#define ASYNC_TIDY_STUB_FOLLY_SHAREDMUTEX_H

#include <chrono>

namespace folly {

template <bool ReaderPriority, typename Tag_ = void>
class SharedMutexImpl {
public:
  constexpr SharedMutexImpl() noexcept = default;
  SharedMutexImpl(const SharedMutexImpl &) = delete;
  SharedMutexImpl &operator=(const SharedMutexImpl &) = delete;
  ~SharedMutexImpl() = default;

  void lock();
  bool try_lock();
  template <class Rep, class Period>
  bool try_lock_for(const std::chrono::duration<Rep, Period> &duration);
  void unlock();

  void lock_shared();
  bool try_lock_shared();
  template <class Rep, class Period>
  bool try_lock_shared_for(const std::chrono::duration<Rep, Period> &duration);
  void unlock_shared();

  void lock_upgrade();
  void unlock_upgrade();
  void unlock_upgrade_and_lock();
  void unlock_and_lock_shared();

private:
  unsigned state_ = 0;
};

using SharedMutexReadPriority = SharedMutexImpl<true>;
using SharedMutexWritePriority = SharedMutexImpl<false>;
using SharedMutex = SharedMutexWritePriority;

} // namespace folly

#endif
