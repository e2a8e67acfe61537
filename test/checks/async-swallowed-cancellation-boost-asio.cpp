// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-swallowed-cancellation %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,STRICT %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.StrictMode: true}}" -- -std=c++20

// Real Boost.Asio headers (Debian's libboost1.81-dev). A cancelled operation
// throws boost::system::system_error (a std::runtime_error) holding
// operation_aborted, or reports it through an error-code token.
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_single.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <cstdio>
#include <deque>
#include <string>

namespace asio = boost::asio;
using asio::awaitable;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace std::chrono_literals;

// The session of Boost.Asio's own echo server (example/cpp20/coroutines):
// the coroutine logs and ends. Reported only in strict mode.
awaitable<void> echo(tcp::socket Socket) {
  try {
    char Data[1024];
    for (;;) {
      std::size_t N = co_await Socket.async_read_some(asio::buffer(Data), use_awaitable);
      co_await async_write(Socket, asio::buffer(Data, N), use_awaitable);
    }
  } catch (std::exception &E) {
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:5: warning: handler for 'std::exception' swallows cancellation ('boost::system::system_error') and 'echo' carries on as if it had not been cancelled; rethrow it or test for cancellation [async-swallowed-cancellation]
    std::printf("echo Exception: %s\n", E.what());
  }
}

// --- the exception form ----------------------------------------------------

awaitable<void> reconnect(tcp::socket &Socket, tcp::endpoint Peer) {
  asio::steady_timer Timer(Socket.get_executor());
  for (;;) {
    try {
      co_await Socket.async_connect(Peer, use_awaitable);
      co_return;
    } catch (const boost::system::system_error &E) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'boost::system::system_error' swallows cancellation and the loop goes round again, so 'reconnect' never stops when cancelled; rethrow it or test for cancellation
      // CHECK-MESSAGES: :[[@LINE-4]]:7: note: the awaited operation can be cancelled here
      std::printf("connect failed: %s\n", E.what());
    }
    Timer.expires_after(1s);
    co_await Timer.async_wait(use_awaitable);
  }
}

// system_error derives from std::runtime_error: this catches cancellation too.
awaitable<void> reconnectRuntimeError(tcp::socket &Socket, tcp::endpoint Peer) {
  for (;;) {
    try {
      co_await Socket.async_connect(Peer, use_awaitable);
      co_return;
    } catch (const std::runtime_error &E) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::runtime_error' swallows cancellation ('boost::system::system_error') and the loop goes round again, so 'reconnectRuntimeError' never stops when cancelled
      std::printf("connect failed: %s\n", E.what());
    }
  }
}

// Silent: the handler tests for operation_aborted and rethrows it.
awaitable<void> reconnectUnlessAborted(tcp::socket &Socket, tcp::endpoint Peer) {
  for (;;) {
    try {
      co_await Socket.async_connect(Peer, use_awaitable);
      co_return;
    } catch (const boost::system::system_error &E) {
      if (E.code() == asio::error::operation_aborted)
        throw;
      std::printf("connect failed: %s\n", E.what());
    }
  }
}

// Silent: not a cancellation type (and not a base of one).
awaitable<void> unrelatedHandler(tcp::socket &Socket, tcp::endpoint Peer) {
  for (;;) {
    try {
      co_await Socket.async_connect(Peer, use_awaitable);
    } catch (const std::invalid_argument &E) {
      std::printf("bad argument: %s\n", E.what());
    }
  }
}

// Silent: reading the coroutine's executor neither suspends nor fails.
awaitable<void> openAcceptors(tcp::endpoint Endpoint) {
  for (int Attempt = 0; Attempt < 3; ++Attempt) {
    try {
      auto Executor = co_await asio::this_coro::executor;
      tcp::acceptor Acceptor(Executor, Endpoint);
    } catch (const std::exception &E) {
      std::printf("bind failed: %s\n", E.what());
    }
  }
}

awaitable<std::size_t> readOrZero(tcp::socket &Socket, asio::mutable_buffer Buffer) {
  try {
    co_return co_await Socket.async_read_some(Buffer, use_awaitable);
  } catch (const std::exception &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: handler for 'std::exception' swallows cancellation ('boost::system::system_error') and 'readOrZero' returns a made-up value to its awaiter
    co_return 0;
  }
}

// The session loop of Boost.Beast's awaitable servers: the handler rethrows
// every error but the one it compares with, so a cancellation leaves the
// loop. Silent.
awaitable<void> session(tcp::socket &Socket) {
  char Data[512];
  for (;;)
    try {
      co_await Socket.async_read_some(asio::buffer(Data), use_awaitable);
    } catch (boost::system::system_error &Se) {
      if (Se.code() != asio::error::eof)
        throw;
    }
}

// The same comparison the other way round: `==` with the rethrow in `else`.
awaitable<void> sessionEq(tcp::socket &Socket) {
  char Data[512];
  for (;;) {
    try {
      co_await Socket.async_read_some(asio::buffer(Data), use_awaitable);
    } catch (const boost::system::system_error &Se) {
      if (Se.code() == asio::error::eof) {
        std::printf("peer closed\n");
      } else {
        throw;
      }
    }
  }
}

// Rethrowing only the one error swallows every other, cancellation included.
awaitable<void> sessionRethrowsOne(tcp::socket &Socket) {
  char Data[512];
  for (;;)
    try {
      co_await Socket.async_read_some(asio::buffer(Data), use_awaitable);
    } catch (boost::system::system_error &Se) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'boost::system::system_error' swallows cancellation and the loop goes round again, so 'sessionRethrowsOne' never stops when cancelled
      if (Se.code() == asio::error::eof)
        throw;
    }
}

// A comparison that only logs rethrows nothing.
awaitable<void> sessionLogs(tcp::socket &Socket) {
  char Data[512];
  for (;;)
    try {
      co_await Socket.async_read_some(asio::buffer(Data), use_awaitable);
    } catch (boost::system::system_error &Se) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'boost::system::system_error' swallows cancellation and the loop goes round again, so 'sessionLogs' never stops when cancelled
      if (Se.code() != asio::error::eof)
        std::printf("read: %s\n", Se.what());
    }
}

// --- the error-code form ---------------------------------------------------

awaitable<void> heartbeat(asio::steady_timer &Timer) {
  boost::system::error_code Ec;
  for (;;) {
    Timer.expires_after(1s);
    co_await Timer.async_wait(asio::redirect_error(use_awaitable, Ec));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop awaits 'async_wait' with an error-code token and goes round again on error, so 'heartbeat' never stops when cancelled; test the error for 'boost::asio::error::operation_aborted' and stop [async-swallowed-cancellation]
    // CHECK-MESSAGES: :[[@LINE-4]]:3: note: the loop that goes round again
    if (Ec) {
      std::printf("timer: %s\n", Ec.message().c_str());
      continue;
    }
    std::printf("tick\n");
  }
}

awaitable<void> heartbeatUntilAborted(asio::steady_timer &Timer) {
  boost::system::error_code Ec;
  for (;;) {
    Timer.expires_after(1s);
    co_await Timer.async_wait(asio::redirect_error(use_awaitable, Ec));
    // Silent: the loop tests for operation_aborted.
    if (Ec == asio::error::operation_aborted)
      co_return;
    std::printf("tick\n");
  }
}

awaitable<void> readUntilError(tcp::socket &Socket) {
  char Data[512];
  for (;;) {
    auto [Ec, N] = co_await Socket.async_read_some(asio::buffer(Data),
                                                   asio::as_tuple(use_awaitable));
    // Silent: any error, cancellation included, ends the loop.
    if (Ec)
      break;
    std::fwrite(Data, 1, N, stdout);
  }
}

awaitable<void> readAndIgnoreErrors(tcp::socket &Socket) {
  char Data[512];
  while (true) {
    auto [Ec, N] = co_await Socket.async_read_some(asio::buffer(Data),
                                                   asio::as_tuple(use_awaitable));
    // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: loop awaits 'async_read_some' with an error-code token and goes round again on error, so 'readAndIgnoreErrors' never stops when cancelled
    if (!Ec)
      std::fwrite(Data, 1, N, stdout);
  }
}

// The accept loop of Boost.Asio's throttling_proxy example: on error it logs,
// waits and accepts again, also after the acceptor was closed or cancelled.
awaitable<void> listen(tcp::acceptor &Acceptor) {
  for (;;) {
    auto [E, Client] = co_await Acceptor.async_accept(asio::as_tuple(use_awaitable));
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: loop awaits 'async_accept' with an error-code token and goes round again on error, so 'listen' never stops when cancelled
    if (!E) {
      Client.close();
    } else {
      std::printf("Accept failed: %s\n", E.message().c_str());
      asio::steady_timer Timer(co_await asio::this_coro::executor);
      Timer.expires_after(100ms);
      co_await Timer.async_wait(use_awaitable);
    }
  }
}

// The listener of Boost.Asio's echo_server_with_as_single_default example:
// the acceptor's default token is as_single, so errors come back as values.
using SingleDefault = asio::experimental::as_single_t<asio::use_awaitable_t<>>;
using SingleAcceptor = SingleDefault::as_default_on_t<tcp::acceptor>;
awaitable<void> listenSingle(SingleAcceptor &Acceptor) {
  for (;;) {
    if (auto [E, Socket] = co_await Acceptor.async_accept(); Socket.is_open())
      // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: loop awaits 'async_accept' with an error-code token and goes round again on error, so 'listenSingle' never stops when cancelled; test the error for 'boost::asio::error::operation_aborted' and stop
      Socket.close();
  }
}

// The writer of Boost.Asio's chat server: cancelling the timer is how it is
// woken up, and the loop's own condition ends it. Silent.
awaitable<void> writer(tcp::socket &Socket, asio::steady_timer &Timer,
                       std::deque<std::string> &Messages) {
  while (Socket.is_open()) {
    if (Messages.empty()) {
      boost::system::error_code Ec;
      co_await Timer.async_wait(asio::redirect_error(use_awaitable, Ec));
    } else {
      co_await asio::async_write(Socket, asio::buffer(Messages.front()), use_awaitable);
      Messages.pop_front();
    }
  }
}

int main() {
  asio::io_context Ctx;
  asio::co_spawn(Ctx, echo(tcp::socket(Ctx)), asio::detached);
  Ctx.run();
}
