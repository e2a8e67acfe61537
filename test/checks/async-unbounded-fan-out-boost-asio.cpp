// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-unbounded-fan-out %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,ACCEPT %s async-unbounded-fan-out %t -- \
// RUN:   -config="{CheckOptions: {async-unbounded-fan-out.FlagAcceptLoops: true}}" -- -std=c++20

// Real Boost.Asio 1.81: co_spawn per element, a ranged parallel group, a
// channel used as a semaphore, and accept loops (reported only on request).
#include <boost/asio.hpp>
#include <boost/asio/experimental/channel.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <string>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;
using permits = asio::experimental::channel<void(boost::system::error_code)>;

awaitable<void> fetch(std::string url);
awaitable<void> session(tcp::socket socket);
// A buffered channel as a counting semaphore: a send takes a slot (and waits
// while all are taken), a receive frees one.
awaitable<void> fetchWithPermit(std::string url, permits &limit) {
  co_await limit.async_send(boost::system::error_code{}, use_awaitable);
  co_await fetch(url);
  limit.try_receive([](boost::system::error_code) {});
}
// Passes the channel on, but does not itself wait for a slot.
awaitable<void> relay(std::string url, permits &limit);
awaitable<void> fetchViaRelay(std::string url, permits &limit) {
  co_await relay(url, limit);
}

awaitable<void> crawl(std::vector<std::string> urls) {
  auto ex = co_await asio::this_coro::executor;
  for (auto &url : urls)
    co_spawn(ex, fetch(url), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_spawn' in a loop over a runtime-sized range starts one concurrent task per iteration and nothing limits them; acquire an async semaphore in the loop or in the spawned coroutine [async-unbounded-fan-out]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input

  // A ranged parallel group over deferred operations made in a loop.
  using op_type = decltype(co_spawn(ex, fetch(""), asio::deferred));
  std::vector<op_type> ops;
  for (auto &url : urls)
    ops.push_back(co_spawn(ex, fetch(url), asio::deferred));
  auto [order, errors] =
      co_await asio::experimental::make_parallel_group(std::move(ops))
          // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'make_parallel_group' starts every task of 'ops' at once, and 'ops' is filled in a loop over a runtime-sized range
          // CHECK-MESSAGES: :[[@LINE-4]]:9: note: 'ops' gets one task per iteration here
          .async_wait(asio::experimental::wait_for_all(), use_awaitable);
  (void)order;
  (void)errors;

  // Silent: a channel used as a semaphore bounds the spawned work.
  permits limit(ex, 8);
  for (auto &url : urls)
    co_spawn(ex, fetchWithPermit(url, limit), detached);
  // Handing the channel to another awaited call is not taking a slot.
  for (auto &url : urls)
    co_spawn(ex, fetchViaRelay(url, limit), detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'co_spawn' in a loop over a runtime-sized range starts one concurrent task per iteration
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the loop runs once per element of its input
  // Silent: awaited one after the other.
  for (auto &url : urls)
    co_await co_spawn(ex, fetch(url), use_awaitable);
}

awaitable<void> listener(tcp::acceptor &acceptor) {
  // An accept loop: the peers decide how many sessions run.
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    co_spawn(acceptor.get_executor(), session(std::move(socket)), detached);
    // CHECK-MESSAGES-ACCEPT: :[[@LINE-1]]:5: warning: 'co_spawn' in a loop over a runtime-sized range starts one concurrent task per iteration
    // CHECK-MESSAGES-ACCEPT: :[[@LINE-4]]:3: note: the loop runs once per element of its input
  }
}

int main(int argc, char *argv[]) {
  asio::io_context io;
  // Silent: one spawn per command-line argument is configuration, as in
  // Boost.Asio's chat_server (one listener per port).
  for (int i = 1; i < argc; ++i)
    co_spawn(io, fetch(argv[i]), detached);
  io.run();
}
