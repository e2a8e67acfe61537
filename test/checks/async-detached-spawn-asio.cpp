// REQUIRES: standalone-asio
// RUN: %check_async_tidy %s async-detached-spawn %t -- -- %asio_flags

// Standalone asio 1.22 (Debian's libasio-dev): the same rules as Boost.Asio.
#include <asio.hpp>
#include <exception>

asio::awaitable<void> session();
asio::awaitable<void> guarded() {
  try {
    co_await session();
  } catch (...) {
  }
}

void spawnAll(asio::io_context &io) {
  asio::co_spawn(io, session(), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'co_spawn' with 'detached' silently drops any exception escaping 'session'; pass a completion handler that handles the 'std::exception_ptr', or catch inside the coroutine [async-detached-spawn]
  // Silent: nothing escapes guarded; the handler rethrows.
  asio::co_spawn(io, guarded(), asio::detached);
  asio::co_spawn(io, session(), [](std::exception_ptr e) {
    if (e)
      std::rethrow_exception(e);
  });
}
