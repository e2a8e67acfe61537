// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-dangling-coroutine-reference %t -- -- -std=c++20

// Real Boost.Asio 1.81: co_spawn with any token is a spawn; the callable
// form keeps the function object alive; main runs the context, as
// Boost.Asio's throttling_proxy example does after spawning listen(acceptor).
#include <boost/asio.hpp>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;

awaitable<void> listen(tcp::acceptor &acceptor, tcp::endpoint target) { co_return; }
awaitable<void> greet(const std::string &name) { co_return; }
awaitable<void> send(tcp::socket &socket, asio::const_buffer data) { co_return; }
std::string makeName();

int main() {
  asio::io_context io;
  tcp::acceptor acceptor(io, {tcp::v4(), 55555});
  // Silent: main runs the context while 'acceptor' is alive.
  co_spawn(io, listen(acceptor, {tcp::v4(), 8080}), detached);
  std::string name = makeName();
  co_spawn(io, greet(name), [](std::exception_ptr) {});
  io.run();
}

void spawner(asio::io_context &io, tcp::socket socket) {
  std::string name = makeName();
  co_spawn(io, greet(name), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'greet' is spawned by 'co_spawn' but keeps a reference to 'name', which is destroyed when 'spawner' returns; take the parameter by value, or wait for the spawned work before 'name' goes out of scope [async-dangling-coroutine-reference]
  // CHECK-MESSAGES: :17:42: note: the coroutine frame keeps this reference, not a copy of the argument
  co_spawn(io, greet(makeName()), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'greet' keeps a reference to a temporary that is destroyed at the end of the full-expression
  // CHECK-MESSAGES: :17:42: note: the coroutine frame keeps this reference
  co_spawn(io, send(socket, asio::buffer(name)), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task returned by 'send' is spawned by 'co_spawn' but keeps a reference to 'socket', which is destroyed when 'spawner' returns
  // CHECK-MESSAGES: :18:35: note: the coroutine frame keeps this reference
  // The lambda coroutine is called on a temporary closure; its [&] capture
  // goes with it.
  co_spawn(io, [&]() -> awaitable<void> { co_await greet(name); }(), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the captures of this lambda coroutine are destroyed with its temporary closure at the end of the full-expression, but its task runs later
  // CHECK-MESSAGES: :[[@LINE-2]]:17: note: captured here

  // Silent: co_spawn takes the callable and keeps it alive (its captures
  // are copies here).
  co_spawn(io, [name]() -> awaitable<void> { co_await greet(name); }, detached);
}

awaitable<void> sessions(tcp::acceptor &acceptor) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    std::string peer = socket.remote_endpoint().address().to_string();
    co_spawn(acceptor.get_executor(), greet(peer), detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: task returned by 'greet' is spawned by 'co_spawn' but keeps a reference to 'peer', which is destroyed at the end of its block; take the parameter by value, or wait for the spawned work before 'peer' goes out of scope
    // CHECK-MESSAGES: :17:42: note: the coroutine frame keeps this reference
    // Silent: awaited, 'peer' outlives the spawned work.
    co_await co_spawn(acceptor.get_executor(), greet(peer), use_awaitable);
  }
}
