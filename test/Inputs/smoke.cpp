// Compile-only smoke test for the library stubs in this directory:
//
//   clang++-19 -std=c++20 -fsyntax-only -isystem test/Inputs \
//     -isystem test/Inputs/cobalt -isystem test/Inputs/process \
//     test/Inputs/smoke.cpp
//
// It includes every stub header and, for each library, awaits the
// library's task type from a coroutine of the same library. It is not a lit
// test (lit.cfg.py excludes Inputs/).

// cppcoro
#include <cppcoro/async_generator.hpp>
#include <cppcoro/async_mutex.hpp>
#include <cppcoro/cancellation_source.hpp>
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/operation_cancelled.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/single_consumer_event.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <cppcoro/when_all_ready.hpp>

// folly
#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/OperationCancelled.h>
#include <folly/SharedMutex.h>
#include <folly/Synchronized.h>
#include <folly/Try.h>
#include <folly/coro/AsyncGenerator.h>
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Mutex.h>
#include <folly/coro/SharedMutex.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/executors/GlobalExecutor.h>
#include <folly/experimental/coro/AsyncGenerator.h>
#include <folly/experimental/coro/AsyncScope.h>
#include <folly/experimental/coro/BlockingWait.h>
#include <folly/experimental/coro/Collect.h>
#include <folly/experimental/coro/Mutex.h>
#include <folly/experimental/coro/SharedMutex.h>
#include <folly/experimental/coro/Task.h>
#include <folly/fibers/Semaphore.h>
#include <folly/futures/Future.h>

// libcoro
#include <coro/coro.hpp>

// concurrencpp
#include <concurrencpp/concurrencpp.h>

// QCoro + QtCore
#include <QtCore/QIODevice>
#include <QtCore/QProcess>
#include <qcoro/qcoroasyncgenerator.h>
#include <qcoro/qcorolazytask.h>
#include <qcoro/qcorotask.h>

// stdexec + libunifex
#include <exec/async_scope.hpp>
#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <stdexec/execution.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>

// Boost.Cobalt (test/Inputs/cobalt)
#include <boost/cobalt.hpp>

// async_simple
#include <async_simple/Executor.h>
#include <async_simple/Try.h>
#include <async_simple/coro/Collect.h>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>

// Seastar
#include <seastar/core/coroutine.hh>
#include <seastar/core/future.hh>
#include <seastar/core/semaphore.hh>

// Blocking APIs
#include <absl/synchronization/mutex.h>
#include <boost/process.hpp> // test/Inputs/process
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <httplib.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

// ------------------------------------------------------------------ cppcoro
namespace smoke_cppcoro {
cppcoro::task<int> answer() { co_return 42; }
cppcoro::task<> nothing() { co_return; }
cppcoro::shared_task<int> shared() { co_return 1; }
cppcoro::generator<int> numbers() {
  co_yield 1;
  co_yield 2;
}
cppcoro::async_generator<int> async_numbers() {
  co_await nothing();
  co_yield 3;
}

cppcoro::task<int> run(cppcoro::static_thread_pool &pool,
                       cppcoro::async_mutex &mutex,
                       cppcoro::cancellation_token token) {
  co_await pool.schedule();
  int sum = co_await answer();
  co_await nothing();
  sum += co_await shared();
  for (int n : numbers())
    sum += n;
  auto gen = async_numbers();
  for (auto it = co_await gen.begin(); it != gen.end(); co_await ++it)
    sum += *it;
  auto [a, b] = co_await cppcoro::when_all(answer(), answer());
  auto [ra, rb] = co_await cppcoro::when_all_ready(answer(), nothing());
  sum += a + b + ra.result();
  rb.result();
  {
    auto lock = co_await mutex.scoped_lock_async();
  }
  if (token.is_cancellation_requested())
    throw cppcoro::operation_cancelled{};
  co_return sum;
}

int main_() {
  cppcoro::static_thread_pool pool;
  cppcoro::async_mutex mutex;
  cppcoro::cancellation_source source;
  return cppcoro::sync_wait(run(pool, mutex, source.token()));
}
} // namespace smoke_cppcoro

// -------------------------------------------------------------------- folly
namespace smoke_folly {
folly::coro::Task<int> answer() { co_return 42; }
folly::coro::Task<void> nothing() { co_return; }
folly::coro::AsyncGenerator<int> numbers() { co_yield 1; }

folly::coro::Task<int> run(folly::coro::Mutex &mutex,
                           folly::coro::AsyncScope &scope) {
  int sum = co_await answer(); // awaited through TaskPromise::await_transform
  co_await nothing();
  {
    std::unique_lock<folly::coro::Mutex> lock = co_await mutex.co_scoped_lock();
  }
  auto [a, unit] = co_await folly::coro::collectAll(answer(), nothing());
  (void)unit;
  auto [ta, tb] = co_await folly::coro::collectAllTry(answer(), nothing());
  sum += a + ta.value() + (tb.hasException() ? 1 : 0);
  folly::Executor *executor = co_await folly::coro::co_current_executor;
  scope.add(co_withExecutor(executor, nothing()));
  co_await scope.joinAsync();
  auto gen = numbers();
  while (auto item = co_await gen.next())
    sum += *item;
  co_return sum;
}

int main_() {
  folly::CPUThreadPoolExecutor pool(2);
  folly::coro::Mutex mutex;
  folly::coro::AsyncScope scope;
  int result = folly::coro::blockingWait(
      co_withExecutor(&pool, run(mutex, scope)));
  result += std::move(answer().scheduleOn(&pool).start()).get();
  folly::Synchronized<std::vector<int>> data;
  data.wlock()->push_back(result);
  return static_cast<int>(data.rlock()->size());
}
} // namespace smoke_folly

// ------------------------------------------------------------------ libcoro
namespace smoke_libcoro {
coro::task<int> answer() { co_return 42; }
coro::task<void> nothing() { co_return; }
coro::generator<int> numbers() { co_yield 1; }

coro::task<int> run(std::unique_ptr<coro::thread_pool> &pool,
                    coro::mutex &mutex) {
  co_await pool->schedule();
  int sum = co_await answer();
  co_await nothing();
  {
    auto lock = co_await mutex.scoped_lock();
  }
  auto results = co_await coro::when_all(answer(), nothing());
  sum += std::get<0>(results).return_value();
  for (int n : numbers())
    sum += n;
  co_return sum;
}

int main_() {
  auto pool = coro::thread_pool::make_unique();
  coro::mutex mutex;
  pool->spawn_detached(nothing());
  return coro::sync_wait(run(pool, mutex));
}
} // namespace smoke_libcoro

// ------------------------------------------------------------- concurrencpp
namespace smoke_concurrencpp {
concurrencpp::result<int> answer() { co_return 42; }
concurrencpp::lazy_result<int> lazy_answer() { co_return 1; }
concurrencpp::null_result fire_and_forget() { co_return; }

concurrencpp::result<int>
run(std::shared_ptr<concurrencpp::thread_pool_executor> executor) {
  int sum = co_await answer();
  sum += co_await lazy_answer();
  co_await concurrencpp::resume_on(executor);
  sum += co_await executor->submit([] { return 2; });
  fire_and_forget();
  co_return sum;
}

int main_() {
  concurrencpp::runtime runtime;
  return run(runtime.thread_pool_executor()).get();
}
} // namespace smoke_concurrencpp

// -------------------------------------------------------------------- QCoro
namespace smoke_qcoro {
QCoro::Task<int> answer() { co_return 42; }
QCoro::LazyTask<int> lazy_answer() { co_return 1; }
QCoro::AsyncGenerator<int> numbers() { co_yield 1; }

QCoro::Task<int> run() {
  int sum = co_await answer();
  sum += co_await lazy_answer();
  QCORO_FOREACH(int n, numbers()) { sum += n; }
  sum += co_await answer().then([](int v) { return v + 1; });
  co_return sum;
}

int main_() {
  QProcess process;
  process.start();
  process.waitForFinished();
  return QCoro::waitFor(run());
}
} // namespace smoke_qcoro

// ------------------------------------------------------------------ stdexec
namespace smoke_stdexec {
exec::task<int> answer() { co_return 42; }
exec::task<void> nothing() { co_return; }

exec::task<int> run(exec::async_scope &scope) {
  int sum = co_await answer();
  co_await nothing();
  sum += co_await stdexec::just(1);
  scope.spawn(nothing());
  co_await scope.on_empty();
  co_return sum;
}

int main_() {
  exec::static_thread_pool pool(2);
  exec::async_scope scope;
  auto work = stdexec::then(stdexec::schedule(pool.get_scheduler()),
                            [] { return 1; });
  auto [a] = stdexec::sync_wait(std::move(work)).value();
  auto [b] = stdexec::sync_wait(run(scope)).value();
  stdexec::start_detached(nothing());
  return a + b;
}
} // namespace smoke_stdexec

// ------------------------------------------------------------------- unifex
namespace smoke_unifex {
unifex::task<int> answer() { co_return 42; }
unifex::task<int> run() { co_return co_await answer(); }

int main_() { return unifex::sync_wait(run()).value(); }
} // namespace smoke_unifex

// ------------------------------------------------------------- Boost.Cobalt
namespace smoke_cobalt {
namespace cobalt = boost::cobalt;

cobalt::task<int> answer() { co_return 42; }
cobalt::task<void> nothing() { co_return; }
cobalt::promise<int> eager_answer() { co_return 1; }
cobalt::generator<int> numbers() {
  co_yield 1;
  co_return 2;
}

cobalt::task<int> run() {
  int sum = co_await answer();
  co_await nothing();
  sum += co_await eager_answer();
  auto gen = numbers();
  while (gen)
    sum += co_await gen;
  auto [a, none] = co_await cobalt::join(answer(), nothing());
  (void)none;
  co_return sum + a;
}

int main_() {
  cobalt::spawn(cobalt::this_thread::get_executor(), nothing(),
                boost::asio::detached);
  return cobalt::run(run());
}
} // namespace smoke_cobalt

// ------------------------------------------------------------- async_simple
namespace smoke_async_simple {
using async_simple::Try;
using async_simple::coro::Lazy;

Lazy<int> answer() { co_return 42; }
Lazy<void> nothing() { co_return; }

Lazy<int> run() {
  int sum = co_await answer();
  co_await nothing();
  auto [a, b] = co_await async_simple::coro::collectAll(answer(), nothing());
  sum += a.value() + (b.hasError() ? 1 : 0);
  co_return sum;
}

int main_(async_simple::Executor *executor) {
  answer().via(executor).start([](Try<int> result) { (void)result.value(); });
  return async_simple::coro::syncAwait(run());
}
} // namespace smoke_async_simple

// ------------------------------------------------------------------ Seastar
namespace smoke_seastar {
seastar::future<int> answer() { co_return 42; }
seastar::future<> nothing() { co_return; }

seastar::future<int> run(seastar::semaphore &sem) {
  int sum = co_await answer();
  co_await nothing();
  co_await sem.wait();
  sem.signal();
  co_return sum;
}

int main_() {
  seastar::semaphore sem(1);
  return run(sem).get();
}
} // namespace smoke_seastar

// ------------------------------------------------------------ blocking APIs
namespace smoke_blocking {
int main_() {
  cpr::Response response = cpr::Get(cpr::Url{"http://example.com"});
  httplib::Client client("http://example.com");
  auto result = client.Get("/");
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, "http://example.com");
  CURLcode code = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  int exit_code = boost::process::system("true");
  absl::Mutex mutex;
  {
    absl::MutexLock lock(&mutex);
  }
  return static_cast<int>(response.status_code) + (result ? result->status : 0) +
         static_cast<int>(code) + exit_code;
}
} // namespace smoke_blocking

int main() {
  return smoke_cppcoro::main_() + smoke_folly::main_() +
         smoke_libcoro::main_() + smoke_concurrencpp::main_() +
         smoke_qcoro::main_() + smoke_stdexec::main_() +
         smoke_unifex::main_() + smoke_cobalt::main_() +
         smoke_async_simple::main_(nullptr) + smoke_seastar::main_() +
         smoke_blocking::main_();
}
