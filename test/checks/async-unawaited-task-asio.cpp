// REQUIRES: standalone-asio
// RUN: %check_async_tidy %s async-unawaited-task %t -- -- %asio_flags

// Real standalone asio headers (Debian's libasio-dev).
#include <asio.hpp>

asio::awaitable<std::size_t> readSome(asio::ip::tcp::socket &socket);

asio::awaitable<void> echo(asio::ip::tcp::socket socket) {
  char data[64];
  socket.async_read_some(asio::buffer(data), asio::use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task returned by 'async_read_some' is never awaited; the coroutine will not run [async-unawaited-task]
  // CHECK-FIXES: {{^}}  co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);{{$}}
  auto pending = readSome(socket);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task 'pending' returned by 'readSome' is never awaited; the coroutine will not run
  // Silent: awaited.
  std::size_t n = co_await socket.async_read_some(asio::buffer(data), asio::use_awaitable);
  co_await asio::async_write(socket, asio::buffer(data, n), asio::use_awaitable);
}
