// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -- -std=c++20

// Boost.Beast's synchronous HTTP and WebSocket operations block like the
// Asio ones beneath them; their asynchronous forms (async_*) do not.
#include <boost/asio.hpp>
#include <boost/beast.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using asio::ip::tcp;

asio::awaitable<void> httpSession(beast::tcp_stream &stream) {
  beast::flat_buffer buffer;
  http::request<http::string_body> request;
  http::read(stream, buffer, request);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::beast::http::read' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool [async-blocking-call-in-coroutine]
  http::response<http::string_body> response;
  http::write(stream, response);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::beast::http::write' blocks the thread
  beast::error_code ec;
  http::write(stream, response, ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'boost::beast::http::write' blocks the thread
  // Near misses: the asynchronous forms.
  co_await http::async_read(stream, buffer, request, asio::use_awaitable);
  co_await http::async_write(stream, response, asio::use_awaitable);
}

asio::awaitable<void> wsSession(websocket::stream<beast::tcp_stream> &ws) {
  beast::flat_buffer buffer;
  ws.read(buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'boost::beast::websocket::stream::read' blocks the thread that runs this coroutine; use the asynchronous operation or offload to a thread pool
  ws.write(buffer.data());
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: 'boost::beast::websocket::stream::write' blocks the thread
  co_await ws.async_read(buffer, asio::use_awaitable);
  co_await ws.async_write(buffer.data(), asio::use_awaitable);
}
