// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-detached-spawn %t -- -- -std=c++20

// Real Boost.Asio headers (Debian's libboost1.81-dev). The session and the
// listener follow Boost.Asio's own cpp20/coroutines/echo_server.cpp: the
// session catches everything and is spawned detached correctly; the
// listener has no handler, so main's detached spawn of it loses its errors.
#include <boost/asio.hpp>
#include <cstdio>
#include <exception>
#include <future>

using boost::asio::awaitable;
using boost::asio::co_spawn;
using boost::asio::detached;
using boost::asio::use_awaitable;
using boost::asio::ip::tcp;
namespace this_coro = boost::asio::this_coro;

awaitable<void> echo(tcp::socket socket) {
  try {
    char data[1024];
    for (;;) {
      std::size_t n = co_await socket.async_read_some(boost::asio::buffer(data), use_awaitable);
      co_await async_write(socket, boost::asio::buffer(data, n), use_awaitable);
    }
  } catch (std::exception &e) {
    std::printf("echo Exception: %s\n", e.what());
  }
}

awaitable<void> listener() {
  auto executor = co_await this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), 55555});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    // Silent: echo catches everything, nothing can escape it.
    co_spawn(executor, echo(std::move(socket)), detached);
  }
}

awaitable<int> compute();

// Errors arrive as values (as_tuple) and this_coro queries do not throw:
// nothing can escape, as in Boost.Asio's echo_server_with_as_tuple_default.
awaitable<void> tupleEcho(tcp::socket socket) {
  auto ex = co_await this_coro::executor;
  (void)ex;
  char data[64];
  for (;;) {
    auto [e, n] = co_await socket.async_read_some(
        boost::asio::buffer(data), boost::asio::as_tuple(use_awaitable));
    if (e || n == 0)
      break;
  }
}
void spawnTupleEcho(tcp::socket socket) {
  auto ex = socket.get_executor();
  co_spawn(ex, tupleEcho(std::move(socket)), detached);
}

int main() {
  boost::asio::io_context io_context(1);
  co_spawn(io_context, listener(), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'listener'; pass a completion handler that handles the 'std::exception_ptr', or catch inside the coroutine [async-detached-spawn]
  // CHECK-MESSAGES: :34:17: note: an exception can escape 'listener' here
  boost::asio::co_spawn(io_context.get_executor(), compute(), boost::asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'compute'

  // The callable form: co_spawn invokes the lambda and keeps it alive.
  co_spawn(io_context, []() -> awaitable<void> {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping the lambda
    int answer = co_await compute();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: note: an exception can escape the lambda here
    (void)answer;
  }, detached);
  co_spawn(io_context, listener, detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'listener'
  // CHECK-MESSAGES: :34:17: note: an exception can escape 'listener' here

  // A handler that takes the exception_ptr and never looks at it.
  co_spawn(io_context, listener(), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: completion handler of 'co_spawn' ignores its 'std::exception_ptr', so any exception escaping 'listener' is silently dropped; check or rethrow it
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: the outcome arrives here and is never examined
  // CHECK-MESSAGES: :34:17: note: an exception can escape 'listener' here
  co_spawn(io_context, compute(), [](std::exception_ptr e, int value) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: completion handler of 'co_spawn' ignores its 'std::exception_ptr'
    // CHECK-MESSAGES: :[[@LINE-2]]:57: note: the outcome arrives here and is never examined
    std::printf("%d\n", value);
  });

  // A future that nobody reads holds the exception forever.
  co_spawn(io_context, compute(), boost::asio::use_future);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: future returned by 'co_spawn' is discarded, so any exception escaping 'compute' is silently dropped; keep the future and call 'get()', or await the work with 'use_awaitable'

  // Silent: the handler inspects the exception_ptr, the future is kept,
  // or the dropped future is discarded on purpose.
  co_spawn(io_context, listener(), [](std::exception_ptr e) {
    if (e)
      std::rethrow_exception(e);
  });
  std::future<int> answer = co_spawn(io_context, compute(), boost::asio::use_future);
  (void)co_spawn(io_context, compute(), boost::asio::use_future);

  io_context.run();
  return answer.get();
}

awaitable<void> awaitsIt() {
  // Silent: awaited, its exception reaches this coroutine.
  co_await co_spawn(co_await this_coro::executor, compute(), use_awaitable);
}

// As in Boost.Asio's chat_server: the spawned callable forwards to a member
// coroutine, which is followed.
struct Session : std::enable_shared_from_this<Session> {
  tcp::socket socket_;
  awaitable<void> reader() {
    try {
      char data[64];
      co_await socket_.async_read_some(boost::asio::buffer(data), use_awaitable);
    } catch (std::exception &) {
      socket_.close();
    }
  }
  awaitable<void> writer();
  void start() {
    // Silent: reader catches everything.
    co_spawn(socket_.get_executor(), [self = shared_from_this()] { return self->reader(); }, detached);
    co_spawn(socket_.get_executor(), [self = shared_from_this()] { return self->writer(); }, detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'writer'
  }
};
