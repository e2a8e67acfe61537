// Stub of Seastar's API for async-tidy tests; mirrors
// include/seastar/core/semaphore.hh (scylladb/seastar). Only the surface the
// tests need is declared.
//
// seastar::semaphore is an ASYNC semaphore: wait() returns a future<> to be
// awaited (it never blocks the reactor thread).
#ifndef ASYNC_TIDY_STUB_SEASTAR_CORE_SEMAPHORE_HH
#define ASYNC_TIDY_STUB_SEASTAR_CORE_SEMAPHORE_HH

#include <chrono>
#include <cstddef>
#include <exception>
#include <type_traits>
#include <utility>

#include <seastar/core/future.hh>

namespace seastar {

struct semaphore_default_exception_factory {
  static std::exception_ptr timeout() noexcept;
  static std::exception_ptr broken() noexcept;
};

template <typename ExceptionFactory,
          typename Clock = std::chrono::steady_clock>
class basic_semaphore;

template <typename ExceptionFactory = semaphore_default_exception_factory,
          typename Clock = std::chrono::steady_clock>
class semaphore_units {
public:
  semaphore_units() noexcept = default;
  semaphore_units(basic_semaphore<ExceptionFactory, Clock> &sem,
                  std::size_t n) noexcept
      : _sem(&sem), _n(n) {}
  semaphore_units(semaphore_units &&o) noexcept
      : _sem(o._sem), _n(std::exchange(o._n, 0)) {}
  semaphore_units &operator=(semaphore_units &&o) noexcept {
    _sem = o._sem;
    _n = std::exchange(o._n, 0);
    return *this;
  }
  semaphore_units(const semaphore_units &) = delete;
  ~semaphore_units() noexcept = default;

  std::size_t return_units(std::size_t units);
  std::size_t return_all() noexcept { return std::exchange(_n, 0); }
  std::size_t release() noexcept { return std::exchange(_n, 0); }
  std::size_t count() const noexcept { return _n; }
  explicit operator bool() const noexcept { return _n != 0; }

private:
  basic_semaphore<ExceptionFactory, Clock> *_sem = nullptr;
  std::size_t _n = 0;
};

template <typename ExceptionFactory, typename Clock>
class basic_semaphore : private ExceptionFactory {
public:
  using duration = typename Clock::duration;
  using time_point = typename Clock::time_point;
  using clock = Clock;

  static constexpr std::size_t max_counter() noexcept {
    return static_cast<std::size_t>(-1) >> 1;
  }

  explicit basic_semaphore(std::size_t count) noexcept : _count(count) {}
  basic_semaphore(const basic_semaphore &) = delete;

  future<> wait(std::size_t nr = 1) noexcept;
  future<> wait(time_point timeout, std::size_t nr = 1) noexcept;
  future<> wait(duration timeout, std::size_t nr = 1) noexcept;

  void signal(std::size_t nr = 1) noexcept { _count += nr; }
  bool try_wait(std::size_t nr = 1) noexcept {
    if (_count < nr)
      return false;
    _count -= nr;
    return true;
  }
  void consume(std::size_t nr = 1) noexcept { _count -= nr; }

  std::size_t current() const noexcept { return _count; }
  std::ptrdiff_t available_units() const noexcept {
    return static_cast<std::ptrdiff_t>(_count);
  }
  std::size_t waiters() const noexcept { return 0; }
  void broken() noexcept {}

private:
  std::size_t _count;
};

using semaphore = basic_semaphore<semaphore_default_exception_factory>;

template <typename ExceptionFactory, typename Clock>
future<semaphore_units<ExceptionFactory, Clock>>
get_units(basic_semaphore<ExceptionFactory, Clock> &sem,
          std::size_t units) noexcept {
  (void)sem;
  (void)units;
  return make_ready_future<semaphore_units<ExceptionFactory, Clock>>();
}

template <typename ExceptionFactory, typename Clock>
semaphore_units<ExceptionFactory, Clock>
consume_units(basic_semaphore<ExceptionFactory, Clock> &sem,
              std::size_t units) noexcept {
  return semaphore_units<ExceptionFactory, Clock>(sem, units);
}

template <typename ExceptionFactory, typename Func, typename Clock>
futurize_t<std::invoke_result_t<Func>>
with_semaphore(basic_semaphore<ExceptionFactory, Clock> &sem,
               std::size_t units, Func &&func) noexcept {
  (void)sem;
  (void)units;
  (void)func;
  std::terminate(); // stub: never runs
}

} // namespace seastar

#endif
