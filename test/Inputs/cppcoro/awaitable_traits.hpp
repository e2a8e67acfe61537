// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/awaitable_traits.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared; nothing here runs.
#ifndef ASYNC_TIDY_STUB_CPPCORO_AWAITABLE_TRAITS_HPP
#define ASYNC_TIDY_STUB_CPPCORO_AWAITABLE_TRAITS_HPP

#include <coroutine>
#include <functional>
#include <type_traits>
#include <utility>

namespace cppcoro {
namespace detail {

template <typename T>
concept has_member_co_await = requires(T &&t) {
  static_cast<T &&>(t).operator co_await();
};

template <typename T>
concept has_free_co_await = requires(T &&t) {
  operator co_await(static_cast<T &&>(t));
};

// Returns the awaiter that a plain `co_await t` (no await_transform) uses.
template <typename T>
decltype(auto) get_awaiter(T &&value) {
  if constexpr (has_member_co_await<T>)
    return static_cast<T &&>(value).operator co_await();
  else if constexpr (has_free_co_await<T>)
    return operator co_await(static_cast<T &&>(value));
  else
    return static_cast<T &&>(value);
}

template <typename T>
struct unwrap_reference {
  using type = T;
};
template <typename T>
struct unwrap_reference<std::reference_wrapper<T>> {
  using type = T;
};
template <typename T>
using unwrap_reference_t = typename unwrap_reference<T>::type;

template <typename T>
struct remove_rvalue_reference {
  using type = T;
};
template <typename T>
struct remove_rvalue_reference<T &&> {
  using type = T;
};
template <typename T>
using remove_rvalue_reference_t = typename remove_rvalue_reference<T>::type;

// Placeholder for the result of a void awaitable inside when_all's tuple.
struct void_value {};

} // namespace detail

template <typename T, typename = void>
struct awaitable_traits {};

template <typename T>
struct awaitable_traits<
    T, std::void_t<decltype(detail::get_awaiter(std::declval<T>())
                                .await_resume())>> {
  using awaiter_t = decltype(detail::get_awaiter(std::declval<T>()));
  using await_result_t = decltype(std::declval<awaiter_t>().await_resume());
};

} // namespace cppcoro

#endif
