// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -std=c++20

// Real Boost.Asio headers (Debian's libboost1.81-dev): the synchronous
// operations block; the same operations with a completion token do not.
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>

namespace asio = boost::asio;
using asio::awaitable;
using asio::ip::tcp;
using asio::use_awaitable;

awaitable<void> synchronous(tcp::socket &socket, tcp::acceptor &acceptor,
                            tcp::resolver &resolver, asio::steady_timer &timer,
                            asio::io_context &ctx) {
  char data[64];
  boost::system::error_code ec;
  socket.read_some(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'boost::asio::basic_stream_socket::read_some' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool [async-blocking-call-in-coroutine]
  socket.write_some(asio::buffer(data), ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'boost::asio::basic_stream_socket::write_some' blocks the thread
  asio::read(socket, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::read' blocks the thread that runs this coroutine; use the asynchronous operation
  // A completion condition is callable but returns a size: still blocking.
  asio::read(socket, asio::buffer(data), asio::transfer_exactly(4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::read' blocks the thread
  asio::write(socket, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::write' blocks the thread
  asio::streambuf lines;
  asio::read_until(socket, lines, '\n');
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::read_until' blocks the thread
  auto endpoints = resolver.resolve("example.com", "80");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'boost::asio::ip::basic_resolver::resolve' blocks the thread
  asio::connect(socket, endpoints);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::asio::connect' blocks the thread
  socket.connect(*endpoints.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'boost::asio::basic_socket::connect' blocks the thread
  tcp::socket peer = acceptor.accept();
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'boost::asio::basic_socket_acceptor::accept' blocks the thread
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'boost::asio::basic_waitable_timer::wait' blocks the thread that runs this coroutine; await a timer instead
  ctx.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'boost::asio::io_context::run' blocks the thread that runs this coroutine and can deadlock its executor; 'co_await' the work instead
  ctx.run_one();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'boost::asio::io_context::run_one' blocks the thread that runs this coroutine and can deadlock its executor

  // Silent: non-blocking calls of the same objects.
  ctx.poll();
  socket.non_blocking(true);
  (void)socket.available();
  timer.expires_after(std::chrono::seconds(1));
  socket.close(ec);
  co_return;
}

awaitable<void> asynchronous(tcp::socket &socket, tcp::acceptor &acceptor,
                             tcp::resolver &resolver, asio::steady_timer &timer) {
  char data[64];
  boost::system::error_code ec;
  // Silent: every asynchronous form, whatever the token.
  co_await socket.async_read_some(asio::buffer(data), use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data), use_awaitable);
  co_await asio::async_read(socket, asio::buffer(data),
                            asio::redirect_error(use_awaitable, ec));
  auto [error, n] = co_await asio::async_read(
      socket, asio::buffer(data), asio::as_tuple(use_awaitable));
  (void)error;
  (void)n;
  co_await timer.async_wait(asio::deferred);
  timer.async_wait([](boost::system::error_code) {});
  timer.async_wait(asio::detached);
  auto endpoints = co_await resolver.async_resolve("example.com", "80", use_awaitable);
  co_await asio::async_connect(socket, endpoints, use_awaitable);
  tcp::socket peer = co_await acceptor.async_accept(use_awaitable);
  co_await timer.async_wait(asio::bind_executor(timer.get_executor(), use_awaitable));
}

// Silent: blocking work handed to a thread pool in a lambda runs there.
awaitable<void> offloaded(asio::thread_pool &pool, tcp::socket &socket) {
  asio::post(pool, [] { ::sleep(1); });
  asio::post(pool, [&socket] {
    char data[64];
    socket.read_some(asio::buffer(data));
  });
  co_return;
}

// co_spawn onto a thread pool: a lambda coroutine written in place runs on
// the pool's threads. On the coroutine's own io_context it still blocks.
// And awaiting post(pool, use_awaitable) is no offload: the coroutine resumes
// on its own executor (the completion handler's associated executor).
awaitable<void> spawned(asio::thread_pool &pool, asio::io_context &ctx) {
  co_await asio::co_spawn(
      pool,
      []() -> awaitable<void> {
        ::sleep(1);
        co_return;
      },
      use_awaitable);
  asio::co_spawn(
      pool.get_executor(),
      [&]() -> awaitable<void> {
        ::usleep(1);
        co_return;
      }(),
      asio::detached);
  asio::co_spawn(
      ctx,
      []() -> awaitable<void> {
        ::sleep(2);
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'sleep' blocks the thread that runs this coroutine; await a timer instead
        co_return;
      },
      asio::detached);
  co_await asio::post(pool, use_awaitable);
  ::sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sleep' blocks the thread that runs this coroutine; await a timer instead
}

// The synchronous echo of Boost.Asio's blocking examples is fine in a
// plain function (a thread of its own); inside a coroutine it is not.
void blockingSession(tcp::socket socket) {
  char data[64];
  std::size_t n = socket.read_some(asio::buffer(data));
  asio::write(socket, asio::buffer(data, n));
}

awaitable<void> callsBlockingSession(tcp::socket socket) {
  blockingSession(std::move(socket));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'blockingSession' blocks the thread that runs this coroutine: it calls 'boost::asio::basic_stream_socket::read_some'; use the asynchronous operation or offload to a thread pool
  // CHECK-MESSAGES: :[[@LINE-7]]:26: note: 'blockingSession' calls 'boost::asio::basic_stream_socket::read_some' here
  co_return;
}
