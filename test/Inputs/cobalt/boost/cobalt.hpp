// Stub of Boost.Cobalt's API for async-tidy tests; mirrors
// boost/cobalt.hpp and boost/cobalt/{task,promise,generator,detached,spawn,
// run,join,gather,race,this_thread,this_coro}.hpp (boostorg/cobalt, Boost
// 1.84-1.87). Only the surface the tests need is declared; bodies are
// placeholders. Debian's Boost 1.81 has no Cobalt, so this lives under
// test/Inputs/cobalt and is added with an explicit -isystem; it reuses the
// installed Boost.Asio/System/Variant2 headers when they exist.
//
//  * task<T>      LAZY  (initial_suspend() returns std::suspend_always);
//  * promise<T>   EAGER (initial_suspend() returns std::suspend_never);
//  * generator<Y> EAGER; co_await gen yields the next value;
//  * detached     EAGER, fire-and-forget, no handle.
// All of task/promise/generator are awaitable through a member
// operator co_await. spawn(exec, task, token) takes an Asio completion
// token such as boost::asio::detached (cobalt::detached is a coroutine
// type, not a token).
#ifndef ASYNC_TIDY_STUB_BOOST_COBALT_HPP
#define ASYNC_TIDY_STUB_BOOST_COBALT_HPP

#include <concepts>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <iterator>
#include <optional>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#if __has_include(<boost/asio/any_io_executor.hpp>) &&                        \
    __has_include(<boost/asio/detached.hpp>) &&                                \
    __has_include(<boost/asio/this_coro.hpp>)
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/this_coro.hpp>
#define ASYNC_TIDY_STUB_COBALT_HAS_ASIO 1
#else
namespace boost::asio {
class any_io_executor {
public:
  any_io_executor() noexcept = default;
  template <typename Executor>
  any_io_executor(Executor) noexcept {}
};
class detached_t {
public:
  constexpr detached_t() {}
};
inline constexpr detached_t detached;
namespace this_coro {
struct executor_t {
  constexpr executor_t() {}
};
inline constexpr executor_t executor;
} // namespace this_coro
} // namespace boost::asio
#endif

#if __has_include(<boost/system/result.hpp>)
#include <boost/system/result.hpp>
#define ASYNC_TIDY_STUB_COBALT_HAS_SYSTEM_RESULT 1
#endif

#if __has_include(<boost/variant2/variant.hpp>)
#include <boost/variant2/variant.hpp>
#define ASYNC_TIDY_STUB_COBALT_HAS_VARIANT2 1
#endif

namespace boost::cobalt {

using executor = boost::asio::any_io_executor;

namespace this_coro {
using namespace boost::asio::this_coro;
} // namespace this_coro

namespace this_thread {
// The executor eager coroutines (promise/generator/detached) start on.
executor &get_executor();
bool has_executor();
void set_executor(executor exec) noexcept;
} // namespace this_thread

template <typename Context>
concept with_get_executor = requires(Context &ctx) {
  { ctx.get_executor() } -> std::convertible_to<executor>;
};

namespace detail {

#if ASYNC_TIDY_STUB_COBALT_HAS_VARIANT2
using monostate = boost::variant2::monostate;
template <typename... Ts>
using variant = boost::variant2::variant<Ts...>;
#else
using monostate = std::monostate;
template <typename... Ts>
using variant = std::variant<Ts...>;
#endif

#if ASYNC_TIDY_STUB_COBALT_HAS_SYSTEM_RESULT
template <typename T>
using result = boost::system::result<T, std::exception_ptr>;
#else
template <typename T>
class result {
public:
  bool has_value() const noexcept;
  bool has_error() const noexcept;
  explicit operator bool() const noexcept { return has_value(); }
  T &value() &;
  T &operator*();
  std::exception_ptr error() const;
};
template <>
class result<void> {
public:
  bool has_value() const noexcept;
  bool has_error() const noexcept;
  explicit operator bool() const noexcept { return has_value(); }
  void value() const;
  std::exception_ptr error() const;
};
#endif

template <typename T>
using void_as_monostate = std::conditional_t<std::is_void_v<T>, monostate, T>;

template <typename Aw>
decltype(auto) get_awaitable_type(Aw &&aw) {
  if constexpr (requires { static_cast<Aw &&>(aw).operator co_await(); })
    return static_cast<Aw &&>(aw).operator co_await();
  else if constexpr (requires { operator co_await(static_cast<Aw &&>(aw)); })
    return operator co_await(static_cast<Aw &&>(aw));
  else
    return static_cast<Aw &&>(aw);
}

template <typename Aw>
using co_await_result_t = decltype(std::declval<decltype(get_awaitable_type(
                                       std::declval<Aw>())) &>()
                                       .await_resume());

template <typename R>
struct value_awaitable {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  R await_resume() {
    std::terminate(); // stub: never runs
  }
};

template <>
struct value_awaitable<void> {
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  void await_resume() {}
};

struct executor_awaiter {
  executor exec;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  executor await_resume() const noexcept { return exec; }
};

// await_transform shared by all cobalt promises: `co_await
// cobalt::this_coro::executor` yields the coroutine's executor; anything
// else is awaited as is.
struct promise_await_transform {
  executor_awaiter
  await_transform(const boost::asio::this_coro::executor_t &) const {
    return executor_awaiter{};
  }
  template <typename Aw>
  Aw &&await_transform(Aw &&aw) const noexcept {
    return static_cast<Aw &&>(aw);
  }
};

template <typename T>
struct return_value_or_void {
  void return_value(T value) { value_.emplace(std::move(value)); }
  std::optional<T> value_;
};
template <>
struct return_value_or_void<void> {
  void return_void() {}
};

template <typename T>
struct task_promise;
template <typename T>
struct cobalt_promise;
template <typename Yield, typename Push>
struct generator_promise;
struct detached_promise;

template <typename Promise, typename T>
struct handle_awaiter {
  std::coroutine_handle<Promise> handle_;
  bool await_ready() const noexcept { return !handle_ || handle_.done(); }
  std::coroutine_handle<>
  await_suspend(std::coroutine_handle<> awaiter) noexcept {
    handle_.promise().awaiter_ = awaiter;
    return std::noop_coroutine();
  }
  T await_resume() {
    if (handle_.promise().exception_)
      std::rethrow_exception(handle_.promise().exception_);
    if constexpr (!std::is_void_v<T>)
      return std::move(*handle_.promise().value_);
  }
};

} // namespace detail

// ------------------------------------------------------------------ task
template <typename Return>
struct [[nodiscard]] task {
  using promise_type = detail::task_promise<Return>;

  task(task &&lhs) noexcept : handle_(std::exchange(lhs.handle_, {})) {}
  task &operator=(task &&lhs) noexcept {
    std::swap(handle_, lhs.handle_);
    return *this;
  }
  task(const task &) = delete;
  task &operator=(const task &) = delete;
  ~task() {
    if (handle_)
      handle_.destroy();
  }

  auto operator co_await() {
    return detail::handle_awaiter<promise_type, Return>{handle_};
  }
  bool ready() const { return !handle_ || handle_.done(); }

private:
  friend promise_type;
  explicit task(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// --------------------------------------------------------------- promise
template <typename Return>
struct [[nodiscard]] promise {
  using promise_type = detail::cobalt_promise<Return>;

  promise(promise &&lhs) noexcept
      : handle_(std::exchange(lhs.handle_, {})), attached_(lhs.attached_) {}
  promise &operator=(promise &&lhs) noexcept {
    std::swap(handle_, lhs.handle_);
    std::swap(attached_, lhs.attached_);
    return *this;
  }
  promise(const promise &) = delete;
  // Cancels the coroutine unless it was attach()ed.
  ~promise() = default;

  auto operator co_await() {
    return detail::handle_awaiter<promise_type, Return>{handle_};
  }
  bool ready() const { return !handle_ || handle_.done(); }
  explicit operator bool() const { return !ready(); }

  // Blocking-free retrieval of a finished promise's result.
  Return get();
  void cancel();
  bool attached() const { return attached_; }
  void detach() { attached_ = true; }
  void attach() { attached_ = true; }

private:
  friend promise_type;
  explicit promise(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
  bool attached_ = false;
};

// ------------------------------------------------------------- generator
template <typename Yield, typename Push = void>
struct [[nodiscard]] generator {
  using promise_type = detail::generator_promise<Yield, Push>;

  generator(generator &&lhs) noexcept : handle_(std::exchange(lhs.handle_, {})) {}
  generator &operator=(generator &&lhs) noexcept {
    std::swap(handle_, lhs.handle_);
    return *this;
  }
  generator(const generator &) = delete;
  ~generator() {
    if (handle_)
      handle_.destroy();
  }

  // True while the generator can still produce values.
  explicit operator bool() const { return handle_ && !handle_.done(); }

  // co_await gen yields the next value.
  auto operator co_await() { return detail::value_awaitable<Yield>{}; }
  // co_await gen(push) pushes a value and yields the next one.
  template <typename P = Push>
    requires(!std::is_void_v<P>)
  auto operator()(P push) {
    (void)push;
    return detail::value_awaitable<Yield>{};
  }

  void cancel();
  bool ready() const;

private:
  friend promise_type;
  explicit generator(std::coroutine_handle<promise_type> h) : handle_(h) {}
  std::coroutine_handle<promise_type> handle_;
};

// -------------------------------------------------------------- detached
struct detached {
  using promise_type = detail::detached_promise;
};

namespace detail {

template <typename T>
struct task_promise : promise_await_transform, return_value_or_void<T> {
  task<T> get_return_object() {
    return task<T>{std::coroutine_handle<task_promise>::from_promise(*this)};
  }
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception_ = std::current_exception(); }

  std::exception_ptr exception_;
  std::coroutine_handle<> awaiter_;
};

template <typename T>
struct cobalt_promise : promise_await_transform, return_value_or_void<T> {
  promise<T> get_return_object() {
    return promise<T>{
        std::coroutine_handle<cobalt_promise>::from_promise(*this)};
  }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception_ = std::current_exception(); }

  std::exception_ptr exception_;
  std::coroutine_handle<> awaiter_;
};

template <typename Yield, typename Push>
struct generator_promise : promise_await_transform {
  generator<Yield, Push> get_return_object() {
    return generator<Yield, Push>{
        std::coroutine_handle<generator_promise>::from_promise(*this)};
  }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void unhandled_exception() { exception_ = std::current_exception(); }

  // co_yield evaluates to the next pushed value (void if Push is void).
  value_awaitable<Push> yield_value(Yield value) {
    (void)value;
    return {};
  }
  void return_value(Yield value) { (void)value; }

  std::exception_ptr exception_;
};

struct detached_promise : promise_await_transform {
  detached get_return_object() { return {}; }
  std::suspend_never initial_suspend() noexcept { return {}; }
  std::suspend_never final_suspend() noexcept { return {}; }
  void unhandled_exception() { throw; }
  void return_void() {}
};

} // namespace detail

// ------------------------------------------------------------------- run
// Runs the task on a new io_context, blocking until it completes.
template <typename T>
T run(task<T> t) {
  (void)t;
  std::terminate(); // stub: never runs
}

template <typename T>
T run(executor exec, task<T> t) {
  (void)exec;
  (void)t;
  std::terminate(); // stub: never runs
}

// ----------------------------------------------------------------- spawn
// Starts the task on the executor; completion goes to the Asio token.
template <with_get_executor Context, typename T, typename CompletionToken>
void spawn(Context &context, task<T> &&t, CompletionToken &&token) {
  (void)context;
  (void)t;
  (void)token;
}

template <std::convertible_to<executor> Executor, typename T,
          typename CompletionToken>
void spawn(Executor exec, task<T> &&t, CompletionToken &&token) {
  (void)exec;
  (void)t;
  (void)token;
}

// --------------------------------------------------- join / gather / race
// join: awaits all; throws the first exception; void -> monostate.
template <typename... Aws>
auto join(Aws &&...aws) -> detail::value_awaitable<std::tuple<
    detail::void_as_monostate<detail::co_await_result_t<Aws>>...>> {
  ((void)aws, ...);
  return {};
}

template <std::ranges::range Range>
  requires(!std::is_void_v<
           detail::co_await_result_t<std::ranges::range_value_t<Range>>>)
auto join(Range &&aws) -> detail::value_awaitable<std::vector<
    detail::co_await_result_t<std::ranges::range_value_t<Range>>>> {
  (void)aws;
  return {};
}

template <std::ranges::range Range>
  requires std::is_void_v<
      detail::co_await_result_t<std::ranges::range_value_t<Range>>>
auto join(Range &&aws) -> detail::value_awaitable<void> {
  (void)aws;
  return {};
}

// gather: awaits all; each result is a system::result<T, exception_ptr>.
template <typename... Aws>
auto gather(Aws &&...aws) -> detail::value_awaitable<
    std::tuple<detail::result<detail::co_await_result_t<Aws>>...>> {
  ((void)aws, ...);
  return {};
}

template <std::ranges::range Range>
auto gather(Range &&aws) -> detail::value_awaitable<std::vector<detail::result<
    detail::co_await_result_t<std::ranges::range_value_t<Range>>>>> {
  (void)aws;
  return {};
}

// race: the first to complete wins; the others are cancelled.
template <typename... Aws>
auto race(Aws &&...aws) -> detail::value_awaitable<detail::variant<
    detail::void_as_monostate<detail::co_await_result_t<Aws>>...>> {
  ((void)aws, ...);
  return {};
}

template <typename... Aws>
auto left_race(Aws &&...aws) -> detail::value_awaitable<detail::variant<
    detail::void_as_monostate<detail::co_await_result_t<Aws>>...>> {
  ((void)aws, ...);
  return {};
}

} // namespace boost::cobalt

#endif
