// Stub of async_simple's API for async-tidy tests; mirrors
// async_simple/coro/Collect.h (alibaba/async_simple). Only the surface the
// tests need is declared.
//
//  collectAll(vector<Lazy<T>>)       -> Lazy<vector<Try<T>>>
//  collectAll(Lazy<Ts>...)           -> Lazy<tuple<Try<Ts>...>>
//  collectAllPara(...)               -> same, but runs the lazies in parallel
//  collectAllWindowed(n, yield, vec) -> Lazy<vector<Try<T>>>, n at a time
#ifndef ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_COLLECT_H
#define ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_COLLECT_H

#include <cstddef>
#include <memory>
#include <tuple>
#include <vector>

#include <async_simple/Try.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {

template <template <typename> typename LazyType, typename T,
          typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
  requires is_lazy<LazyType<T>>::value
inline auto collectAll(std::vector<LazyType<T>, IAlloc> input,
                       OAlloc out_alloc = OAlloc())
    -> Lazy<std::vector<Try<T>, OAlloc>> {
  (void)out_alloc;
  std::vector<Try<T>, OAlloc> out;
  for (auto &lazy : input)
    out.push_back(co_await lazy.coAwaitTry());
  co_return out;
}

template <template <typename> typename LazyType, typename... Ts>
  requires(sizeof...(Ts) > 0 && (is_lazy<LazyType<Ts>>::value && ...))
inline auto collectAll(LazyType<Ts>... awaitables)
    -> Lazy<std::tuple<Try<Ts>...>> {
  co_return std::tuple<Try<Ts>...>{co_await awaitables.coAwaitTry()...};
}

template <template <typename> typename LazyType, typename T,
          typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
  requires is_lazy<LazyType<T>>::value
inline auto collectAllPara(std::vector<LazyType<T>, IAlloc> input,
                           OAlloc out_alloc = OAlloc())
    -> Lazy<std::vector<Try<T>, OAlloc>> {
  co_return co_await collectAll(std::move(input), out_alloc);
}

template <template <typename> typename LazyType, typename... Ts>
  requires(sizeof...(Ts) > 0 && (is_lazy<LazyType<Ts>>::value && ...))
inline auto collectAllPara(LazyType<Ts>... awaitables)
    -> Lazy<std::tuple<Try<Ts>...>> {
  co_return std::tuple<Try<Ts>...>{co_await awaitables.coAwaitTry()...};
}

template <template <typename> typename LazyType, typename T,
          typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
  requires is_lazy<LazyType<T>>::value
inline auto collectAllWindowed(std::size_t maxConcurrency, bool yield,
                               std::vector<LazyType<T>, IAlloc> input,
                               OAlloc out_alloc = OAlloc())
    -> Lazy<std::vector<Try<T>, OAlloc>> {
  (void)maxConcurrency;
  (void)yield;
  co_return co_await collectAll(std::move(input), out_alloc);
}

template <template <typename> typename LazyType, typename T,
          typename IAlloc = std::allocator<LazyType<T>>,
          typename OAlloc = std::allocator<Try<T>>>
  requires is_lazy<LazyType<T>>::value
inline auto collectAllWindowedPara(std::size_t maxConcurrency, bool yield,
                                   std::vector<LazyType<T>, IAlloc> input,
                                   OAlloc out_alloc = OAlloc())
    -> Lazy<std::vector<Try<T>, OAlloc>> {
  (void)maxConcurrency;
  (void)yield;
  co_return co_await collectAll(std::move(input), out_alloc);
}

} // namespace async_simple::coro

#endif
