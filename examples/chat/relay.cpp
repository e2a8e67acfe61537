#include "relay.hpp"

namespace chat {

awaitable<void> deliver(tcp::socket &peer, std::string line) {
  co_await asio::async_write(peer, asio::buffer(line), asio::use_awaitable);
}

awaitable<void> session(tcp::socket socket) {
  std::string buffer;
  for (;;) {
    std::size_t n = co_await asio::async_read_until(
        socket, asio::dynamic_buffer(buffer), '\n', asio::use_awaitable);
    std::string line = buffer.substr(0, n);
    buffer.erase(0, n);
    // Bug: the echo is never awaited, so it never happens.
    deliver(socket, line);
  }
}

awaitable<void> listener(tcp::acceptor acceptor) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
    asio::co_spawn(acceptor.get_executor(), session(std::move(socket)),
                   asio::detached);
  }
}

} // namespace chat
