// SemaphoreTypes, FanOutFunctions and SpawnFunctions replace the defaults;
// their Additional* companions extend them.
// RUN: %check_async_tidy --check-suffixes=DEFAULT,LIMITER %s async-unbounded-fan-out %t -- -- %coro_flags
// RUN: %check_async_tidy --check-suffixes=DEFAULT,ADD %s async-unbounded-fan-out %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-fan-out.AdditionalSemaphoreTypes: 'app::Limiter', async-unbounded-fan-out.AdditionalFanOutFunctions: 'app::gather', async-unbounded-fan-out.AdditionalSpawnFunctions: 'app::fire'}}" -- %coro_flags
// RUN: %check_async_tidy --check-suffixes=ADD,SEMAPHORE %s async-unbounded-fan-out %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-fan-out.SemaphoreTypes: 'app::Limiter', async-unbounded-fan-out.FanOutFunctions: 'app::gather', async-unbounded-fan-out.SpawnFunctions: 'coro::thread_pool::spawn_detached;app::fire'}}" -- %coro_flags

#include <coro/coro.hpp>
#include <vector>

namespace app {
// The code base's own async limiter, gather and spawn.
struct Limiter {
  struct Permit {
    bool await_ready();
    void await_suspend(std::coroutine_handle<>);
    void await_resume();
  };
  Permit acquire();
};
coro::task<void> gather(std::vector<coro::task<void>> tasks);
void fire(coro::task<void> &&task);
} // namespace app

coro::task<void> job(int n);
coro::task<void> limitedJob(int n, app::Limiter &limit) {
  co_await limit.acquire();
  co_await job(n);
}
coro::task<void> semaphoreJob(int n, coro::semaphore<4> &limit) {
  co_await limit.acquire();
  co_await job(n);
}

coro::task<void> run(std::vector<int> items, coro::thread_pool &pool,
                     app::Limiter &limit, coro::semaphore<4> &sem) {
  for (int n : items)
    pool.spawn_detached(limitedJob(n, limit));
  // CHECK-MESSAGES-LIMITER: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES-LIMITER: :[[@LINE-3]]:3: note: the loop runs once per element of its input
  for (int n : items)
    pool.spawn_detached(semaphoreJob(n, sem));
  // CHECK-MESSAGES-SEMAPHORE: :[[@LINE-1]]:5: warning: 'spawn_detached' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES-SEMAPHORE: :[[@LINE-3]]:3: note: the loop runs once per element of its input
  for (int n : items)
    app::fire(job(n));
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:5: warning: 'fire' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES-ADD: :[[@LINE-3]]:3: note: the loop runs once per element of its input
  std::vector<coro::task<void>> tasks;
  for (int n : items)
    tasks.push_back(job(n));
  co_await app::gather(std::move(tasks));
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:12: warning: 'gather' starts every task of 'tasks' at once
  // CHECK-MESSAGES-ADD: :[[@LINE-3]]:11: note: 'tasks' gets one task per iteration here
}
