// RUN: %check_async_tidy --check-suffixes=,UNKNOWN %s async-detached-spawn %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,KNOWN %s async-detached-spawn %t -- \
// RUN:   -config="{CheckOptions: {async-detached-spawn.AssumeUnknownCoroutinesThrow: false}}" -- -std=c++20

// Library declarations, test-local and faithful to the real APIs
// (libcoro, folly::coro, concurrencpp, async_simple, stdexec).
#include <coroutine>
#include <exception>
#include <memory>
#include <stdexcept>
#include <type_traits>

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
  bool await_ready() { return false; }
  void await_suspend(std::coroutine_handle<>) {}
  void await_resume() {}
};
class thread_pool {
public:
  auto spawn_detached(coro::task<void> user_task) -> bool;
  auto spawn_joinable(coro::task<void> user_task) -> coro::task<void>;
};
class scheduler {
public:
  auto spawn_detached(coro::task<void> &&task) -> bool;
  auto spawn_joinable(coro::task<void> &&task) -> coro::task<void>;
};
template <class executor_type> class task_group {
public:
  explicit task_group(executor_type *executor);
  auto start(coro::task<void> &&task) -> bool;
};
} // namespace coro

namespace folly {
class Executor;
template <class T> class Try {
public:
  bool hasException() const;
  T &value();
};
template <> class Try<void> {
public:
  bool hasException() const;
  void throwUnlessValue() const;
};
template <class T> class SemiFuture {
public:
  T get() &&;
};
struct Unit {};
namespace coro {
template <class T = void> class TaskWithExecutor {
public:
  SemiFuture<Unit> start() &&;
  template <class F> void start(F &&tryCallback) && {}
  SemiFuture<Unit> startInlineUnsafe() &&;
};
template <class T = void> class Task {
public:
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
    template <class A> A &&await_transform(A &&Awaitable) {
      return static_cast<A &&>(Awaitable);
    }
  };
  TaskWithExecutor<T> scheduleOn(Executor *executor) && noexcept;
};
template <class T>
TaskWithExecutor<T> co_withExecutor(Executor *executor, Task<T> task);
class AsyncScope {
public:
  void add(TaskWithExecutor<void> &&task);
};
} // namespace coro
} // namespace folly

namespace concurrencpp {
template <class T> class result {
public:
  T get();
};
struct null_result {
  struct promise_type {
    null_result get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
class executor {
public:
  template <class C, class... A> void post(C &&callable, A &&...args) {}
  template <class C, class... A>
  auto submit(C &&callable, A &&...args)
      -> result<std::invoke_result_t<C, A...>> {
    return {};
  }
};
template <class concrete_executor_type>
class derivable_executor : public executor {
public:
  template <class C, class... A> void post(C &&callable, A &&...args) {}
  template <class C, class... A>
  auto submit(C &&callable, A &&...args)
      -> result<std::invoke_result_t<C, A...>> {
    return {};
  }
};
class thread_pool_executor : public derivable_executor<thread_pool_executor> {};
} // namespace concurrencpp

namespace async_simple {
class Executor;
template <class T> class Try {
public:
  bool hasError() const;
  std::exception_ptr getException() const;
};
namespace coro {
template <class T> class RescheduleLazy;
namespace detail {
template <class T, bool Reschedule> class LazyBase {
public:
  template <class F> void start(F &&callback) {}
};
} // namespace detail
template <class T = void> class Lazy : public detail::LazyBase<T, false> {
public:
  struct promise_type {
    Lazy get_return_object() { return {}; }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  T await_resume();
  RescheduleLazy<T> via(Executor *ex) &&;
};
template <class T = void>
class RescheduleLazy : public detail::LazyBase<T, true> {
public:
  void detach();
};
} // namespace coro
} // namespace async_simple

namespace stdexec {
struct sender {};
void start_detached(sender s);
} // namespace stdexec

void mayThrow();
void log(const char *) noexcept;
void cleanup() noexcept;

// Spawned coroutines, from leaky to tight.
coro::task<void> fetchAll();
coro::task<void> leaky() {
  co_await fetchAll();
  mayThrow();
}
coro::task<void> catchesEverything() {
  try {
    co_await fetchAll();
    mayThrow();
  } catch (...) {
    log("failed");
  }
}
coro::task<void> catchesStdException() {
  try {
    co_await fetchAll();
  } catch (const std::exception &e) {
    log(e.what());
  }
}
coro::task<void> catchesNonConstStdException() {
  try {
    co_await fetchAll();
  } catch (std::exception &e) {
    log(e.what());
  }
}
coro::task<void> nothingThrows() {
  cleanup();
  co_return;
}
coro::task<void> rethrows() {
  try {
    co_await fetchAll();
  } catch (...) {
    cleanup();
    throw;
  }
}
coro::task<void> awaitsBeforeTry() {
  co_await fetchAll();
  try {
    mayThrow();
  } catch (...) {
  }
}
coro::task<void> catchesTooLittle() {
  try {
    co_await fetchAll();
  } catch (const std::runtime_error &) {
  }
}
coro::task<void> lambdaInsideDoesNotCount() {
  try {
    co_await fetchAll();
  } catch (...) {
  }
  // The lambda runs elsewhere, if at all: its throw is not ours.
  auto later = [] { mayThrow(); };
  (void)later;
}

void libcoroSpawns(coro::thread_pool &pool, coro::scheduler &sched,
                   coro::task_group<coro::thread_pool> &group) {
  pool.spawn_detached(leaky());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'leaky'; catch inside it, or spawn it joinably and await the result [async-detached-spawn]
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'leaky' here
  sched.spawn_detached(rethrows());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'spawn_detached' drops any exception escaping 'rethrows'
  group.start(awaitsBeforeTry());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'start' drops any exception escaping 'awaitsBeforeTry'
  pool.spawn_detached(catchesTooLittle());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'catchesTooLittle'

  // Declared only: assumed to throw unless AssumeUnknownCoroutinesThrow is false.
  pool.spawn_detached(fetchAll());
  // CHECK-MESSAGES-UNKNOWN: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'fetchAll'

  // Silent: no exception can leave these coroutines.
  pool.spawn_detached(catchesEverything());
  pool.spawn_detached(catchesStdException());
  pool.spawn_detached(catchesNonConstStdException());
  sched.spawn_detached(nothingThrows());
  group.start(lambdaInsideDoesNotCount());
  // Silent: joinable, the join task carries the error.
  auto joined = pool.spawn_joinable(leaky());
  (void)joined;

  // A lambda coroutine invoked in place is visible too.
  pool.spawn_detached([]() -> coro::task<void> { co_await fetchAll(); }());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping the lambda
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: an exception can escape the lambda here
  pool.spawn_detached([]() -> coro::task<void> {
    try {
      co_await fetchAll();
    } catch (...) {
    }
  }());
}

folly::coro::Task<void> follyLeaky() {
  mayThrow();
  co_return;
}
folly::coro::Task<void> follySafe() {
  try {
    mayThrow();
  } catch (...) {
  }
  co_return;
}

void follyStarts(folly::Executor *ex, folly::coro::AsyncScope &scope) {
  follyLeaky().scheduleOn(ex).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: result of 'start' is discarded, so any exception escaping 'follyLeaky' is silently dropped; keep it and await it or call 'get()' [async-detached-spawn]
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'follyLeaky' here
  folly::coro::co_withExecutor(ex, follyLeaky()).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: result of 'start' is discarded, so any exception escaping 'follyLeaky'
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'follyLeaky' here
  follyLeaky().scheduleOn(ex).startInlineUnsafe();
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: result of 'startInlineUnsafe' is discarded
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'follyLeaky' here
  follyLeaky().scheduleOn(ex).start([](folly::Try<void> &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: callback of 'start' ignores the outcome it receives, so any exception escaping 'follyLeaky' is silently dropped; check the 'Try' for an error
  // CHECK-MESSAGES: :[[@LINE-2]]:40: note: the outcome arrives here and is never examined
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'follyLeaky' here

  // Silent: the future is kept, the callback looks at the Try, the task
  // cannot throw, the handle is dropped on purpose, or the scope joins it.
  auto future = follyLeaky().scheduleOn(ex).start();
  std::move(future).get();
  follyLeaky().scheduleOn(ex).start([](folly::Try<void> &&t) {
    if (t.hasException())
      log("failed");
  });
  follySafe().scheduleOn(ex).start();
  (void)follyLeaky().scheduleOn(ex).start();
  scope.add(follyLeaky().scheduleOn(ex));
}

concurrencpp::null_result fireAndForget() {
  mayThrow();
  co_return;
}
concurrencpp::null_result fireSafely() {
  try {
    mayThrow();
  } catch (...) {
  }
  co_return;
}

void concurrencppSpawns(std::shared_ptr<concurrencpp::thread_pool_executor> pool,
                        concurrencpp::executor &generic) {
  pool->submit([] { mayThrow(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: result of 'submit' is discarded, so any exception escaping the lambda is silently dropped; keep it and await it or call 'get()'
  // CHECK-MESSAGES: :[[@LINE-2]]:21: note: an exception can escape the lambda here
  generic.submit([](int n) { return n; }, 1).get();
  // post wraps the callable in a catch (...) that does nothing.
  pool->post([] { mayThrow(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'post' drops any exception escaping the lambda; catch inside it, or spawn it joinably and await the result
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: an exception can escape the lambda here
  generic.post([] { log("tick"); });
  fireAndForget();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'fireAndForget' returns 'concurrencpp::null_result', so any exception escaping it is silently dropped; catch inside it, or return 'concurrencpp::result' and await it
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'fireAndForget' here
  fireSafely();
}

async_simple::coro::Lazy<void> lazyLeaky() {
  mayThrow();
  co_return;
}

void asyncSimpleStarts(async_simple::Executor *ex) {
  lazyLeaky().start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: callback of 'start' ignores the outcome it receives, so any exception escaping 'lazyLeaky' is silently dropped; check the 'Try' for an error
  // CHECK-MESSAGES: :[[@LINE-2]]:24: note: the outcome arrives here and is never examined
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'lazyLeaky' here
  lazyLeaky().via(ex).start([](async_simple::Try<void> result) { log("done"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: callback of 'start' ignores the outcome
  // CHECK-MESSAGES: :[[@LINE-2]]:56: note: the outcome arrives here and is never examined
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'lazyLeaky' here

  // Silent: the callback inspects the Try; detach() rethrows (loud).
  lazyLeaky().start([](auto &&result) {
    if (result.hasError())
      log("failed");
  });
  lazyLeaky().via(ex).detach();
}

void structuredAndLoud(stdexec::sender s) {
  // Errors of start_detached terminate the program: loud, not lost.
  stdexec::start_detached(s);
}

// A template reports each location once, however many instantiations.
template <class T> void spawnFromTemplate(coro::thread_pool &pool, T) {
  pool.spawn_detached(leaky());
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'spawn_detached' drops any exception escaping 'leaky'
  // CHECK-MESSAGES: :{{[0-9]+}}:3: note: an exception can escape 'leaky' here
}
void instantiate(coro::thread_pool &pool) {
  spawnFromTemplate(pool, 1);
  spawnFromTemplate(pool, 'c');
}
