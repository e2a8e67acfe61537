// Stub of Abseil's API for async-tidy tests; mirrors
// absl/synchronization/mutex.h (abseil/abseil-cpp, 2024 LTS). Only the
// surface the tests need is declared.
//
// absl::Mutex is a BLOCKING mutex; MutexLock/ReaderMutexLock/WriterMutexLock
// are its RAII guards (taking a Mutex*).
#ifndef ASYNC_TIDY_STUB_ABSL_SYNCHRONIZATION_MUTEX_H
#define ASYNC_TIDY_STUB_ABSL_SYNCHRONIZATION_MUTEX_H

#include <absl/base/thread_annotations.h>
#include <absl/time/time.h>

namespace absl {

class Condition;

class ABSL_LOCKABLE Mutex {
public:
  constexpr Mutex() : mu_(0) {}
  ~Mutex() = default;
  Mutex(const Mutex &) = delete;
  Mutex &operator=(const Mutex &) = delete;

  void Lock() ABSL_EXCLUSIVE_LOCK_FUNCTION();
  void Unlock() ABSL_UNLOCK_FUNCTION();
  bool TryLock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true);
  void AssertHeld() const;

  void ReaderLock() ABSL_SHARED_LOCK_FUNCTION();
  void ReaderUnlock() ABSL_UNLOCK_FUNCTION();
  bool ReaderTryLock() ABSL_SHARED_TRYLOCK_FUNCTION(true);
  void AssertReaderHeld() const;

  void WriterLock() ABSL_EXCLUSIVE_LOCK_FUNCTION() { Lock(); }
  void WriterUnlock() ABSL_UNLOCK_FUNCTION() { Unlock(); }
  bool WriterTryLock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true) {
    return TryLock();
  }

  // Standard Lockable / SharedLockable spellings.
  void lock() ABSL_EXCLUSIVE_LOCK_FUNCTION() { Lock(); }
  void unlock() ABSL_UNLOCK_FUNCTION() { Unlock(); }
  bool try_lock() ABSL_EXCLUSIVE_TRYLOCK_FUNCTION(true) { return TryLock(); }
  void lock_shared() ABSL_SHARED_LOCK_FUNCTION() { ReaderLock(); }
  void unlock_shared() ABSL_UNLOCK_FUNCTION() { ReaderUnlock(); }

  // Blocks until `cond` holds (the mutex must be held).
  void Await(const Condition &cond);
  bool AwaitWithTimeout(const Condition &cond, absl::Duration timeout);
  void LockWhen(const Condition &cond) ABSL_EXCLUSIVE_LOCK_FUNCTION();
  void ReaderLockWhen(const Condition &cond) ABSL_SHARED_LOCK_FUNCTION();

private:
  long mu_;
};

class Condition {
public:
  Condition(bool (*func)(void *), void *arg);
  template <typename T>
  Condition(bool (*func)(T *), T *arg)
      : Condition(reinterpret_cast<bool (*)(void *)>(func), arg) {}
  explicit Condition(const bool *cond);
  bool Eval() const;
};

class ABSL_SCOPED_LOCKABLE MutexLock {
public:
  explicit MutexLock(Mutex *mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) {
    mu_->Lock();
  }
  explicit MutexLock(Mutex *mu, const Condition &cond)
      ABSL_EXCLUSIVE_LOCK_FUNCTION(mu)
      : mu_(mu) {
    mu_->LockWhen(cond);
  }
  MutexLock(const MutexLock &) = delete;
  MutexLock(MutexLock &&) = delete;
  MutexLock &operator=(const MutexLock &) = delete;
  MutexLock &operator=(MutexLock &&) = delete;
  ~MutexLock() ABSL_UNLOCK_FUNCTION() { mu_->Unlock(); }

private:
  Mutex *const mu_;
};

class ABSL_SCOPED_LOCKABLE ReaderMutexLock {
public:
  explicit ReaderMutexLock(Mutex *mu) ABSL_SHARED_LOCK_FUNCTION(mu) : mu_(mu) {
    mu->ReaderLock();
  }
  ReaderMutexLock(const ReaderMutexLock &) = delete;
  ReaderMutexLock &operator=(const ReaderMutexLock &) = delete;
  ~ReaderMutexLock() ABSL_UNLOCK_FUNCTION() { mu_->ReaderUnlock(); }

private:
  Mutex *const mu_;
};

class ABSL_SCOPED_LOCKABLE WriterMutexLock {
public:
  explicit WriterMutexLock(Mutex *mu) ABSL_EXCLUSIVE_LOCK_FUNCTION(mu)
      : mu_(mu) {
    mu->WriterLock();
  }
  WriterMutexLock(const WriterMutexLock &) = delete;
  WriterMutexLock &operator=(const WriterMutexLock &) = delete;
  ~WriterMutexLock() ABSL_UNLOCK_FUNCTION() { mu_->WriterUnlock(); }

private:
  Mutex *const mu_;
};

class CondVar {
public:
  CondVar() = default;
  CondVar(const CondVar &) = delete;
  CondVar &operator=(const CondVar &) = delete;

  // Blocking.
  void Wait(Mutex *mu);
  bool WaitWithTimeout(Mutex *mu, absl::Duration timeout);
  void Signal();
  void SignalAll();
};

} // namespace absl

#endif
