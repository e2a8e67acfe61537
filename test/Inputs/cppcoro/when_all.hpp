// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/when_all.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
//
// when_all(...) is the throwing variant: co_await yields a std::tuple of the
// results (a void result becomes detail::void_value) for the variadic
// overload, a std::vector of results (or void) for the vector overload, and
// rethrows the first exception of any awaitable.
#ifndef ASYNC_TIDY_STUB_CPPCORO_WHEN_ALL_HPP
#define ASYNC_TIDY_STUB_CPPCORO_WHEN_ALL_HPP

#include <functional>
#include <tuple>
#include <type_traits>
#include <vector>

#include <cppcoro/awaitable_traits.hpp>
#include <cppcoro/detail/when_all_ready_awaitable.hpp>
#include <cppcoro/when_all_ready.hpp>

namespace cppcoro {
namespace detail {

template <typename AWAITABLE>
using when_all_element_result_t = typename awaitable_traits<
    unwrap_reference_t<std::remove_reference_t<AWAITABLE>>>::await_result_t;

template <typename R>
using when_all_tuple_element_t =
    std::conditional_t<std::is_void_v<R>, void_value, std::decay_t<R>>;

template <typename R>
using when_all_vector_element_t =
    std::conditional_t<std::is_lvalue_reference_v<R>,
                       std::reference_wrapper<std::remove_reference_t<R>>,
                       std::remove_reference_t<R>>;

} // namespace detail

template <typename... AWAITABLES>
  requires(sizeof...(AWAITABLES) > 0)
[[nodiscard]] auto when_all(AWAITABLES &&...awaitables)
    -> detail::when_all_value_awaitable<
        std::tuple<detail::when_all_tuple_element_t<
            detail::when_all_element_result_t<AWAITABLES>>...>> {
  ((void)awaitables, ...);
  return {};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t>
  requires(!std::is_void_v<RESULT>)
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables)
    -> detail::when_all_value_awaitable<
        std::vector<detail::when_all_vector_element_t<RESULT>>> {
  (void)awaitables;
  return {};
}

template <typename AWAITABLE,
          typename RESULT = typename awaitable_traits<
              detail::unwrap_reference_t<AWAITABLE>>::await_result_t>
  requires std::is_void_v<RESULT>
[[nodiscard]] auto when_all(std::vector<AWAITABLE> awaitables)
    -> detail::when_all_value_awaitable<void> {
  (void)awaitables;
  return {};
}

} // namespace cppcoro

#endif
