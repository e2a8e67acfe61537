// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/when_all_ready.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
//
// when_all_ready(...) never throws: co_await yields a std::tuple (variadic
// overload) or std::vector (vector overload) of detail::when_all_task<R>;
// each element's .result() returns the value or rethrows the exception.
#ifndef ASYNC_TIDY_STUB_CPPCORO_WHEN_ALL_READY_HPP
#define ASYNC_TIDY_STUB_CPPCORO_WHEN_ALL_READY_HPP

#include <exception>
#include <functional>
#include <tuple>
#include <type_traits>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/detail/when_all_ready_awaitable.hpp>
#include <cppcoro/detail/when_all_task.hpp>

namespace cppcoro {

template <typename... AWAITABLES>
[[nodiscard]] auto when_all_ready(AWAITABLES &&...awaitables)
    -> detail::when_all_ready_awaitable<std::tuple<detail::when_all_task<
        typename awaitable_traits<detail::unwrap_reference_t<
            std::remove_reference_t<AWAITABLES>>>::await_result_t>...>> {
  ((void)awaitables, ...);
  std::terminate(); // stub: never runs
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t>
[[nodiscard]] auto when_all_ready(std::vector<AWAITABLE> awaitables)
    -> detail::when_all_ready_awaitable<
        std::vector<detail::when_all_task<RESULT>>> {
  (void)awaitables;
  std::terminate(); // stub: never runs
}

} // namespace cppcoro

#endif
