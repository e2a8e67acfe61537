// REQUIRES: boost-asio
// RUN: %check_async_tidy %s async-unchecked-fan-out %t -- -- -std=c++20

// Real Boost.Asio 1.81: a parallel group hands every operation's error
// (an exception_ptr or error_code) to its completion, next to the
// completion order and the values; wait_for_all does not throw.
#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/experimental/parallel_group.hpp>
#include <vector>

namespace asio = boost::asio;
using asio::awaitable;
using asio::deferred;
using asio::use_awaitable;
using asio::experimental::make_parallel_group;
using asio::experimental::wait_for_all;

awaitable<int> fetch(int id);
void use(int);

awaitable<void> fanOut() {
  auto ex = co_await asio::this_coro::executor;

  co_await make_parallel_group(asio::co_spawn(ex, fetch(1), deferred),
                               asio::co_spawn(ex, fetch(2), deferred))
      .async_wait(wait_for_all(), use_awaitable);
  // CHECK-MESSAGES: :[[@LINE-3]]:12: warning: result of 'make_parallel_group' is discarded: failures of the fanned-out tasks are silently dropped; use the awaitable operator '&&' or check each result [async-unchecked-fan-out]

  // The values and the order are used, the errors never are.
  auto [order, e1, r1, e2, r2] =
      // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'make_parallel_group' bound here is ever checked: failures of the fanned-out tasks are silently dropped; use the awaitable operator '&&' or check each result
      co_await make_parallel_group(asio::co_spawn(ex, fetch(1), deferred),
                                   asio::co_spawn(ex, fetch(2), deferred))
          .async_wait(wait_for_all(), use_awaitable);
  use(order[0] + r1 + r2);

  asio::steady_timer timer(ex);
  std::vector<decltype(timer.async_wait(deferred))> waits;
  waits.push_back(timer.async_wait(deferred));
  auto [completion, errors] = co_await make_parallel_group(std::move(waits))
      // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: no result of 'make_parallel_group' bound here is ever checked
                                  .async_wait(wait_for_all(), use_awaitable);
  use(completion.size());

  // Silent: an error binding is read.
  auto [order2, ex1, v1, ex2, v2] =
      co_await make_parallel_group(asio::co_spawn(ex, fetch(3), deferred),
                                   asio::co_spawn(ex, fetch(4), deferred))
          .async_wait(wait_for_all(), use_awaitable);
  if (ex1 || ex2)
    co_return;
  use(v1 + v2);

  // Silent: the awaitable operator && throws the first failure.
  using namespace asio::experimental::awaitable_operators;
  auto [a, b] = co_await (fetch(5) && fetch(6));
  use(a + b);
}
