// RUN: %check_async_tidy %s async-dangling-coroutine-reference %t -- -- %coro_flags

// Starts that run the work on while the caller goes on: folly's start() and
// start(callback), async_simple's start(callback).
#include <async_simple/coro/Lazy.h>
#include <async_simple/coro/SyncAwait.h>
#include <folly/coro/Task.h>
#include <string>

folly::coro::Task<int> lookup(const std::string &key) { co_return 0; }
async_simple::coro::Lazy<int> load(const std::string &key) { co_return 0; }
std::string makeKey();

void follyStarts(folly::Executor *ex) {
  std::string key = makeKey();
  auto started = co_withExecutor(ex, lookup(key)).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: task returned by 'lookup' is spawned by 'start' but keeps a reference to 'key', which is destroyed when 'follyStarts' returns; take the parameter by value, or wait for the spawned work before 'key' goes out of scope [async-dangling-coroutine-reference]
  // CHECK-MESSAGES: :10:50: note: the coroutine frame keeps this reference, not a copy of the argument
  co_withExecutor(ex, lookup(key)).start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task returned by 'lookup' is spawned by 'start' but keeps a reference to 'key'
  // CHECK-MESSAGES: :10:50: note: the coroutine frame keeps this reference
  // Silent: the handle is waited for in the same full-expression.
  int value = co_withExecutor(ex, lookup(key)).start().get();
  (void)value;
}

void asyncSimpleStart() {
  std::string key = makeKey();
  load(key).start([](auto &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'load' is spawned by 'start' but keeps a reference to 'key'
  // CHECK-MESSAGES: :11:55: note: the coroutine frame keeps this reference
}

int asyncSimpleSync() {
  std::string key = makeKey();
  // Silent: syncAwait runs it to completion within the expression.
  return async_simple::coro::syncAwait(load(key));
}
