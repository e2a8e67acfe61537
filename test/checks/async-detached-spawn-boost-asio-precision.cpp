// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-detached-spawn %t -- -- -std=c++20

// Real Boost.Asio headers (Debian's libboost1.81-dev). Detached work from
// which nothing can escape, beside the near miss that is still reported:
// awaits with redirect_error, the awaitable operators, a back-off timer of
// the coroutine's own, and a token forwarded by generic code.
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <iostream>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;

// --- redirect_error --------------------------------------------------------

// Silent: every operation stores its error in Ec instead of throwing.
awaitable<void> echoRedirected(tcp::socket Socket) {
  char Data[512];
  boost::system::error_code Ec;
  for (;;) {
    std::size_t N = co_await Socket.async_read_some(
        asio::buffer(Data), asio::redirect_error(use_awaitable, Ec));
    if (Ec)
      co_return;
    co_await asio::async_write(Socket, asio::buffer(Data, N),
                               asio::redirect_error(use_awaitable, Ec));
    if (Ec)
      co_return;
  }
}

// The write throws its error.
awaitable<void> echoHalfRedirected(tcp::socket Socket) {
  char Data[512];
  boost::system::error_code Ec;
  for (;;) {
    std::size_t N = co_await Socket.async_read_some(
        asio::buffer(Data), asio::redirect_error(use_awaitable, Ec));
    if (Ec)
      co_return;
    co_await asio::async_write(Socket, asio::buffer(Data, N), use_awaitable);
  }
}

// --- the awaitable operators -----------------------------------------------

// Silent: `||` and `&&` throw only what their operands throw.
awaitable<void> readWithTimeout(tcp::socket Socket, asio::steady_timer Timer) {
  char Data[512];
  Timer.expires_after(10s);
  co_await (Socket.async_read_some(asio::buffer(Data),
                                   asio::as_tuple(use_awaitable)) ||
            Timer.async_wait(asio::as_tuple(use_awaitable)));
  // `||` fails only when every operand failed.
  co_await (Socket.async_read_some(asio::buffer(Data), use_awaitable) ||
            Timer.async_wait(asio::as_tuple(use_awaitable)));
}

// `&&` fails when any operand fails.
awaitable<void> readAndWait(tcp::socket Socket, asio::steady_timer Timer) {
  char Data[512];
  co_await (Socket.async_read_some(asio::buffer(Data), use_awaitable) &&
            Timer.async_wait(asio::as_tuple(use_awaitable)));
}

// --- a back-off timer of the coroutine's own --------------------------------

// The accept loop of Boost.Asio's throttling_proxy example: accept errors
// come back as values, and the timer is the coroutine's own. Spawned with
// `detached`, nobody can cancel it, so its wait cannot fail.
awaitable<void> listen(tcp::acceptor &Acceptor,
                       std::vector<tcp::socket> &Clients) {
  for (;;) {
    auto [E, Client] = co_await Acceptor.async_accept(asio::as_tuple(use_awaitable));
    if (!E) {
      Clients.push_back(std::move(Client));
    } else {
      std::cerr << "Accept failed: " << E.message() << "\n";
      asio::steady_timer Timer(co_await asio::this_coro::executor);
      Timer.expires_after(100ms);
      co_await Timer.async_wait(use_awaitable);
    }
  }
}

// A timer shared with other code can be cancelled by it.
awaitable<void> listenWithSharedTimer(tcp::acceptor &Acceptor,
                                      asio::steady_timer &Timer) {
  for (;;) {
    auto [E, Client] = co_await Acceptor.async_accept(asio::as_tuple(use_awaitable));
    if (E) {
      Timer.expires_after(100ms);
      co_await Timer.async_wait(use_awaitable);
    }
  }
}

// --- a token forwarded by generic code --------------------------------------

// Silent: the template passes on the token its caller chose; a report
// belongs where `detached` is written.
template <class Executor, class Token>
auto spawnEcho(Executor Ex, tcp::socket Socket, Token &&T) {
  return co_spawn(Ex, echoHalfRedirected(std::move(Socket)),
                  std::forward<Token>(T));
}

// Generic code that writes `detached` itself is reported there.
template <class Executor>
void spawnEchoDetached(Executor Ex, tcp::socket Socket) {
  co_spawn(Ex, echoHalfRedirected(std::move(Socket)), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'echoHalfRedirected'; pass a completion handler that handles the 'std::exception_ptr', or catch inside the coroutine [async-detached-spawn]
  // CHECK-MESSAGES: :49:5: note: an exception can escape 'echoHalfRedirected' here
}

int main() {
  asio::io_context Ctx;
  tcp::acceptor Acceptor(Ctx);
  asio::steady_timer Timer(Ctx);
  co_spawn(Ctx, echoRedirected(tcp::socket(Ctx)), detached);
  co_spawn(Ctx, readWithTimeout(tcp::socket(Ctx), asio::steady_timer(Ctx)), detached);
  co_spawn(Ctx, readAndWait(tcp::socket(Ctx), asio::steady_timer(Ctx)), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'readAndWait'
  // CHECK-MESSAGES: :70:3: note: an exception can escape 'readAndWait' here
  std::vector<tcp::socket> Clients;
  co_spawn(Ctx, listen(Acceptor, Clients), detached);
  co_spawn(Ctx, listen(Acceptor, Clients), [](std::exception_ptr) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: completion handler of 'co_spawn' ignores its 'std::exception_ptr', so any exception escaping 'listen' is silently dropped; check or rethrow it
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: the outcome arrives here and is never examined
  // CHECK-MESSAGES: :89:7: note: an exception can escape 'listen' here
  co_spawn(Ctx, listenWithSharedTimer(Acceptor, Timer), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'listenWithSharedTimer'
  // CHECK-MESSAGES: :101:7: note: an exception can escape 'listenWithSharedTimer' here
  spawnEcho(Ctx.get_executor(), tcp::socket(Ctx), detached);
  spawnEchoDetached(Ctx.get_executor(), tcp::socket(Ctx));
  Ctx.run();
}
