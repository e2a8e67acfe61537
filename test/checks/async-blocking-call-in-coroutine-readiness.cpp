// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- %coro_flags

// A wait on a future returns at once when the future is ready where it is
// read: the value of a co_await, an element of an awaited when_all (of a
// when_any, the element at its index), a future tested for readiness
// earlier in the same function, or a parameter that every caller passes
// such a future. A future that may still be pending is reported.
#include <chrono>
#include <concurrencpp/concurrencpp.h>
#include <future>
#include <memory>
#include <tuple>
#include <vector>

using concurrencpp::result;
using concurrencpp::result_status;
using Pool = std::shared_ptr<concurrencpp::thread_pool_executor>;

result<int> produce();
void expect(bool);

// The value of a co_await is there.
result<void> awaitedValues(Pool pool) {
  auto resolved = co_await produce().resolve();
  resolved.get();
  (co_await produce().resolve()).get();
  auto [first, second] = co_await concurrencpp::when_all(pool, produce(), produce());
  first.get();
  second.get();
  // Near miss: submitted, not awaited.
  auto pending = pool->submit([] { return 1; });
  pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'concurrencpp::result::get' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool [async-blocking-call-in-coroutine]
  // Near miss: ready once, then replaced by a pending one.
  auto replaced = co_await produce().resolve();
  replaced = pool->submit([] { return 2; });
  replaced.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'concurrencpp::result::get' blocks the thread
}

// Every element of an awaited when_all is done.
result<void> whenAllElements(Pool pool, std::vector<result<int>> inputs) {
  auto all = co_await concurrencpp::when_all(pool, inputs.begin(), inputs.end());
  for (auto &each : all)
    each.get();
  all[0].get();
  all.front().wait();
  auto tuple = co_await concurrencpp::when_all(pool, produce(), produce());
  std::get<0>(tuple).get();
  // Near miss: the inputs themselves were handed to when_all, not awaited.
  inputs[1].get();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'concurrencpp::result::get' blocks the thread
}

// Of a when_any result, only the element at its index is done.
result<void> whenAnyElement(Pool pool, std::vector<result<int>> inputs) {
  auto any = co_await concurrencpp::when_any(pool, inputs.begin(), inputs.end());
  any.results[any.index].get();
  // Near miss: another element may still run.
  any.results[0].get();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'concurrencpp::result::get' blocks the thread
  auto pair = co_await concurrencpp::when_any(pool, produce(), produce());
  switch (pair.index) {
  case 0: {
    std::get<0>(pair.results).get();
    break;
  }
  case 1: {
    std::get<1>(pair.results).get();
    // Near miss: case 1 is not element 0.
    std::get<0>(pair.results).get();
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'concurrencpp::result::get' blocks the thread
    break;
  }
  }
}

// A readiness test earlier in the same function: the code asked, so it
// reads what is there.
void checkReady(result<int> r) {
  expect(r.status() == result_status::value);
  r.get();
}
void checkUntested(result<int> r) { r.get(); }

result<void> readinessTests(Pool pool, std::future<int> f, std::future<int> g) {
  checkReady(pool->submit([] { return 1; }));
  checkUntested(pool->submit([] { return 1; }));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'checkUntested' blocks the thread that runs this coroutine: it calls 'concurrencpp::result::get'; await an asynchronous primitive or offload to a thread pool
  // CHECK-MESSAGES: :[[@LINE-6]]:39: note: 'checkUntested' calls 'concurrencpp::result::get' here
  using namespace std::chrono_literals;
  if (f.wait_for(0s) == std::future_status::ready)
    f.get();
  // Near miss: a timed wait that waits.
  if (g.wait_for(10ms) == std::future_status::ready)
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'std::future::wait_for' blocks the thread
    co_return;
  co_return;
}

// A parameter every caller passes a ready future: the values come out of
// an awaited when_all, through a generic consumer.
struct GetValue {
  template <class T> result<T> operator()(result<T> r) { co_return r.get(); }
};
template <class Consumer>
void consumeAll(std::vector<result<int>> results, Consumer &&consumer) {
  for (auto &each : results)
    consumer(std::move(each));
}
result<void> feedsReadyResults(Pool pool, std::vector<result<int>> inputs) {
  auto done = co_await concurrencpp::when_all(pool, inputs.begin(), inputs.end());
  consumeAll(std::move(done), GetValue{});
}

// Near miss: one caller passes a result that may still be pending.
inline result<int> forward(result<int> &r) { co_return r.get(); }
// CHECK-MESSAGES: :[[@LINE-1]]:58: warning: 'concurrencpp::result::get' blocks the thread
result<void> callsForward(Pool pool) {
  auto ready = co_await produce().resolve();
  co_await forward(ready);
  auto pending = pool->submit([] { return 3; });
  co_await forward(pending);
}

// A variable read in its own initialiser holds nothing known.
result<void> selfInitialised() {
  result<int> self = std::move(self);
  self.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'concurrencpp::result::get' blocks the thread
  co_return;
}
