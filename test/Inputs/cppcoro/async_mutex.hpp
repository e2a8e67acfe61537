// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/async_mutex.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
//
//   co_await m.lock_async();                  // acquires; unlock() by hand
//   auto lk = co_await m.scoped_lock_async(); // async_mutex_lock (RAII)
#ifndef ASYNC_TIDY_STUB_CPPCORO_ASYNC_MUTEX_HPP
#define ASYNC_TIDY_STUB_CPPCORO_ASYNC_MUTEX_HPP

#include <coroutine>
#include <mutex> // std::adopt_lock_t

namespace cppcoro {

class async_mutex_lock;
class async_mutex_lock_operation;
class async_mutex_scoped_lock_operation;

class async_mutex {
public:
  async_mutex() noexcept = default;
  ~async_mutex() = default;
  async_mutex(const async_mutex &) = delete;
  async_mutex &operator=(const async_mutex &) = delete;

  bool try_lock() noexcept;
  async_mutex_lock_operation lock_async() noexcept;
  async_mutex_scoped_lock_operation scoped_lock_async() noexcept;
  void unlock();

private:
  bool m_locked = false;
};

class async_mutex_lock {
public:
  explicit async_mutex_lock(async_mutex &mutex, std::adopt_lock_t) noexcept
      : m_mutex(&mutex) {}
  async_mutex_lock(async_mutex_lock &&other) noexcept
      : m_mutex(other.m_mutex) {
    other.m_mutex = nullptr;
  }
  async_mutex_lock(const async_mutex_lock &other) = delete;
  async_mutex_lock &operator=(const async_mutex_lock &other) = delete;
  // Releases the lock.
  ~async_mutex_lock() {
    if (m_mutex != nullptr)
      m_mutex->unlock();
  }

private:
  async_mutex *m_mutex;
};

class async_mutex_lock_operation {
public:
  explicit async_mutex_lock_operation(async_mutex &mutex) noexcept
      : m_mutex(mutex) {}
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> awaiter) noexcept {
    m_awaiter = awaiter;
    return false;
  }
  void await_resume() const noexcept {}

protected:
  friend class async_mutex;
  async_mutex &m_mutex;

private:
  std::coroutine_handle<> m_awaiter;
};

class async_mutex_scoped_lock_operation : public async_mutex_lock_operation {
public:
  using async_mutex_lock_operation::async_mutex_lock_operation;
  [[nodiscard]] async_mutex_lock await_resume() const noexcept {
    return async_mutex_lock{m_mutex, std::adopt_lock};
  }
};

inline async_mutex_lock_operation async_mutex::lock_async() noexcept {
  return async_mutex_lock_operation{*this};
}

inline async_mutex_scoped_lock_operation
async_mutex::scoped_lock_async() noexcept {
  return async_mutex_scoped_lock_operation{*this};
}

inline bool async_mutex::try_lock() noexcept {
  if (m_locked)
    return false;
  m_locked = true;
  return true;
}

inline void async_mutex::unlock() { m_locked = false; }

} // namespace cppcoro

#endif
