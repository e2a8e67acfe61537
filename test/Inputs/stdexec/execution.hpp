// Stub of stdexec's API for async-tidy tests; mirrors
// stdexec/include/stdexec/execution.hpp (NVIDIA/stdexec). Only the surface
// the tests need is declared; the sender machinery is a simplified model:
// every stub sender names its single value completion as a std::tuple in
// `__stub_values_t` (std::tuple<> for "completes with no value").
//
//  * just/then/schedule/when_all/starts_on/continues_on build senders;
//  * sync_wait(sndr) BLOCKS and returns std::optional<std::tuple<V...>>;
//  * start_detached(sndr) starts the work and forgets it;
//  * with_awaitable_senders<Promise> gives a coroutine promise an
//    await_transform that makes senders awaitable (used by exec::task).
#ifndef ASYNC_TIDY_STUB_STDEXEC_EXECUTION_HPP
#define ASYNC_TIDY_STUB_STDEXEC_EXECUTION_HPP

#include <concepts>
#include <coroutine>
#include <exception>
#include <functional>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace stdexec {

struct sender_t {};
struct receiver_t {};
struct operation_state_t {};

struct set_value_t {};
struct set_error_t {};
struct set_stopped_t {};

template <class... Sigs>
struct completion_signatures {};

template <class S>
concept sender = requires {
  typename std::remove_cvref_t<S>::sender_concept;
  typename std::remove_cvref_t<S>::__stub_values_t;
};

template <class S>
using __values_of_t = typename std::remove_cvref_t<S>::__stub_values_t;

template <class Sch>
concept scheduler = requires(Sch &&sch) {
  { static_cast<Sch &&>(sch).schedule() } -> sender;
};

namespace __detail {

template <class R>
struct __as_tuple {
  using type = std::tuple<R>;
};
template <>
struct __as_tuple<void> {
  using type = std::tuple<>;
};

template <class F, class Tuple>
struct __apply_result;
template <class F, class... Vs>
struct __apply_result<F, std::tuple<Vs...>> {
  using type = typename __as_tuple<std::invoke_result_t<F, Vs...>>::type;
};

template <class... Tuples>
using __tuple_cat_t = decltype(std::tuple_cat(std::declval<Tuples>()...));

// What co_await of a sender yields: void, the single value, or a tuple.
template <class Tuple>
struct __await_result {
  using type = Tuple;
};
template <>
struct __await_result<std::tuple<>> {
  using type = void;
};
template <class V>
struct __await_result<std::tuple<V>> {
  using type = V;
};

} // namespace __detail

template <class... Vs>
struct __just_sender {
  using sender_concept = sender_t;
  using __stub_values_t = std::tuple<Vs...>;
  std::tuple<Vs...> __vals_;
};

template <class S, class F>
struct __then_sender {
  using sender_concept = sender_t;
  using __stub_values_t =
      typename __detail::__apply_result<F, __values_of_t<S>>::type;
  S __sndr_;
  F __fun_;
};

template <class... Ss>
struct __when_all_sender {
  using sender_concept = sender_t;
  using __stub_values_t = __detail::__tuple_cat_t<__values_of_t<Ss>...>;
  std::tuple<Ss...> __sndrs_;
};

template <class Sch, class S>
struct __on_sender {
  using sender_concept = sender_t;
  using __stub_values_t = __values_of_t<S>;
  Sch __sched_;
  S __sndr_;
};

// A pipeable adaptor closure: `sndr | then(f)`.
template <class Fn>
struct __closure {
  Fn __fn_;
  template <sender S>
  friend auto operator|(S &&sndr, __closure self) {
    return self.__fn_(static_cast<S &&>(sndr));
  }
};

struct just_t {
  template <class... Vs>
  __just_sender<std::decay_t<Vs>...> operator()(Vs &&...vs) const {
    return {{static_cast<Vs &&>(vs)...}};
  }
};
inline constexpr just_t just{};

struct then_t {
  template <sender S, class F>
  __then_sender<std::decay_t<S>, std::decay_t<F>> operator()(S &&sndr,
                                                             F &&f) const {
    return {static_cast<S &&>(sndr), static_cast<F &&>(f)};
  }
  template <class F>
  auto operator()(F &&f) const {
    return __closure{[f = static_cast<F &&>(f)](auto &&sndr) {
      return then_t{}(static_cast<decltype(sndr) &&>(sndr), f);
    }};
  }
};
inline constexpr then_t then{};

struct schedule_t {
  template <scheduler Sch>
  auto operator()(Sch &&sch) const {
    return static_cast<Sch &&>(sch).schedule();
  }
};
inline constexpr schedule_t schedule{};

struct when_all_t {
  template <sender... Ss>
  __when_all_sender<std::decay_t<Ss>...> operator()(Ss &&...sndrs) const {
    return {{static_cast<Ss &&>(sndrs)...}};
  }
};
inline constexpr when_all_t when_all{};

struct starts_on_t {
  template <scheduler Sch, sender S>
  __on_sender<std::decay_t<Sch>, std::decay_t<S>> operator()(Sch &&sch,
                                                             S &&sndr) const {
    return {static_cast<Sch &&>(sch), static_cast<S &&>(sndr)};
  }
};
inline constexpr starts_on_t starts_on{};
inline constexpr starts_on_t on{};

struct continues_on_t {
  template <sender S, scheduler Sch>
  __on_sender<std::decay_t<Sch>, std::decay_t<S>> operator()(S &&sndr,
                                                             Sch &&sch) const {
    return {static_cast<Sch &&>(sch), static_cast<S &&>(sndr)};
  }
};
inline constexpr continues_on_t continues_on{};
inline constexpr continues_on_t transfer{};

// Blocks the calling thread until `sndr` completes.
struct sync_wait_t {
  template <sender S>
  std::optional<__values_of_t<S>> operator()(S &&sndr) const {
    (void)sndr;
    std::terminate(); // stub: never runs
  }
};
inline constexpr sync_wait_t sync_wait{};

// Eagerly starts `sndr` and detaches from it.
struct start_detached_t {
  template <sender S>
  void operator()(S &&sndr) const {
    (void)sndr;
  }
};
inline constexpr start_detached_t start_detached{};

template <class S>
struct __sender_awaitable {
  S __sndr_;
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  typename __detail::__await_result<__values_of_t<S>>::type await_resume() {
    std::terminate(); // stub: never runs
  }
};

template <class T>
concept __awaitable =
    requires(T &&t) { static_cast<T &&>(t).operator co_await(); } ||
    requires(T &&t) { operator co_await(static_cast<T &&>(t)); } ||
    requires(std::remove_reference_t<T> &t) {
      t.await_ready();
      t.await_resume();
    };

struct as_awaitable_t {
  template <class T, class Promise>
  decltype(auto) operator()(T &&t, Promise &) const {
    if constexpr (sender<T> && !__awaitable<T>)
      return __sender_awaitable<std::decay_t<T>>{static_cast<T &&>(t)};
    else
      return static_cast<T &&>(t);
  }
};
inline constexpr as_awaitable_t as_awaitable{};

// Mixin for coroutine promises: co_await of a sender is allowed.
template <class Promise>
struct with_awaitable_senders {
  template <class Value>
  decltype(auto) await_transform(Value &&value) {
    return as_awaitable(static_cast<Value &&>(value),
                        static_cast<Promise &>(*this));
  }

  void set_continuation(std::coroutine_handle<> h) noexcept {
    __continuation_ = h;
  }
  std::coroutine_handle<> continuation() const noexcept {
    return __continuation_;
  }
  std::coroutine_handle<> unhandled_stopped() noexcept {
    return std::noop_coroutine();
  }

private:
  std::coroutine_handle<> __continuation_{};
};

// A simple execution context driven by the calling thread.
class run_loop {
public:
  class __scheduler {
  public:
    __just_sender<> schedule() const noexcept { return {}; }
    bool operator==(const __scheduler &) const noexcept = default;
  };

  __scheduler get_scheduler() noexcept { return {}; }
  void run();
  void finish();
};

class inplace_stop_token {
public:
  bool stop_requested() const noexcept;
  bool stop_possible() const noexcept;
};

class inplace_stop_source {
public:
  inplace_stop_token get_token() const noexcept;
  bool request_stop() noexcept;
  bool stop_requested() const noexcept;
};

} // namespace stdexec

#endif
