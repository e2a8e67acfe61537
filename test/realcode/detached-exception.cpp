// What happens to an exception that escapes a coroutine spawned with
// `co_spawn(ex, coroutine, detached)` on the real Boost.Asio (1.81): the
// claim async-detached-spawn rests on. `detached_handler::operator()(Args...)`
// has an empty body, so the `std::exception_ptr` that `co_spawn_entry_point`
// caught is dropped: `run()` returns normally and nothing is printed or
// rethrown. A completion handler that takes the `std::exception_ptr` sees it.
//
// REQUIRES: boost-asio
// RUN: %clangxx -std=c++20 -pthread %s -o %t
// RUN: %t | FileCheck %s

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstdio>
#include <exception>
#include <stdexcept>

namespace asio = boost::asio;

static bool ReachedAfterThrow = false;

asio::awaitable<void> failing() {
  throw std::runtime_error("connection reset");
  ReachedAfterThrow = true;
  co_return;
}

int main() {
  asio::io_context Io;
  asio::co_spawn(Io, failing(), asio::detached);
  try {
    Io.run();
    std::printf("detached: run returned normally, after-throw reached: %d\n",
                ReachedAfterThrow);
  } catch (const std::exception &E) {
    std::printf("detached: run rethrew '%s'\n", E.what());
  }
  // CHECK: detached: run returned normally, after-throw reached: 0

  Io.restart();
  asio::co_spawn(Io, failing(), [](std::exception_ptr Error) {
    try {
      if (Error)
        std::rethrow_exception(Error);
      std::printf("handler: no exception\n");
    } catch (const std::exception &E) {
      std::printf("handler: saw '%s'\n", E.what());
    }
  });
  Io.run();
  // CHECK-NEXT: handler: saw 'connection reset'

  // A handler that rethrows makes the failure loud: run() propagates it.
  Io.restart();
  asio::co_spawn(Io, failing(), [](std::exception_ptr Error) {
    if (Error)
      std::rethrow_exception(Error);
  });
  try {
    Io.run();
    std::printf("rethrowing handler: run returned normally\n");
  } catch (const std::exception &E) {
    std::printf("rethrowing handler: run rethrew '%s'\n", E.what());
  }
  // CHECK-NEXT: rethrowing handler: run rethrew 'connection reset'
}
