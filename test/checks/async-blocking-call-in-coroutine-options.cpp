// Each option changes what is reported.
// RUN: %check_async_tidy --check-suffixes=,DEFAULT %s async-blocking-call-in-coroutine %t -- -- -std=c++20
// AdditionalBlockingFunctions extends the defaults; AllowedFunctions wins
// over both lists and stops the transitive rule at the functions it names.
// RUN: %check_async_tidy --check-suffixes=,ADD %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.AdditionalBlockingFunctions: 'db::Connection::query;::legacy_lookup', async-blocking-call-in-coroutine.AllowedFunctions: 'std::this_thread::sleep_for;warmCache'}}" -- -std=c++20
// BlockingFunctions replaces the defaults.
// RUN: %check_async_tidy --check-suffixes=REPLACE %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.BlockingFunctions: 'db::Connection::query'}}" -- -std=c++20
// AdditionalOffloadAwaitables names a project's own pool switch; replacing
// OffloadAwaitables drops the library defaults.
// RUN: %check_async_tidy --check-suffixes=,OFFLOAD %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.AdditionalOffloadAwaitables: 'app::BlockingPool::enter'}}" -- -std=c++20
// (The DEFAULT lines hold there too.)
// RUN: %check_async_tidy --check-suffixes=,DEFAULT,NOOFFLOAD %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.OffloadAwaitables: ''}}" -- -std=c++20
// Without task-type detection the home-made task below is no async
// coroutine any more, so nothing in it is reported.
// RUN: %check_async_tidy --check-suffixes=NODETECT %s async-blocking-call-in-coroutine %t -- \
// RUN:   -config="{CheckOptions: {async-blocking-call-in-coroutine.DetectTaskTypes: false}}" -- -std=c++20

#include <chrono>
#include <coroutine>
#include <thread>
#include <unistd.h>

struct Awaiter {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
// Detected as a task type: a promise_type, and awaitable.
struct task : Awaiter {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

namespace db {
struct Connection {
  int query(const char *sql);
};
} // namespace db
extern "C" int legacy_lookup(const char *key);

namespace cppcoro {
class static_thread_pool {
public:
  Awaiter schedule() noexcept { return {}; }
};
} // namespace cppcoro
namespace app {
struct BlockingPool {
  Awaiter enter() { return {}; }
};
} // namespace app

void warmCache() { ::usleep(10); }

task handler(db::Connection &conn) {
  conn.query("select 1");
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:8: warning: 'db::Connection::query' blocks the thread that runs this coroutine; offload it to a thread pool [async-blocking-call-in-coroutine]
  // CHECK-MESSAGES-REPLACE: :[[@LINE-2]]:8: warning: 'db::Connection::query' blocks the thread that runs this coroutine; offload it to a thread pool
  legacy_lookup("key");
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:3: warning: 'legacy_lookup' blocks the thread that runs this coroutine; offload it to a thread pool
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'std::this_thread::sleep_for' blocks the thread that runs this coroutine; await a timer instead
  // CHECK-MESSAGES-OFFLOAD: :[[@LINE-2]]:3: warning: 'std::this_thread::sleep_for' blocks the thread
  warmCache();
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'warmCache' blocks the thread that runs this coroutine: it calls 'usleep'; await a timer instead
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-13]]:20: note: 'warmCache' calls 'usleep' here
  // CHECK-MESSAGES-OFFLOAD: :[[@LINE-3]]:3: warning: 'warmCache' blocks the thread
  // CHECK-MESSAGES-OFFLOAD: :[[@LINE-15]]:20: note: 'warmCache' calls 'usleep' here
  co_return;
}

task ownPool(app::BlockingPool &pool) {
  co_await pool.enter();
  ::sleep(1);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine
  // CHECK-MESSAGES-ADD: :[[@LINE-2]]:3: warning: 'sleep' blocks the thread that runs this coroutine
}

task libraryPool(cppcoro::static_thread_pool &pool) {
  co_await pool.schedule();
  ::sleep(2);
  // CHECK-MESSAGES-NOOFFLOAD: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine
}
