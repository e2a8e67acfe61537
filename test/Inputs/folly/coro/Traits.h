// Stub of folly's API for async-tidy tests; mirrors folly/coro/Traits.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_TRAITS_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_TRAITS_H

#include <coroutine>
#include <type_traits>
#include <utility>

namespace folly::coro {

template <typename T>
concept is_awaiter_v = requires(T &t) {
  { t.await_ready() };
  t.await_resume();
};

namespace detail {
template <typename T>
concept has_member_operator_co_await = requires(T &&t) {
  static_cast<T &&>(t).operator co_await();
};
template <typename T>
concept has_free_operator_co_await = requires(T &&t) {
  operator co_await(static_cast<T &&>(t));
};
} // namespace detail

// Returns the awaiter a plain `co_await awaitable` would use.
template <typename Awaitable>
decltype(auto) get_awaiter(Awaitable &&awaitable) {
  if constexpr (detail::has_member_operator_co_await<Awaitable>)
    return static_cast<Awaitable &&>(awaitable).operator co_await();
  else if constexpr (detail::has_free_operator_co_await<Awaitable>)
    return operator co_await(static_cast<Awaitable &&>(awaitable));
  else
    return static_cast<Awaitable &&>(awaitable);
}

// True for types that can be co_awaited without an await_transform.
template <typename T>
inline constexpr bool is_awaitable_v =
    detail::has_member_operator_co_await<T> ||
    detail::has_free_operator_co_await<T> ||
    is_awaiter_v<std::remove_reference_t<T>>;

template <typename Awaitable>
using awaiter_type_t = decltype(get_awaiter(std::declval<Awaitable>()));

template <typename Awaitable>
using await_result_t =
    decltype(std::declval<awaiter_type_t<Awaitable> &>().await_resume());

namespace detail {
template <typename T>
struct decay_rvalue_reference {
  using type = T;
};
template <typename T>
struct decay_rvalue_reference<T &&> {
  using type = std::decay_t<T>;
};
template <typename T>
using decay_rvalue_reference_t = typename decay_rvalue_reference<T>::type;
} // namespace detail

} // namespace folly::coro

#endif
