// RUN: %check_async_tidy %s async-unbounded-fan-out %t -- -- %coro_flags

// What the check treats as bounded, each case beside the near miss that it
// must still report.
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <thread>
#include <vector>

coro::task<void> work(int n);
int readCount();

// A bound fixed by a constant: a local or a static initialised with one and
// never written after.
static int StaticBatch = 1000;
void constantBounds(coro::thread_pool &pool) {
  int batch{200};
  for (int i = 0; i < batch; ++i)
    pool.spawn_detached(work(i));
  for (int i = 0; i < StaticBatch; ++i)
    pool.spawn_detached(work(i));
  // Read in a lambda, written nowhere.
  auto spawnAll = [&] {
    for (int i = 0; i < batch; ++i)
      pool.spawn_detached(work(i));
  };
  spawnAll();
}

// Near miss: the bound is written after its initialiser.
void rewrittenBound(coro::thread_pool &pool) {
  int batch = 200;
  batch = readCount();
  for (int i = 0; i < batch; ++i)
    pool.spawn_detached(work(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration and nothing limits them; acquire an async semaphore in the loop or in the spawned coroutine [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}
static int GrowingBatch = 10;
void growBatch() { ++GrowingBatch; }
void rewrittenStatic(coro::thread_pool &pool) {
  for (int i = 0; i < GrowingBatch; ++i)
    pool.spawn_detached(work(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}

// One task per core (or per executor thread) is configuration, like argc.
void perCore(coro::thread_pool &pool,
             std::shared_ptr<concurrencpp::executor> executor) {
  const auto cores = std::thread::hardware_concurrency();
  for (unsigned i = 0; i < cores; ++i)
    pool.spawn_detached(work(i));
  for (unsigned i = 0; i < std::thread::hardware_concurrency(); ++i)
    pool.spawn_detached(work(i));
  for (int i = 0; i < executor->max_concurrency_level(); ++i)
    pool.spawn_detached(work(i));
}

// Near miss: scaled by the input.
void perCoreAndItem(coro::thread_pool &pool, unsigned items) {
  for (unsigned i = 0; i < std::thread::hardware_concurrency() * items; ++i)
    pool.spawn_detached(work(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}

// A test framework's assertion macro wraps its argument in a loop that runs
// once.
#define CHECK_TRUE(expr)                                                       \
  do {                                                                         \
    (void)(expr);                                                              \
  } while ((void)0, false)
void spawnChecked(coro::thread_pool &pool, std::vector<int> items) {
  CHECK_TRUE(pool.spawn_detached(work(1)));
  for (int i = 0; i < 3; ++i)
    CHECK_TRUE(pool.spawn_detached(work(i)));
  // Near miss: the loop around the macro runs once per item.
  for (int item : items)
    CHECK_TRUE(pool.spawn_detached(work(item)));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'spawn_detached' in a loop over a runtime-sized range
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}

// when_all over results that already exist starts no work; a container of
// spawned results is reported once, at the spawn.
concurrencpp::result<void> alreadyDone() {
  return concurrencpp::make_ready_result();
}
concurrencpp::result<void> compute(int n);
concurrencpp::result<void>
gather(std::shared_ptr<concurrencpp::executor> executor, std::vector<int> items) {
  std::vector<concurrencpp::result<void>> ready;
  for (int item : items)
    ready.emplace_back(alreadyDone());
  co_await concurrencpp::when_all(executor, ready.begin(), ready.end());

  std::vector<concurrencpp::result<void>> submitted;
  for (int item : items)
    submitted.emplace_back(executor->submit([item] { (void)item; }));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'submit' in a loop over a runtime-sized range
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
  co_await concurrencpp::when_all(executor, submitted.begin(), submitted.end());

  // Near miss: the container holds coroutine tasks that when_all starts.
  std::vector<concurrencpp::result<void>> started;
  for (int item : items) {
    auto one = compute(item);
    started.emplace_back(std::move(one));
  }
  co_await concurrencpp::when_all(executor, started.begin(), started.end());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'when_all' starts every task of 'started' at once, and 'started' is filled in a loop over a runtime-sized range
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: 'started' gets one task per iteration here
}
