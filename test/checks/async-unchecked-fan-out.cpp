// RUN: %check_async_tidy %s async-unchecked-fan-out %t -- -- -std=c++20

// Library declarations, test-local and faithful to the real APIs: what each
// non-throwing fan-out returns when awaited.
#include <coroutine>
#include <exception>
#include <memory>
#include <tuple>
#include <vector>

// An awaitable that yields R, standing for each library's own awaiter type.
template <class R> struct Yields {
  bool await_ready();
  void await_suspend(std::coroutine_handle<>);
  R await_resume();
};

namespace cppcoro {
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
  T await_resume();
};
namespace detail {
template <class T> class when_all_task {
public:
  T result() &;
};
} // namespace detail
template <class... Ts>
Yields<std::tuple<detail::when_all_task<Ts>...>> when_all_ready(task<Ts>... tasks);
template <class T>
Yields<std::vector<detail::when_all_task<T>>> when_all_ready(std::vector<task<T>> tasks);
template <class... Ts> Yields<std::tuple<Ts...>> when_all(task<Ts>... tasks);
} // namespace cppcoro

namespace coro {
template <class T> class when_all_task_result {
public:
  T return_value() &;
};
template <class... Ts>
Yields<std::tuple<when_all_task_result<Ts>...>> when_all(cppcoro::task<Ts>... tasks);
} // namespace coro

namespace folly {
template <class T> class Try {
public:
  bool hasException() const;
  T &value();
};
namespace coro {
template <class... Ts> Yields<std::tuple<Try<Ts>...>> collectAllTry(cppcoro::task<Ts>... tasks);
template <class T> Yields<std::vector<Try<T>>> collectAllTryRange(std::vector<cppcoro::task<T>> tasks);
template <class T> Yields<std::vector<Try<T>>> collectAllTryWindowed(std::vector<cppcoro::task<T>> tasks, std::size_t maxConcurrency);
template <class... Ts> Yields<std::tuple<Ts...>> collectAll(cppcoro::task<Ts>... tasks);
} // namespace coro
} // namespace folly

namespace async_simple {
template <class T> class Try {
public:
  bool hasError() const;
  T &value();
};
namespace coro {
template <class... Ts> Yields<std::tuple<Try<Ts>...>> collectAll(cppcoro::task<Ts>... lazies);
template <class... Ts> Yields<std::tuple<Try<Ts>...>> collectAllPara(cppcoro::task<Ts>... lazies);
} // namespace coro
} // namespace async_simple

namespace concurrencpp {
class executor;
template <class T> class result {
public:
  T get();
};
template <class... Ts>
Yields<std::tuple<result<Ts>...>> when_all(std::shared_ptr<executor> resume_executor, result<Ts>... results);
} // namespace concurrencpp

cppcoro::task<int> fetch(int id);
cppcoro::task<void> store();
concurrencpp::result<int> compute();
void use(int);
template <class T> void consume(const T &);

cppcoro::task<void> discarded() {
  co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all_ready' is discarded: failures of the fanned-out tasks are silently dropped; use 'cppcoro::when_all' or check each result [async-unchecked-fan-out]
  co_await coro::when_all(fetch(1), store());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all' is discarded: failures of the fanned-out tasks are silently dropped; check each result
  co_await folly::coro::collectAllTry(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'collectAllTry' is discarded: failures of the fanned-out tasks are silently dropped; use 'folly::coro::collectAll' or check each result
  std::vector<cppcoro::task<int>> batch;
  co_await folly::coro::collectAllTryWindowed(std::move(batch), 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'collectAllTryWindowed' is discarded: failures of the fanned-out tasks are silently dropped; use 'folly::coro::collectAllWindowed' or check each result
  co_await async_simple::coro::collectAllPara(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'collectAllPara' is discarded
  co_await concurrencpp::when_all(nullptr, compute(), compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all' is discarded: failures of the fanned-out tasks are silently dropped; check each result

  // Silent: the throwing variants rethrow the first failure.
  co_await cppcoro::when_all(fetch(1), fetch(2));
  co_await folly::coro::collectAll(fetch(1), fetch(2));
  // Silent: dropped on purpose.
  (void)co_await cppcoro::when_all_ready(fetch(1), fetch(2));
}

cppcoro::task<void> boundButNeverChecked() {
  auto results = co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'when_all_ready' in 'results' is ever checked: failures of the fanned-out tasks are silently dropped; use 'cppcoro::when_all' or check each result
  auto tries = co_await folly::coro::collectAllTryRange(std::vector<cppcoro::task<int>>{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'collectAllTryRange' in 'tries' is ever checked
  use(tries.size());
  auto [a, b] = co_await async_simple::coro::collectAll(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'collectAll' bound here is ever checked: failures of the fanned-out tasks are silently dropped; check each result
  auto outcomes = co_await coro::when_all(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'when_all' in 'outcomes' is ever checked
  (void)outcomes;
}

cppcoro::task<void> inspected() {
  // Silent: every one of these looks at the outcomes.
  auto results = co_await cppcoro::when_all_ready(fetch(1), fetch(2));
  use(std::get<0>(results).result());
  auto [x, y] = co_await cppcoro::when_all_ready(fetch(3), fetch(4));
  use(x.result());
  auto outcomes = co_await coro::when_all(fetch(1), fetch(2));
  use(std::get<1>(outcomes).return_value());
  auto tries = co_await folly::coro::collectAllTryRange(std::vector<cppcoro::task<int>>{});
  for (auto &t : tries)
    if (t.hasException())
      use(0);
  auto values = co_await concurrencpp::when_all(nullptr, compute());
  consume(values);
  auto many = co_await cppcoro::when_all_ready(std::vector<cppcoro::task<int>>{});
  use(many[0].result());
  for (auto &t : co_await cppcoro::when_all_ready(std::vector<cppcoro::task<int>>{}))
    use(t.result());
  use(std::get<0>(co_await folly::coro::collectAllTry(fetch(5))).value());
}

// A template reports each location once, however many instantiations.
template <class T> cppcoro::task<void> fanOutIn(cppcoro::task<T> a, cppcoro::task<T> b) {
  co_await cppcoro::when_all_ready(std::move(a), std::move(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: result of 'when_all_ready' is discarded
}
template cppcoro::task<void> fanOutIn(cppcoro::task<int>, cppcoro::task<int>);
template cppcoro::task<void> fanOutIn(cppcoro::task<void>, cppcoro::task<void>);
