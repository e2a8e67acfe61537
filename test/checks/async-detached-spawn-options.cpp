// DetachedTokens and DetachedSpawnFunctions replace the defaults; their
// Additional* companions extend them.
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-detached-spawn %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=DEFAULT,ADD %s async-detached-spawn %t -- \
// RUN:   -config="{CheckOptions: {async-detached-spawn.AdditionalDetachedTokens: 'app::ignore_errors_t', async-detached-spawn.AdditionalDetachedSpawnFunctions: 'app::Pool::fire'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=ADD %s async-detached-spawn %t -- \
// RUN:   -config="{CheckOptions: {async-detached-spawn.DetachedTokens: 'app::ignore_errors_t', async-detached-spawn.DetachedSpawnFunctions: '::app::Pool::fire'}}" -- -std=c++20

// Test-local declarations shaped like Boost.Asio's co_spawn, Boost.Cobalt's
// spawn and libcoro's thread pool.
#include <coroutine>

namespace boost::asio {
template <class T> class awaitable {
public:
  struct promise_type {
    awaitable get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
class io_context {};
struct detached_t {};
inline constexpr detached_t detached;
template <class Executor, class T, class CompletionToken>
void co_spawn(Executor &ex, awaitable<T> a, CompletionToken &&token);
} // namespace boost::asio

namespace boost::cobalt {
template <class T> class task {
public:
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
template <class T, class CompletionToken>
void spawn(boost::asio::io_context &context, task<T> &&t, CompletionToken &&token);
} // namespace boost::cobalt

namespace coro {
template <class T = void> class task {
public:
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  void await_resume();
};
class thread_pool {
public:
  auto spawn_detached(coro::task<void> user_task) -> bool;
};
} // namespace coro

namespace app {
struct ignore_errors_t {};
inline constexpr ignore_errors_t ignore_errors;
class Pool {
public:
  void fire(coro::task<void> job);
};
} // namespace app

boost::asio::awaitable<void> serve();
boost::cobalt::task<void> work();
coro::task<void> job();

void spawns(boost::asio::io_context &io, coro::thread_pool &pool, app::Pool &mine) {
  boost::asio::co_spawn(io, serve(), boost::asio::detached);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'serve'
  boost::cobalt::spawn(io, work(), boost::asio::detached);
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: 'spawn' with 'detached' silently drops any exception escaping 'work'
  pool.spawn_detached(job());
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'job'
  boost::asio::co_spawn(io, serve(), app::ignore_errors);
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:3: warning: 'co_spawn' with 'ignore_errors' silently drops any exception escaping 'serve'
  mine.fire(job());
  // CHECK-MESSAGES-ADD: :[[@LINE-1]]:8: warning: 'fire' drops any exception escaping 'job'
}
