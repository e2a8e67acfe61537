// RUN: %check_async_tidy %s async-dangling-coroutine-reference %t -- -- %coro_flags

// What the check treats as safe, each case beside the near miss that it
// must still report.
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/async_generator.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <qcoro/qcorotask.h>
#include <string>
#include <utility>

void record(const std::string &);
std::string makeName();
coro::task<void> tick();
QCoro::Task<void> qtick();

coro::task<void> keeps(const std::string &name) {
  co_await tick();
  record(name);
}

// 1. Only a coroutine makes a frame that keeps a reference: std::move, a
// cast, a plain function that makes the task, a callee whose definition is
// not in the translation unit.
coro::task<void> copies(std::string name) { co_await keeps(name); }
coro::task<void> factory(const std::string &name) { return copies(name); }
coro::task<void> definedElsewhere(const std::string &name);

void spawnMoved(coro::thread_pool &pool, coro::task<void> task) {
  pool.spawn_detached(std::move(task));
  pool.spawn_detached(static_cast<coro::task<void> &&>(task));
  std::string local = makeName();
  pool.spawn_detached(factory(local));
  pool.spawn_detached(definedElsewhere(local));
}

// Near miss: the task moved into the spawn comes from a coroutine that does
// keep a reference to a local of the spawner.
void spawnKeptTask(coro::thread_pool &pool) {
  std::string local = makeName();
  auto task = keeps(local);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task returned by 'keeps' is spawned by 'spawn_detached' but keeps a reference to 'local', which is destroyed when 'spawnKeptTask' returns; take the parameter by value, or wait for the spawned work before 'local' goes out of scope [async-dangling-coroutine-reference]
  // CHECK-MESSAGES: :19:43: note: the coroutine frame keeps this reference, not a copy of the argument
  pool.spawn_detached(std::move(task));
}

// 2. Nothing runs in an unevaluated operand.
using Made = decltype(keeps(makeName()));
static_assert(sizeof(keeps(std::string("x"))) > 0);
constexpr bool NoThrow = noexcept(keeps(std::string("x")));

// Near miss: the same call evaluated, and its task kept.
coro::task<void> evaluated() {
  auto kept = keeps(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task returned by 'keeps' keeps a reference to a temporary
  // CHECK-MESSAGES: :19:43: note: the coroutine frame keeps this reference
  co_await kept;
}

// 3. Finished within the full-expression: a blocking get(), QCoro's
// waitFor, a wrapper that passes the task on to a wait; a task handed to a
// function that does not say what it does with it.
concurrencpp::result<std::size_t>
measure(std::shared_ptr<concurrencpp::executor> ex, const std::string &text) {
  co_await concurrencpp::resume_on(ex);
  co_return text.size();
}
QCoro::Task<std::size_t> qmeasure(const std::string &text) {
  co_await qtick();
  co_return text.size();
}
void runNow(coro::task<void> &&task);

std::size_t blockingWaits(std::shared_ptr<concurrencpp::executor> ex) {
  std::size_t total = measure(ex, makeName()).get();
  total += QCoro::waitFor(qmeasure(makeName()));
  coro::sync_wait(coro::when_all(keeps(makeName())));
  runNow(keeps(makeName()));
  runNow([&]() -> coro::task<void> { total += 1; co_return; }());
  return total;
}

// Near miss: the task is kept, and waited for only after the temporary died.
std::size_t waitsTooLate(std::shared_ptr<concurrencpp::executor> ex) {
  auto pending = measure(ex, makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task returned by 'measure' keeps a reference to a temporary
  // CHECK-MESSAGES: :66:72: note: the coroutine frame keeps this reference
  return pending.get();
}

// 4. A later wait while the referent lives: draining the executor, getting
// the handle a start returned, awaiting the latch the tasks count down.
folly::coro::Task<int> lookup(const std::string &key) {
  co_await folly::coro::co_reschedule_on_current_executor;
  co_return static_cast<int>(key.size());
}
coro::task<void> countDown(coro::latch &done, const std::string &name) {
  co_await tick();
  record(name);
  done.count_down();
}

void drains(std::unique_ptr<coro::thread_pool> &pool) {
  std::string local = makeName();
  pool->spawn_detached(keeps(local));
  pool->shutdown();
}
int getsTheHandle(folly::Executor *ex) {
  std::string key = makeName();
  auto started = co_withExecutor(ex, lookup(key)).start();
  return std::move(started).get();
}
coro::task<void> awaitsTheLatch(coro::thread_pool &pool,
                                const std::string &name) {
  coro::latch done{1};
  pool.spawn_detached(countDown(done, name));
  co_await done;
}

// Near miss: no wait before the referent dies.
void forgets(std::unique_ptr<coro::thread_pool> &pool) {
  std::string local = makeName();
  pool->spawn_detached(keeps(local));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: task returned by 'keeps' is spawned by 'spawn_detached' but keeps a reference to 'local'
  // CHECK-MESSAGES: :19:43: note: the coroutine frame keeps this reference
}
coro::task<void> awaitsAnotherLatch(coro::thread_pool &pool,
                                    coro::latch &other) {
  coro::latch done{1};
  pool.spawn_detached(countDown(done, makeName()));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task returned by 'countDown' is spawned by 'spawn_detached' but keeps a reference to 'done'
  // CHECK-MESSAGES: :99:41: note: the coroutine frame keeps this reference
  co_await other;
}

// 5. An eager task done with its reference, or its captures, before it
// first suspends.
QCoro::Task<void> logFirst(const std::string &text) {
  record(text);
  co_await qtick();
}
QCoro::Task<void> passFirst(const std::string &text) {
  co_await logFirst(text);
}
QCoro::Task<void> startEager(int *counter) {
  auto logged = logFirst(makeName());
  auto passed = passFirst(makeName());
  auto captured = [counter]() -> QCoro::Task<void> { co_await qtick(); }();
  auto readFirst = [counter]() -> QCoro::Task<void> {
    ++*counter;
    co_await qtick();
  }();
  co_await logged;
  co_await passed;
  co_await captured;
  co_await readFirst;
}

// Near misses: the reference is used after the first suspension, in a loop
// that suspends, through an alias, or by a lazy coroutine it is handed to.
QCoro::Task<void> logAfter(const std::string &text) {
  co_await qtick();
  record(text);
}
QCoro::Task<void> logInLoop(const std::string &text) {
  for (int i = 0; i < 3; ++i) {
    record(text);
    co_await qtick();
  }
}
QCoro::Task<void> logAlias(const std::string &text) {
  const std::string &alias = text;
  co_await qtick();
  record(alias);
}
QCoro::Task<void> passLazy(const std::string &text) {
  co_await keeps(text);
}
QCoro::Task<void> eagerNearMisses(int *counter) {
  auto after = logAfter(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'logAfter' keeps a reference to a temporary
  // CHECK-MESSAGES: :163:47: note: the coroutine frame keeps this reference
  auto looped = logInLoop(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'logInLoop' keeps a reference to a temporary
  // CHECK-MESSAGES: :167:48: note: the coroutine frame keeps this reference
  auto aliased = logAlias(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task returned by 'logAlias' keeps a reference to a temporary
  // CHECK-MESSAGES: :173:47: note: the coroutine frame keeps this reference
  auto handed = passLazy(makeName());
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task returned by 'passLazy' keeps a reference to a temporary
  // CHECK-MESSAGES: :178:47: note: the coroutine frame keeps this reference
  auto late = [counter]() -> QCoro::Task<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the captures of this lambda coroutine are destroyed with its temporary closure
    // CHECK-MESSAGES: :[[@LINE-2]]:16: note: captured here
    co_await qtick();
    ++*counter;
  }();
  co_await after;
  co_await looped;
  co_await aliased;
  co_await handed;
  co_await late;
}

// 6. A coroutine object that is never started never uses its captures.
void neverStarted(int limit) {
  auto unused = [&]() -> cppcoro::async_generator<int> { co_yield limit; }();
}

// Near miss: started after its closure died.
cppcoro::task<void> startedLater(int limit) {
  auto numbers = [&]() -> cppcoro::async_generator<int> { co_yield limit; }();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: the captures of this lambda coroutine are destroyed with its temporary closure
  // CHECK-MESSAGES: :[[@LINE-2]]:19: note: captured here
  for (auto it = co_await numbers.begin(); it != numbers.end(); co_await ++it)
    record(std::to_string(*it));
}
