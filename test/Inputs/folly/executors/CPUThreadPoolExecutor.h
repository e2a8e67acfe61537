// Stub of folly's API for async-tidy tests; mirrors
// folly/executors/CPUThreadPoolExecutor.h (facebook/folly). Only the surface
// the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_EXECUTORS_CPUTHREADPOOLEXECUTOR_H
#define ASYNC_TIDY_STUB_FOLLY_EXECUTORS_CPUTHREADPOOLEXECUTOR_H

#include <chrono>
#include <cstddef>
#include <utility>

#include <folly/Executor.h>

namespace folly {

class DefaultKeepAliveExecutor : public virtual Executor {
public:
  ~DefaultKeepAliveExecutor() override = default;
};

class ThreadPoolExecutor : public DefaultKeepAliveExecutor {
public:
  ~ThreadPoolExecutor() override = default;

  void add(Func func) override = 0;
  virtual void add(Func func, std::chrono::milliseconds expiration,
                   Func expireCallback = nullptr) = 0;

  std::size_t numThreads() const;
  void setNumThreads(std::size_t numThreads);

  // Blocks until all queued tasks have run.
  void join();
  void stop();
};

class CPUThreadPoolExecutor : public ThreadPoolExecutor {
public:
  explicit CPUThreadPoolExecutor(std::size_t numThreads);
  CPUThreadPoolExecutor(std::pair<std::size_t, std::size_t> numThreads);
  ~CPUThreadPoolExecutor() override;

  void add(Func func) override;
  void add(Func func, std::chrono::milliseconds expiration,
           Func expireCallback = nullptr) override;
  void add(Func func, std::int8_t priority,
           std::chrono::milliseconds expiration = std::chrono::milliseconds(0),
           Func expireCallback = nullptr);
};

} // namespace folly

#endif
