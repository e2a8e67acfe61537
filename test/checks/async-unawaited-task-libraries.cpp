// Every library in the default TaskTypes, on the stub headers of test/Inputs:
// a dropped task is reported with the library's real start mode, an awaited
// one is not, and each library's co_await fix compiles.
// RUN: %check_async_tidy %s async-unawaited-task %t -- -- %coro_flags -isystem %inputs/cobalt

#include <cppcoro/generator.hpp>
#include <cppcoro/shared_task.hpp>
#include <cppcoro/task.hpp>
#include <folly/coro/Task.h>
#include <coro/coro.hpp>
#include <concurrencpp/concurrencpp.h>
#include <qcoro/qcorotask.h>
#include <qcoro/qcorolazytask.h>
#include <seastar/core/coroutine.hh>
#include <exec/task.hpp>
#include <unifex/task.hpp>
#include <async_simple/coro/Lazy.h>
#include <boost/cobalt.hpp>

namespace cppcoro_case {
cppcoro::task<int> load();
cppcoro::shared_task<> warm();
cppcoro::generator<int> numbers();
cppcoro::task<> use() {
  load();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' is never awaited; the coroutine will not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await load();{{$}}
  warm();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'warm' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await warm();{{$}}
  // Silent: a generator cannot be awaited; an awaited task ran.
  numbers();
  int v = co_await load();
  (void)v;
}
} // namespace cppcoro_case

namespace folly_case {
folly::coro::Task<int> load();
folly::coro::Task<void> use() {
  load();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await load();{{$}}
  co_await load();
}
} // namespace folly_case

namespace libcoro_case {
coro::task<int> load();
coro::task<void> use() {
  load();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await load();{{$}}
  co_await load();
}
} // namespace libcoro_case

namespace concurrencpp_case {
concurrencpp::result<int> compute();
concurrencpp::lazy_result<int> later();
concurrencpp::result<void> use() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  later();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'later' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await later();{{$}}
  // Silent: an eager result dropped on purpose.
  (void)compute();
  co_await compute();
}
} // namespace concurrencpp_case

namespace qcoro_case {
QCoro::Task<int> fetch();
QCoro::LazyTask<int> fetchLater();
QCoro::Task<void> use() {
  fetch();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetch' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await fetch();{{$}}
  fetchLater();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'fetchLater' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await fetchLater();{{$}}
  co_await fetch();
}
} // namespace qcoro_case

namespace seastar_case {
seastar::future<int> read();
seastar::future<> use() {
  read();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'read' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await read();{{$}}
  co_await read();
}
} // namespace seastar_case

namespace stdexec_case {
exec::task<int> compute();
exec::task<void> use() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  co_await compute();
}
} // namespace stdexec_case

namespace unifex_case {
unifex::task<int> compute();
unifex::task<void> use() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  co_await compute();
}
} // namespace unifex_case

namespace async_simple_case {
async_simple::coro::Lazy<int> compute();
async_simple::coro::Lazy<void> use() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  co_await compute();
}
} // namespace async_simple_case

namespace cobalt_case {
boost::cobalt::task<int> compute();
boost::cobalt::promise<int> started();
boost::cobalt::task<void> use() {
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}
  started();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'started' is never awaited; it runs detached and its result and exceptions are lost
  // CHECK-FIXES: {{^}}  co_await started();{{$}}
  co_await compute();
}
} // namespace cobalt_case

// A promise with await_transform accepts only its own library's tasks: no
// fix-it that would not compile.
namespace mixed_case {
cppcoro::task<int> load();
folly::coro::Task<void> use() {
  load();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  load();{{$}}
  co_return;
}
} // namespace mixed_case
