// Stub of folly's API for async-tidy tests; mirrors folly/coro/ViaIfAsync.h
// (facebook/folly). Only the surface the tests need is declared.
//
// co_viaIfAsync(executor, x) is what folly::coro::Task's promise applies to
// every co_await operand (through await_transform). It is found by ADL:
// Task<T>, TaskWithExecutor<T> and SemiFuture<T> provide hidden friends;
// the defaults below handle plain awaitables and types with a
// .viaIfAsync(executor) member (e.g. coro::Mutex lock operations).
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_VIAIFASYNC_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_VIAIFASYNC_H

#include <coroutine>
#include <type_traits>
#include <utility>

#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/coro/Traits.h>

namespace folly::coro {

// Wraps an awaitable so that the awaiting coroutine resumes on `executor`.
template <typename Awaitable>
class ViaIfAsyncAwaitable {
public:
  explicit ViaIfAsyncAwaitable(Executor::KeepAlive<> executor,
                               Awaitable &&awaitable)
      : executor_(std::move(executor)),
        awaitable_(static_cast<Awaitable &&>(awaitable)) {}

  class Awaiter {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    await_result_t<Awaitable> await_resume();
  };

  Awaiter operator co_await() && noexcept { return Awaiter{}; }

private:
  Executor::KeepAlive<> executor_;
  Awaitable awaitable_;
};

namespace detail::adl {

template <typename T>
concept has_via_if_async_member =
    requires(T &&t, Executor::KeepAlive<> e) {
      static_cast<T &&>(t).viaIfAsync(std::move(e));
    };

template <typename Awaitable>
  requires(is_awaitable_v<Awaitable> &&
           !has_via_if_async_member<Awaitable>)
ViaIfAsyncAwaitable<std::remove_cvref_t<Awaitable>>
co_viaIfAsync(Executor::KeepAlive<> executor, Awaitable &&awaitable) {
  return ViaIfAsyncAwaitable<std::remove_cvref_t<Awaitable>>(
      std::move(executor), std::remove_cvref_t<Awaitable>(
                               static_cast<Awaitable &&>(awaitable)));
}

template <typename SemiAwaitable>
  requires has_via_if_async_member<SemiAwaitable>
auto co_viaIfAsync(Executor::KeepAlive<> executor,
                   SemiAwaitable &&awaitable)
    -> decltype(static_cast<SemiAwaitable &&>(awaitable).viaIfAsync(
        std::move(executor))) {
  return static_cast<SemiAwaitable &&>(awaitable).viaIfAsync(
      std::move(executor));
}

struct ViaIfAsyncFunction {
  template <typename Awaitable>
  auto operator()(Executor::KeepAlive<> executor,
                  Awaitable &&awaitable) const
      -> decltype(co_viaIfAsync(std::move(executor),
                                static_cast<Awaitable &&>(awaitable))) {
    return co_viaIfAsync(std::move(executor),
                         static_cast<Awaitable &&>(awaitable));
  }
};

} // namespace detail::adl

// Customisation point object (kept in its own namespace so that hidden
// friends called co_viaIfAsync can coexist with it, as in folly).
namespace folly_cpo__ {
inline constexpr detail::adl::ViaIfAsyncFunction co_viaIfAsync{};
} // namespace folly_cpo__
using namespace folly_cpo__;

template <typename SemiAwaitable>
concept is_semi_awaitable_v = requires(SemiAwaitable &&a) {
  folly::coro::co_viaIfAsync(std::declval<Executor::KeepAlive<>>(),
                             static_cast<SemiAwaitable &&>(a));
};

template <typename SemiAwaitable>
using semi_await_awaitable_t = decltype(folly::coro::co_viaIfAsync(
    std::declval<Executor::KeepAlive<>>(), std::declval<SemiAwaitable>()));

// Result of `co_await x` for x awaited inside a folly::coro::Task.
template <typename SemiAwaitable>
using semi_await_result_t =
    await_result_t<semi_await_awaitable_t<SemiAwaitable>>;

namespace detail {

template <typename SemiAwaitable>
class TryAwaitable {
public:
  explicit TryAwaitable(SemiAwaitable &&awaitable)
      : awaitable_(static_cast<SemiAwaitable &&>(awaitable)) {}

  class Awaiter {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    Try<semi_await_result_t<SemiAwaitable>> await_resume();
  };

  friend Awaiter co_viaIfAsync(Executor::KeepAlive<>,
                               TryAwaitable &&) noexcept {
    return Awaiter{};
  }

private:
  SemiAwaitable awaitable_;
};

} // namespace detail

// `co_await co_awaitTry(x)` yields a folly::Try instead of throwing.
template <typename SemiAwaitable>
  requires is_semi_awaitable_v<SemiAwaitable>
detail::TryAwaitable<std::remove_cvref_t<SemiAwaitable>>
co_awaitTry(SemiAwaitable &&awaitable) {
  return detail::TryAwaitable<std::remove_cvref_t<SemiAwaitable>>(
      std::remove_cvref_t<SemiAwaitable>(
          static_cast<SemiAwaitable &&>(awaitable)));
}

} // namespace folly::coro

#endif
