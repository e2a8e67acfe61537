// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -std=c++20

// The coroutine libraries' blocking calls and thread-pool offloads. The
// declarations below follow each library's real API, reduced to what the
// test needs.
#include <chrono>
#include <coroutine>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>

namespace detail {
struct LazyPromise {
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_void() {}
  void unhandled_exception() {}
};
struct Awaiter {
  bool await_ready() noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() noexcept {}
};
} // namespace detail

namespace cppcoro {
template <typename T = void> class task {
public:
  struct promise_type : detail::LazyPromise {
    task get_return_object() { return {}; }
  };
  detail::Awaiter operator co_await() const noexcept { return {}; }
};
class static_thread_pool {
public:
  class schedule_operation : public detail::Awaiter {};
  [[nodiscard]] schedule_operation schedule() noexcept { return {}; }
};
template <typename AWAITABLE> void sync_wait(AWAITABLE &&) {}
} // namespace cppcoro

namespace coro {
template <typename return_type = void> class task {
public:
  struct promise_type : detail::LazyPromise {
    task get_return_object() { return {}; }
  };
  detail::Awaiter operator co_await() const noexcept { return {}; }
};
class thread_pool {
public:
  class operation : public detail::Awaiter {};
  [[nodiscard]] auto schedule() -> operation { return {}; }
};
template <typename awaitable_type> void sync_wait(awaitable_type &&) {}
} // namespace coro

namespace concurrencpp {
class executor {};
class thread_pool_executor : public executor {};
template <class type> class result {
public:
  type get();
  void wait();
};
namespace details {
template <class executor_type> class resume_on_awaitable : public ::detail::Awaiter {
public:
  resume_on_awaitable(executor_type &) noexcept {}
};
} // namespace details
template <class executor_type>
auto resume_on(std::shared_ptr<executor_type> executor) {
  return details::resume_on_awaitable<executor_type>(*executor);
}
} // namespace concurrencpp

namespace async_simple {
class Executor {};
namespace coro {
namespace detail {
class DispatchAwaitable {
public:
  explicit DispatchAwaitable(Executor *) {}
  ::detail::Awaiter coAwait(Executor *) { return {}; }
};
} // namespace detail
template <typename T = void> class Lazy {
public:
  struct promise_type : ::detail::LazyPromise {
    Lazy get_return_object() { return {}; }
    // Lazy awaits through coAwait(), which passes the current executor.
    template <typename Awaitable> auto await_transform(Awaitable &&awaitable) {
      return awaitable.coAwait(nullptr);
    }
  };
  ::detail::Awaiter coAwait(Executor *) { return {}; }
};
inline detail::DispatchAwaitable dispatch(Executor *ex) {
  return detail::DispatchAwaitable(ex);
}
template <typename LazyType> void syncAwait(LazyType &&) {}
} // namespace coro
} // namespace async_simple

namespace folly {
template <class T> class SemiFuture {
public:
  T get() &&;
};
template <class T> class Future {
public:
  T get() &&;
  Future<T> &wait() &;
};
namespace coro {
template <typename T = void> class Task {
public:
  struct promise_type : ::detail::LazyPromise {
    Task get_return_object() { return {}; }
  };
};
struct blocking_wait_fn {
  template <typename Awaitable> void operator()(Awaitable &&) const {}
};
inline constexpr blocking_wait_fn blocking_wait{};
static constexpr blocking_wait_fn const &blockingWait = blocking_wait;
} // namespace coro
} // namespace folly

namespace stdexec {
struct sync_wait_t {
  template <class Sender> std::optional<int> operator()(Sender &&) const {
    return {};
  }
};
inline constexpr sync_wait_t sync_wait{};
} // namespace stdexec

namespace unifex {
namespace _sync_wait {
struct _fn {
  template <typename Sender> void operator()(Sender &&) const {}
};
} // namespace _sync_wait
inline constexpr _sync_wait::_fn sync_wait{};
} // namespace unifex

namespace boost {
template <class R> class future {
public:
  R get();
  void wait() const;
};
namespace this_thread {
template <class Rep, class Period>
void sleep_for(const std::chrono::duration<Rep, Period> &);
} // namespace this_thread
namespace cobalt {
template <typename T = void> class task {
public:
  struct promise_type : ::detail::LazyPromise {
    task get_return_object() { return {}; }
  };
};
template <typename T> T run(task<T> t);
} // namespace cobalt
namespace process {
class child {
public:
  void wait();
  bool running();
};
template <typename... Args> int system(Args &&...);
} // namespace process
} // namespace boost

namespace seastar {
template <typename T = void> class future {
public:
  T get();
};
} // namespace seastar

class QIODevice {
public:
  virtual ~QIODevice();
  virtual bool waitForReadyRead(int msecs);
  virtual bool waitForBytesWritten(int msecs);
};
class QProcess : public QIODevice {
public:
  bool waitForStarted(int msecs = 30000);
  bool waitForFinished(int msecs = 30000);
  bool waitForReadyRead(int msecs = 30000) override;
  void start(const char *program);
};
namespace QCoro {
template <typename T = void> class Task {
public:
  struct promise_type : ::detail::LazyPromise {
    Task get_return_object() { return {}; }
  };
  ::detail::Awaiter operator co_await() const noexcept { return {}; }
};
template <typename T> T waitFor(QCoro::Task<T> &task);
} // namespace QCoro

extern "C" {
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
CURLcode curl_easy_perform(CURL *curl);
}

namespace cpr {
class Response {};
class Url {
public:
  Url(const char *);
};
template <typename... Ts> Response Get(Ts &&...ts);
template <typename... Ts> Response Post(Ts &&...ts);
} // namespace cpr

namespace httplib {
class Result {};
class Client {
public:
  explicit Client(const std::string &host);
  Result Get(const std::string &path);
  Result Post(const std::string &path, const std::string &body,
              const std::string &content_type);
};
} // namespace httplib

// Synchronous waits on asynchronous work: they can deadlock the executor
// the awaited work needs.
cppcoro::task<> syncWaits(cppcoro::task<> work, coro::task<> other) {
  cppcoro::sync_wait(work);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cppcoro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor; 'co_await' the work instead [async-blocking-call-in-coroutine]
  coro::sync_wait(other);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'coro::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor
  folly::coro::blockingWait(folly::coro::Task<>());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'folly::coro::blockingWait' blocks the thread that runs this coroutine and can deadlock its executor
  stdexec::sync_wait(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'stdexec::sync_wait' blocks the thread that runs this coroutine and can deadlock its executor
  unifex::sync_wait(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'unifex::sync_wait' blocks the thread
  async_simple::coro::syncAwait(async_simple::coro::Lazy<>());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'async_simple::coro::syncAwait' blocks the thread
  boost::cobalt::run(boost::cobalt::task<int>());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::cobalt::run' blocks the thread
  QCoro::Task<int> qtask;
  QCoro::waitFor(qtask);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'QCoro::waitFor' blocks the thread
  // Silent: awaited instead.
  co_await work;
  co_await other;
}

cppcoro::task<> libraryWaits(folly::Future<int> f, folly::SemiFuture<int> s,
                             concurrencpp::result<int> r, boost::future<int> b,
                             seastar::future<int> sf, QProcess &process) {
  std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'folly::Future::get' blocks the thread that runs this coroutine; await an asynchronous primitive or offload to a thread pool
  std::move(s).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'folly::SemiFuture::get' blocks the thread
  r.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'concurrencpp::result::get' blocks the thread
  b.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'boost::future::wait' blocks the thread
  // seastar::future::get waits only inside a seastar::thread.
  sf.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'seastar::future::get' blocks the thread
  process.start("ls");
  process.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'QProcess::waitForFinished' blocks the thread
  process.waitForBytesWritten(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'QIODevice::waitForBytesWritten' blocks the thread
  boost::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::this_thread::sleep_for' blocks the thread that runs this coroutine; await a timer instead
  co_return;
}

cppcoro::task<> clientsAndProcesses(CURL *curl, httplib::Client &client,
                                    boost::process::child &child) {
  curl_easy_perform(curl);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'curl_easy_perform' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool
  cpr::Get(cpr::Url("http://example.com"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'cpr::Get' blocks the thread
  client.Get("/");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'httplib::Client::Get' blocks the thread
  boost::process::system("make");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::process::system' blocks the thread that runs this coroutine; use an asynchronous process API or offload to a thread pool
  child.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::process::child::wait' blocks the thread that runs this coroutine; use an asynchronous process API
  // Silent: asking is not waiting.
  (void)child.running();
  co_return;
}

// Offloaded: after `co_await pool.schedule()` the coroutine runs on the
// pool, where blocking is what the pool is for (asyncio's to_thread).
cppcoro::task<> cppcoroOffload(cppcoro::static_thread_pool &pool, bool slow) {
  ::usleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  if (slow)
    co_await pool.schedule();
  ::usleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  for (int i = 0; i < 3; ++i) {
    co_await pool.schedule();
    ::usleep(3);
  }
  ::usleep(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'usleep' blocks the thread that runs this coroutine
  co_await pool.schedule();
  // Silent from here on, nested blocks included.
  ::usleep(5);
  if (slow) {
    ::sleep(1);
  }
}

coro::task<> libcoroOffload(coro::thread_pool &tp) {
  co_await tp.schedule();
  ::sleep(1);
}

cppcoro::task<> concurrencppOffload(
    std::shared_ptr<concurrencpp::thread_pool_executor> background) {
  co_await concurrencpp::resume_on(background);
  ::sleep(1);
}

async_simple::coro::Lazy<> asyncSimpleOffload(async_simple::Executor *ex) {
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine
  co_await async_simple::coro::dispatch(ex);
  ::sleep(2);
}

// Silent: a co_await of an offload helper, whose lambda is not called here.
template <typename F>
cppcoro::task<> toThread(cppcoro::static_thread_pool &pool, F work) {
  co_await pool.schedule();
  work();
}
cppcoro::task<> usesToThread(cppcoro::static_thread_pool &pool) {
  co_await toThread(pool, [] { ::sleep(1); });
}
