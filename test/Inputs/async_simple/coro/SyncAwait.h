// Stub of async_simple's API for async-tidy tests; mirrors
// async_simple/coro/SyncAwait.h (alibaba/async_simple). Only the surface the
// tests need is declared.
//
// syncAwait(lazy) BLOCKS the calling thread until the lazy completes and
// returns its value (rethrowing its exception).
#ifndef ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_SYNCAWAIT_H
#define ASYNC_TIDY_STUB_ASYNC_SIMPLE_CORO_SYNCAWAIT_H

#include <exception>
#include <type_traits>

#include <async_simple/Executor.h>
#include <async_simple/coro/Lazy.h>

namespace async_simple::coro {

template <typename LazyType>
inline auto syncAwait(LazyType &&lazy) ->
    typename std::decay_t<LazyType>::ValueType {
  (void)lazy;
  std::terminate(); // stub: never runs
}

template <typename LazyType>
inline auto syncAwait(LazyType &&lazy, Executor *ex) ->
    typename std::decay_t<LazyType>::ValueType {
  (void)lazy;
  (void)ex;
  std::terminate(); // stub: never runs
}

} // namespace async_simple::coro

#endif
