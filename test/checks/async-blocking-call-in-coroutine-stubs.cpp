// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- %coro_flags -isystem %inputs/cobalt -isystem %inputs/process

// The same rules on the project's library stubs (test/Inputs), which follow
// each library's real headers: blocking waits, synchronous waits on
// asynchronous work, HTTP clients, processes, and the libraries' own ways to
// move a coroutine onto a thread pool.
#include <QtCore/QProcess>
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <boost/cobalt.hpp>
#include <boost/process.hpp>
#include <concurrencpp/concurrencpp.h>
#include <coro/coro.hpp>
#include <cppcoro/static_thread_pool.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cpr/cpr.h>
#include <curl/curl.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Task.h>
#include <folly/futures/Future.h>
#include <httplib.h>
#include <qcoro/qcorotask.h>
#include <seastar/core/future.hh>
#include <stdexec/execution.hpp>
#include <unifex/sync_wait.hpp>
#include <unifex/task.hpp>
#include <unistd.h>

cppcoro::task<int> compute();
coro::task<int> computeOnPool();
folly::coro::Task<int> fetch();
async_simple::coro::Lazy<int> lazyValue();
boost::cobalt::task<int> cobaltValue();
unifex::task<int> unifexValue();

cppcoro::task<> syncWaits() {
  cppcoro::sync_wait(compute());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor; 'co_await' the work instead [async-blocking-call-in-coroutine]
  coro::sync_wait(computeOnPool());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor
  folly::coro::blockingWait(fetch());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks the thread that runs this coroutine and can deadlock its executor
  async_simple::coro::syncAwait(lazyValue());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'async_simple::coro::syncAwait' blocks the thread
  boost::cobalt::run(cobaltValue());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::cobalt::run' blocks the thread
  stdexec::sync_wait(stdexec::just(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks the thread
  unifex::sync_wait(unifexValue());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks the thread
  QCoro::Task<int> qtask;
  QCoro::waitFor(qtask);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QCoro::waitFor' blocks the thread
  // Silent: awaited.
  co_await compute();
}

cppcoro::task<> futuresAndProcesses(folly::Future<int> f, concurrencpp::result<int> r,
                                    seastar::future<int> s, QProcess &process,
                                    boost::process::child &child) {
  std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'folly::Future::get' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool
  r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'concurrencpp::result::get' blocks the thread
  s.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'seastar::future::get' blocks the thread
  process.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'QProcess::waitForFinished' blocks the thread
  // QProcess overrides QIODevice's blocking virtual: still blocking.
  process.waitForBytesWritten();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'QIODevice::waitForBytesWritten' blocks the thread
  boost::process::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::process::system' blocks the thread that runs this coroutine; use an asynchronous process API or offload to a thread pool
  child.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::process::child::wait' blocks the thread
  // Silent: asking is not waiting.
  (void)child.running();
  co_return;
}

cppcoro::task<> httpClients(CURL *curl, httplib::Client &client) {
  curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_perform' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool
  cpr::Get(cpr::Url{"http://example.com"});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cpr::Get' blocks the thread
  client.Get("/");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'httplib::Client::Get' blocks the thread
  co_return;
}

// Offloads: after these awaits the coroutine runs on a pool thread.
cppcoro::task<> cppcoroPool(cppcoro::static_thread_pool &pool) {
  co_await pool.schedule();
  ::sleep(1);
}

coro::task<> libcoroPool(coro::thread_pool &tp) {
  ::usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  co_await tp.schedule();
  ::sleep(1);
}

// The pool's shutdown waits for every task in flight, this one included.
coro::task<> stopsItsOwnPool(coro::thread_pool &tp) {
  tp.shutdown();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'coro::thread_pool::shutdown' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool
  co_return;
}

concurrencpp::result<void>
concurrencppPool(std::shared_ptr<concurrencpp::thread_pool_executor> background) {
  co_await concurrencpp::resume_on(background);
  ::sleep(1);
}
