// Stub of stdexec's API for async-tidy tests; mirrors
// stdexec/include/exec/static_thread_pool.hpp (NVIDIA/stdexec). Only the
// surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_EXEC_STATIC_THREAD_POOL_HPP
#define ASYNC_TIDY_STUB_EXEC_STATIC_THREAD_POOL_HPP

#include <cstdint>
#include <thread>

#include <stdexec/execution.hpp>

namespace exec {

class static_thread_pool {
public:
  class scheduler {
  public:
    // schedule(sch) completes on one of the pool's threads.
    stdexec::__just_sender<> schedule() const noexcept { return {}; }
    bool operator==(const scheduler &) const noexcept = default;

  private:
    friend class static_thread_pool;
    static_thread_pool *__pool_ = nullptr;
  };

  static_thread_pool();
  explicit static_thread_pool(std::uint32_t threadCount);
  ~static_thread_pool();
  static_thread_pool(const static_thread_pool &) = delete;

  scheduler get_scheduler() noexcept {
    scheduler s;
    s.__pool_ = this;
    return s;
  }

  void request_stop() noexcept;
  std::uint32_t available_parallelism() const;
};

} // namespace exec

#endif
