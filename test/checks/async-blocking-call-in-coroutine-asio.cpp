// REQUIRES: standalone-asio
// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- %asio_flags

// Real standalone asio headers (Debian's libasio-dev, asio 1.22, where
// `deferred` and `as_tuple` still live in asio::experimental).
#include <asio.hpp>
#include <asio/experimental/as_tuple.hpp>
#include <asio/experimental/deferred.hpp>

using asio::ip::udp;
using asio::ip::tcp;

asio::awaitable<void> datagrams(udp::socket &socket, udp::endpoint peer) {
  char data[512];
  std::size_t n = socket.receive_from(asio::buffer(data), peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'asio::basic_datagram_socket::receive_from' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool [async-blocking-call-in-coroutine]
  socket.send_to(asio::buffer(data, n), peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'asio::basic_datagram_socket::send_to' blocks the thread
  socket.receive(asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'asio::basic_datagram_socket::receive' blocks the thread

  // Silent: the asynchronous forms, with every kind of token.
  n = co_await socket.async_receive_from(asio::buffer(data), peer,
                                         asio::use_awaitable);
  // asio 1.22 awaits a deferred operation only once it is given a token.
  co_await socket.async_send_to(asio::buffer(data, n), peer,
                                asio::experimental::deferred)(
      asio::use_awaitable);
  auto [ec, sent] = co_await socket.async_send_to(
      asio::buffer(data, n), peer,
      asio::experimental::as_tuple(asio::use_awaitable));
  (void)ec;
  (void)sent;
  std::error_code error;
  co_await socket.async_receive(asio::buffer(data),
                                asio::redirect_error(asio::use_awaitable, error));
}

asio::awaitable<void> streams(tcp::socket &socket, tcp::resolver &resolver,
                              asio::steady_timer &timer) {
  char data[64];
  asio::read(socket, asio::buffer(data));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'asio::read' blocks the thread that runs this coroutine
  resolver.resolve("localhost", "7");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'asio::ip::basic_resolver::resolve' blocks the thread
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'asio::basic_waitable_timer::wait' blocks the thread that runs this coroutine; await a timer instead
  // Silent.
  co_await asio::async_read(socket, asio::buffer(data), asio::use_awaitable);
  co_await resolver.async_resolve("localhost", "7", asio::use_awaitable);
  co_await timer.async_wait(asio::use_awaitable);
  timer.async_wait([](std::error_code) {});
  timer.async_wait([](auto) {});
}

// Silent: the work posted to a pool runs on the pool's thread.
asio::awaitable<void> posted(asio::thread_pool &pool, tcp::socket &socket) {
  asio::post(pool, [&socket] {
    char data[64];
    asio::read(socket, asio::buffer(data));
  });
  co_return;
}
