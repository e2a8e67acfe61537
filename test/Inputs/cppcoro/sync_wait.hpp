// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/sync_wait.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
//
// sync_wait(awaitable) blocks the calling thread until the awaitable
// completes and returns its result.
#ifndef ASYNC_TIDY_STUB_CPPCORO_SYNC_WAIT_HPP
#define ASYNC_TIDY_STUB_CPPCORO_SYNC_WAIT_HPP

#include <exception>

#include <cppcoro/awaitable_traits.hpp>

namespace cppcoro {

template <typename AWAITABLE>
auto sync_wait(AWAITABLE &&awaitable) ->
    typename cppcoro::awaitable_traits<AWAITABLE &&>::await_result_t {
  (void)awaitable;
  std::terminate(); // stub: never runs
}

} // namespace cppcoro

#endif
