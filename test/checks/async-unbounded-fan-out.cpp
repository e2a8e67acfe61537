// RUN: %check_async_tidy %s async-unbounded-fan-out %t -- -- %coro_flags

#include <array>
#include <list>
#include <coro/coro.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/fibers/Semaphore.h>
#include <string>
#include <vector>

coro::task<void> fetch(std::string url);
coro::task<void> fetchLimited(std::string url, coro::semaphore<8> &limit) {
  co_await limit.acquire();
  co_await fetch(url);
  co_await limit.release();
}
folly::coro::Task<int> lookup(int key);
cppcoro::task<int> compute(int n);

coro::task<void> fanOutOverInput(std::vector<std::string> urls) {
  std::vector<coro::task<void>> tasks;
  for (const auto &url : urls)
    tasks.push_back(fetch(url));
  co_await coro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'when_all' starts every task of 'tasks' at once, and 'tasks' is filled in a loop over a runtime-sized range: concurrency grows with the input; use a windowed variant, or acquire an async semaphore in each task [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'tasks' gets one task per iteration here
}

folly::coro::Task<void> follyFanOut(std::vector<int> keys, int n) {
  std::vector<folly::coro::Task<int>> lookups;
  for (int i = 0; i < n; ++i)
    lookups.push_back(lookup(keys[i]));
  co_await folly::coro::collectAllRange(std::move(lookups));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'collectAllRange' starts every task of 'lookups' at once
  // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'lookups' gets one task per iteration here

  // Silent: the windowed variant bounds the concurrency.
  std::vector<folly::coro::Task<int>> windowed;
  for (int key : keys)
    windowed.push_back(lookup(key));
  co_await folly::coro::collectAllWindowed(std::move(windowed), 8);
}

cppcoro::task<void> boundedLoops() {
  // Silent: the loops run a constant number of times.
  std::vector<cppcoro::task<int>> fixed;
  for (int i = 0; i < 4; ++i)
    fixed.push_back(compute(i));
  co_await cppcoro::when_all(std::move(fixed));
  std::array<int, 3> three{1, 2, 3};
  std::vector<cppcoro::task<int>> fromArray;
  for (int n : three)
    fromArray.push_back(compute(n));
  co_await cppcoro::when_all(std::move(fromArray));
}

coro::task<void> limitedFanOut(std::vector<std::string> urls,
                               coro::semaphore<8> &limit) {
  // Silent: each task acquires the semaphore before it works.
  std::vector<coro::task<void>> tasks;
  for (const auto &url : urls)
    tasks.push_back(fetchLimited(url, limit));
  co_await coro::when_all(std::move(tasks));
}

void spawnPerItem(coro::thread_pool &pool, std::vector<std::string> urls) {
  for (const auto &url : urls)
    pool.spawn_detached(fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration and nothing limits them; acquire an async semaphore in the loop or in the spawned coroutine [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}

void spawnLimited(coro::thread_pool &pool, std::vector<std::string> urls,
                  coro::semaphore<8> &limit) {
  // Silent: the spawned coroutine acquires the semaphore.
  for (const auto &url : urls)
    pool.spawn_detached(fetchLimited(url, limit));
  // Silent: a constant number of spawns.
  for (int i = 0; i < 3; ++i)
    pool.spawn_detached(fetch("https://example.com"));
}

coro::task<void> spawnAfterAcquire(coro::thread_pool &pool,
                                   std::vector<std::string> urls,
                                   coro::semaphore<8> &limit) {
  // Silent: the loop itself waits for a permit before each spawn.
  for (const auto &url : urls) {
    co_await limit.acquire();
    pool.spawn_detached(fetch(url));
  }
}

folly::coro::Task<void> follySemaphore(std::vector<int> keys,
                                       folly::fibers::Semaphore &limit) {
  // Silent: folly::fibers::Semaphore::co_wait limits each iteration.
  std::vector<folly::coro::Task<int>> lookups;
  for (int key : keys) {
    co_await limit.co_wait();
    lookups.push_back(lookup(key));
  }
  co_await folly::coro::collectAllRange(std::move(lookups));
}

// Templates: the range type decides, so the instantiations are checked, and
// a finding is reported once however many instantiations share it.
template <class Range>
void spawnAll(coro::thread_pool &pool, const Range &urls) {
  for (const auto &url : urls)
    pool.spawn_detached(fetch(url));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
}
template void spawnAll(coro::thread_pool &, const std::vector<std::string> &);
template void spawnAll(coro::thread_pool &, const std::list<std::string> &);
// Silent: only a fixed-size range instantiates this one.
template <class Range>
void spawnFixed(coro::thread_pool &pool, const Range &urls) {
  for (const auto &url : urls)
    pool.spawn_detached(fetch(url));
}
template void spawnFixed(coro::thread_pool &,
                         const std::array<std::string, 3> &);

// Macros: reported where the spawn's object is written (a macro argument).
#define SPAWN_EACH(pool, items)                                                \
  for (const auto &item : items)                                               \
  pool.spawn_detached(fetch(item))
void spawnByMacro(coro::thread_pool &pool, std::vector<std::string> urls) {
  SPAWN_EACH(pool, urls);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the loop runs once per element of its input
}
