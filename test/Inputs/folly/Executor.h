// Stub of folly's API for async-tidy tests; mirrors folly/Executor.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_EXECUTOR_H
#define ASYNC_TIDY_STUB_FOLLY_EXECUTOR_H

#include <cstdint>
#include <type_traits>
#include <utility>

#include <folly/Function.h>

namespace folly {

using Func = Function<void()>;

class Executor {
public:
  virtual ~Executor() = default;

  // Enqueue a function to be executed by this executor.
  virtual void add(Func) = 0;
  virtual void addWithPriority(Func, std::int8_t priority);

  // A reference-counted handle that keeps an executor alive.
  template <typename ExecutorT = Executor>
  class KeepAlive {
  public:
    using KeepAliveFunc = Function<void(KeepAlive &&)>;

    KeepAlive() = default;

    template <typename OtherExecutor,
              typename = std::enable_if_t<
                  std::is_convertible_v<OtherExecutor *, ExecutorT *>>>
    /* implicit */ KeepAlive(OtherExecutor *executor) : ptr_(executor) {}

    template <typename OtherExecutor,
              typename = std::enable_if_t<
                  std::is_convertible_v<OtherExecutor *, ExecutorT *>>>
    /* implicit */ KeepAlive(const KeepAlive<OtherExecutor> &other) noexcept
        : ptr_(other.get()) {}

    ExecutorT *get() const { return ptr_; }
    ExecutorT *operator->() const { return ptr_; }
    ExecutorT &operator*() const { return *ptr_; }
    explicit operator bool() const { return ptr_ != nullptr; }

    KeepAlive copy() const { return *this; }
    KeepAlive get_alias() const { return *this; }

    void reset() noexcept { ptr_ = nullptr; }

  private:
    ExecutorT *ptr_ = nullptr;
  };

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT *executor) {
    return KeepAlive<ExecutorT>{executor};
  }

  template <typename ExecutorT>
  static KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT &executor) {
    return KeepAlive<ExecutorT>{&executor};
  }

protected:
  virtual bool keepAliveAcquire() noexcept;
  virtual void keepAliveRelease() noexcept;
};

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT *executor) {
  return Executor::getKeepAliveToken(executor);
}

template <typename ExecutorT>
Executor::KeepAlive<ExecutorT> getKeepAliveToken(ExecutorT &executor) {
  return Executor::getKeepAliveToken(executor);
}

} // namespace folly

#endif
