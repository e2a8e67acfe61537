// Stub of folly's API for async-tidy tests; mirrors folly/fibers/Semaphore.h
// (facebook/folly). Only the surface the tests need is declared.
//
// wait() BLOCKS (the fiber, or the thread when not on a fiber);
// co_wait() is the coroutine-friendly form; future_wait() returns a
// SemiFuture.
#ifndef ASYNC_TIDY_STUB_FOLLY_FIBERS_SEMAPHORE_H
#define ASYNC_TIDY_STUB_FOLLY_FIBERS_SEMAPHORE_H

#include <cstddef>

#include <folly/Unit.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>

namespace folly::fibers {

class Semaphore {
public:
  explicit Semaphore(std::size_t tokenCount)
      : capacity_(tokenCount), tokens_(tokenCount) {}
  Semaphore(const Semaphore &) = delete;
  Semaphore &operator=(const Semaphore &) = delete;

  // Release a token.
  void signal();

  // Wait for a token (blocking).
  void wait();
  bool try_wait();

  // Wait for a token asynchronously.
  coro::Task<void> co_wait();
  SemiFuture<Unit> future_wait();

  std::size_t getCapacity() const { return capacity_; }
  std::size_t getAvailableTokens() const { return tokens_; }

private:
  std::size_t capacity_;
  std::size_t tokens_;
};

} // namespace folly::fibers

#endif
