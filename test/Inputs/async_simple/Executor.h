// Stub of async_simple's API for async-tidy tests; mirrors
// async_simple/Executor.h (alibaba/async_simple). Only the surface the
// tests need is declared.
#ifndef ASYNC_TIDY_STUB_ASYNC_SIMPLE_EXECUTOR_H
#define ASYNC_TIDY_STUB_ASYNC_SIMPLE_EXECUTOR_H

#include <chrono>
#include <functional>
#include <string>

namespace async_simple {

class Executor {
public:
  using Func = std::function<void()>;
  using Context = void *;
  static constexpr Context NULLCTX = nullptr;

  explicit Executor(std::string name = "default") : _name(std::move(name)) {}
  virtual ~Executor() = default;
  Executor(const Executor &) = delete;
  Executor &operator=(const Executor &) = delete;

  // Schedule `func` to run on this executor; false if it was rejected.
  virtual bool schedule(Func func) = 0;
  virtual bool currentThreadInExecutor() const;
  virtual Context checkout() { return NULLCTX; }
  virtual bool checkin(Func func, Context ctx) {
    (void)ctx;
    return schedule(std::move(func));
  }

  const std::string &name() const { return _name; }

  // co_await ex->after(dur) suspends the coroutine for `dur`.
  class TimeAwaitable;
  TimeAwaitable after(std::chrono::microseconds dur);

private:
  std::string _name;
};

} // namespace async_simple

#endif
