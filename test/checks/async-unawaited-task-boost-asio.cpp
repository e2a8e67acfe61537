// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-unawaited-task %t -- -- -std=c++20

// Real Boost.Asio headers (Debian's libboost1.81-dev).
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;

awaitable<void> session(asio::ip::tcp::socket socket);
awaitable<int> compute();

awaitable<void> timers() {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  timer.expires_after(std::chrono::seconds(1));
  timer.async_wait(use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'async_wait' is never awaited; the coroutine will not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await timer.async_wait(use_awaitable);{{$}}
  compute();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'compute' is never awaited; the coroutine will not run
  // CHECK-FIXES: {{^}}  co_await compute();{{$}}

  // The deferred token makes an operation object that does nothing until it
  // is awaited or invoked.
  timer.async_wait(asio::deferred);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: deferred operation returned by 'async_wait' is never awaited; the operation will not run
  // CHECK-FIXES: {{^}}  co_await timer.async_wait(asio::deferred);{{$}}
  auto op = timer.async_wait(asio::deferred);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: deferred operation 'op' returned by 'async_wait' is never awaited; the operation will not run

  // Silent: awaited, or started with a completion handler.
  co_await timer.async_wait(use_awaitable);
  co_await timer.async_wait(asio::deferred);
  auto later = timer.async_wait(asio::deferred);
  co_await std::move(later);
  timer.async_wait([](boost::system::error_code) {});
  timer.async_wait(asio::detached);
  using namespace asio::experimental::awaitable_operators;
  co_await (compute() && compute());
}

awaitable<void> listener(asio::ip::tcp::acceptor acceptor) {
  for (;;) {
    auto socket = co_await acceptor.async_accept(use_awaitable);
    // Silent: handed to co_spawn, which runs it.
    asio::co_spawn(acceptor.get_executor(), session(std::move(socket)),
                   asio::detached);
  }
}

int main() {
  asio::io_context ctx;
  // Outside a coroutine: no fix-it, a note with the remedy.
  listener(asio::ip::tcp::acceptor(ctx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'listener' is never awaited; the coroutine will not run
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'co_await' it from a coroutine, or hand it to 'sync_wait' or 'co_spawn' to run it
  asio::co_spawn(ctx, timers(), asio::detached);
  ctx.run();
}
