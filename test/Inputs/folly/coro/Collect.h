// Stub of folly's API for async-tidy tests; mirrors folly/coro/Collect.h
// (facebook/folly; also reachable as folly/experimental/coro/Collect.h).
// Only the surface the tests need is declared.
//
//  collectAll(a...)            -> Task<tuple<R...>>        (throws; void→Unit)
//  collectAllTry(a...)         -> Task<tuple<Try<R>...>>   (never throws)
//  collectAllRange(range)      -> Task<vector<R>>  (Task<void> if R is void)
//  collectAllTryRange(range)   -> Task<vector<Try<R>>>
//  collectAllWindowed(range, n)    -> like collectAllRange, n at a time
//  collectAllTryWindowed(range, n) -> like collectAllTryRange, n at a time
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_COLLECT_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_COLLECT_H

#include <cstddef>
#include <exception>
#include <iterator>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <vector>

#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/Task.h>
#include <folly/coro/ViaIfAsync.h>

namespace folly::coro {
namespace detail {

template <typename SemiAwaitable>
using collect_all_component_t =
    lift_unit_t<std::decay_t<semi_await_result_t<SemiAwaitable>>>;

template <typename SemiAwaitable>
using collect_all_try_component_t =
    std::decay_t<semi_await_result_t<SemiAwaitable>>;

template <typename InputRange>
using range_awaitable_t = std::ranges::range_value_t<InputRange>;

template <typename InputRange>
using collect_all_range_component_t =
    std::decay_t<semi_await_result_t<range_awaitable_t<InputRange>>>;

template <typename InputRange>
concept void_range = std::is_void_v<
    semi_await_result_t<range_awaitable_t<InputRange>>>;

} // namespace detail

template <typename... SemiAwaitables>
auto collectAll(SemiAwaitables &&...awaitables) -> Task<std::tuple<
    detail::collect_all_component_t<std::remove_cvref_t<SemiAwaitables>>...>> {
  ((void)awaitables, ...);
  std::terminate(); // stub: never runs
}

template <typename... SemiAwaitables>
auto collectAllTry(SemiAwaitables &&...awaitables)
    -> Task<std::tuple<Try<detail::collect_all_try_component_t<
        std::remove_cvref_t<SemiAwaitables>>>...>> {
  ((void)awaitables, ...);
  std::terminate(); // stub: never runs
}

template <typename InputRange>
  requires(!detail::void_range<InputRange>)
auto collectAllRange(InputRange awaitables)
    -> Task<std::vector<detail::collect_all_range_component_t<InputRange>>> {
  (void)awaitables;
  std::terminate(); // stub: never runs
}

template <typename InputRange>
  requires detail::void_range<InputRange>
auto collectAllRange(InputRange awaitables) -> Task<void> {
  (void)awaitables;
  std::terminate(); // stub: never runs
}

template <typename InputRange>
auto collectAllTryRange(InputRange awaitables) -> Task<std::vector<
    Try<detail::collect_all_range_component_t<InputRange>>>> {
  (void)awaitables;
  std::terminate(); // stub: never runs
}

template <typename InputRange>
  requires(!detail::void_range<InputRange>)
auto collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> Task<std::vector<detail::collect_all_range_component_t<InputRange>>> {
  (void)awaitables;
  (void)maxConcurrency;
  std::terminate(); // stub: never runs
}

template <typename InputRange>
  requires detail::void_range<InputRange>
auto collectAllWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> Task<void> {
  (void)awaitables;
  (void)maxConcurrency;
  std::terminate(); // stub: never runs
}

template <typename InputRange>
auto collectAllTryWindowed(InputRange awaitables, std::size_t maxConcurrency)
    -> Task<std::vector<
        Try<detail::collect_all_range_component_t<InputRange>>>> {
  (void)awaitables;
  (void)maxConcurrency;
  std::terminate(); // stub: never runs
}

} // namespace folly::coro

#endif
