// REQUIRES: standalone-asio
// RUN: %check_async_tidy %s async-swallowed-cancellation %t -- -- %asio_flags

// Standalone asio (Debian's libasio-dev 1.22): asio::system_error is
// std::system_error, and the error-code tokens live in namespace asio.
#include <asio.hpp>
#include <cstdio>

using asio::awaitable;
using asio::use_awaitable;

awaitable<void> retryTimer(asio::steady_timer &Timer) {
  for (;;) {
    try {
      co_await Timer.async_wait(use_awaitable);
    } catch (const asio::system_error &E) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::system_error' swallows cancellation and the loop goes round again, so 'retryTimer' never stops when cancelled; rethrow it or test for cancellation [async-swallowed-cancellation]
      std::printf("%s\n", E.what());
    }
  }
}

// Silent: an operation_aborted test ends the loop on cancellation.
awaitable<void> retryUnlessAborted(asio::steady_timer &Timer) {
  for (;;) {
    try {
      co_await Timer.async_wait(use_awaitable);
    } catch (const std::system_error &E) {
      if (E.code() == asio::error::operation_aborted)
        co_return;
    }
  }
}

awaitable<void> tick(asio::steady_timer &Timer) {
  std::error_code Ec;
  for (;;) {
    co_await Timer.async_wait(asio::redirect_error(use_awaitable, Ec));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop awaits 'async_wait' with an error-code token and goes round again on error, so 'tick' never stops when cancelled
    if (Ec)
      std::printf("%s\n", Ec.message().c_str());
  }
}
