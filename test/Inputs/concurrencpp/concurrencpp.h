// Stub of concurrencpp's API for async-tidy tests; mirrors
// concurrencpp/include/concurrencpp/concurrencpp.h and the headers it pulls
// in (results/result.h, results/lazy_result.h, results/promises.h,
// results/when_result.h, results/resume_on.h, results/generator.h,
// executors/*.h, runtime/runtime.h) of David-Haim/concurrencpp 0.1.7.
// Only the surface the tests need is declared; bodies are placeholders.
//
// As in the real library, promise types are selected through
// std::coroutine_traits specialisations (not nested promise_type):
//  * result<T>      EAGER: initial_suspend() returns std::suspend_never
//                   (unless the first parameter is executor_tag, in which
//                   case the coroutine is first rescheduled on the executor);
//                   awaitable via operator co_await; get()/wait() block.
//  * lazy_result<T> LAZY: initial_suspend() returns std::suspend_always.
//  * null_result    fire-and-forget: eager, nothing to await or get.
#ifndef ASYNC_TIDY_STUB_CONCURRENCPP_H
#define ASYNC_TIDY_STUB_CONCURRENCPP_H

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace concurrencpp {

template <class type>
class result;
template <class type>
class lazy_result;
template <class type>
class generator;
class null_result {};
class executor;
class task;

struct executor_tag {};

enum class result_status { idle, value, exception };

namespace errors {
struct empty_result : public std::runtime_error {
  using runtime_error::runtime_error;
};
struct broken_task : public std::runtime_error {
  using runtime_error::runtime_error;
};
struct runtime_shutdown : public std::runtime_error {
  using runtime_error::runtime_error;
};
} // namespace errors

namespace details {

using std::coroutine_handle;
using std::suspend_always;
using std::suspend_never;

template <class type>
struct await_value {
  using result_type = type;
};

template <class type>
class result_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(coroutine_handle<> caller_handle) noexcept {
    (void)caller_handle;
  }
  type await_resume();
};

template <class type>
class resolve_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  void await_suspend(coroutine_handle<> caller_handle) noexcept {
    (void)caller_handle;
  }
  result<type> await_resume();
};

template <class type>
class lazy_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  coroutine_handle<> await_suspend(coroutine_handle<> caller_handle) noexcept {
    return caller_handle;
  }
  type await_resume();
};

template <class type>
class lazy_resolve_awaitable {
public:
  bool await_ready() const noexcept { return false; }
  coroutine_handle<> await_suspend(coroutine_handle<> caller_handle) noexcept {
    return caller_handle;
  }
  lazy_result<type> await_resume();
};

template <class derived_type, class type>
struct return_value_struct {
  template <class return_type>
  void return_value(return_type &&value) {
    (void)value;
  }
};

template <class derived_type>
struct return_value_struct<derived_type, void> {
  void return_void() noexcept {}
};

struct initialy_resumed_promise {
  suspend_never initial_suspend() const noexcept { return {}; }
};

template <class executor_type>
struct initial_scheduling_awaiter : public suspend_always {
  void await_suspend(coroutine_handle<void> handle) const { (void)handle; }
};

template <class executor_type>
struct initialy_rescheduled_promise {
  initial_scheduling_awaiter<executor_type> initial_suspend() const noexcept {
    return {};
  }
};

struct null_result_promise {
  null_result get_return_object() const noexcept { return {}; }
  suspend_never final_suspend() const noexcept { return {}; }
  void unhandled_exception() const noexcept {}
  void return_void() const noexcept {}
};

struct result_publisher : public suspend_always {
  template <class promise_type>
  bool await_suspend(coroutine_handle<promise_type> handle) const noexcept {
    (void)handle;
    return false;
  }
};

template <class type>
struct result_coro_promise
    : public return_value_struct<result_coro_promise<type>, type> {
  ::concurrencpp::result<type> get_return_object() noexcept;
  void unhandled_exception() noexcept {}
  result_publisher final_suspend() const noexcept { return {}; }
};

struct initialy_resumed_null_result_promise : public initialy_resumed_promise,
                                              public null_result_promise {};

template <class return_type>
struct initialy_resumed_result_promise
    : public initialy_resumed_promise,
      public result_coro_promise<return_type> {};

template <class executor_type>
struct initialy_rescheduled_null_result_promise
    : public initialy_rescheduled_promise<executor_type>,
      public null_result_promise {};

template <class return_type, class executor_type>
struct initialy_rescheduled_result_promise
    : public initialy_rescheduled_promise<executor_type>,
      public result_coro_promise<return_type> {};

template <class type>
class lazy_promise : public return_value_struct<lazy_promise<type>, type> {
public:
  lazy_result<type> get_return_object() noexcept;
  suspend_always initial_suspend() const noexcept { return {}; }
  suspend_always final_suspend() const noexcept { return {}; }
  void unhandled_exception() noexcept {}
};

template <class type>
class generator_state {
public:
  using value_type = std::remove_reference_t<type>;

  generator<type> get_return_object() noexcept;
  suspend_always initial_suspend() const noexcept { return {}; }
  suspend_always final_suspend() const noexcept { return {}; }
  suspend_always yield_value(value_type &ref) noexcept {
    m_value = std::addressof(ref);
    return {};
  }
  suspend_always yield_value(value_type &&ref) noexcept {
    m_value = std::addressof(ref);
    return {};
  }
  void unhandled_exception() noexcept {}
  void return_void() const noexcept {}
  value_type &value() const noexcept { return *m_value; }

private:
  value_type *m_value = nullptr;
};

struct generator_end_iterator {};

template <class type>
class generator_iterator {
public:
  using value_type = std::remove_reference_t<type>;
  using reference = value_type &;
  using pointer = value_type *;
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;

  generator_iterator(coroutine_handle<generator_state<type>> handle) noexcept
      : m_coro_handle(handle) {}

  generator_iterator &operator++() {
    m_coro_handle.resume();
    return *this;
  }
  void operator++(int) { (void)operator++(); }
  reference operator*() const noexcept { return m_coro_handle.promise().value(); }
  pointer operator->() const noexcept { return std::addressof(operator*()); }

  friend bool operator==(const generator_iterator &it,
                         generator_end_iterator) noexcept {
    return it.m_coro_handle.done();
  }

private:
  coroutine_handle<generator_state<type>> m_coro_handle;
};

template <class executor_type>
class resume_on_awaitable : public suspend_always {
public:
  explicit resume_on_awaitable(executor_type &executor) noexcept
      : m_executor(executor) {}
  void await_suspend(coroutine_handle<void> handle) { (void)handle; }
  void await_resume() const {}

private:
  executor_type &m_executor;
};

template <class callable_type, class... argument_types>
using submit_result_t =
    std::invoke_result_t<callable_type, argument_types...>;

} // namespace details

// ------------------------------------------------------------------ result
template <class type>
class result {
public:
  using value_type = type;

  result() noexcept = default;
  result(result &&rhs) noexcept = default;
  result &operator=(result &&rhs) noexcept = default;
  result(const result &rhs) = delete;
  result &operator=(const result &rhs) = delete;
  ~result() noexcept = default;

  explicit operator bool() const noexcept { return valid(); }
  bool valid() const noexcept { return static_cast<bool>(m_state); }

  result_status status() const;

  // Blocking.
  void wait();
  template <class duration_unit, class ratio>
  result_status wait_for(std::chrono::duration<duration_unit, ratio> duration);
  template <class clock, class duration>
  result_status wait_until(std::chrono::time_point<clock, duration> timeout_time);
  type get();

  // Non-blocking, from a coroutine.
  details::result_awaitable<type> operator co_await() { return {}; }
  details::resolve_awaitable<type> resolve() { return {}; }

private:
  template <class>
  friend struct details::result_coro_promise;
  std::shared_ptr<void> m_state;
};

// ------------------------------------------------------------- lazy_result
template <class type>
class lazy_result {
public:
  using value_type = type;

  lazy_result() noexcept = default;
  lazy_result(lazy_result &&rhs) noexcept
      : m_state(std::exchange(rhs.m_state, {})) {}
  explicit lazy_result(
      details::coroutine_handle<details::lazy_promise<type>> state) noexcept
      : m_state(state) {}
  ~lazy_result() noexcept {
    if (m_state)
      m_state.destroy();
  }
  lazy_result &operator=(lazy_result &&rhs) noexcept {
    std::swap(m_state, rhs.m_state);
    return *this;
  }
  lazy_result(const lazy_result &) = delete;
  lazy_result &operator=(const lazy_result &) = delete;

  explicit operator bool() const noexcept { return valid(); }
  bool valid() const noexcept { return static_cast<bool>(m_state); }
  result_status status() const;

  details::lazy_awaitable<type> operator co_await() { return {}; }
  details::lazy_resolve_awaitable<type> resolve() { return {}; }

  // Starts the lazy coroutine and returns an (eager) result for it.
  result<type> run();

private:
  details::coroutine_handle<details::lazy_promise<type>> m_state;
};

// --------------------------------------------------------------- generator
template <class type>
class generator {
public:
  using promise_type = details::generator_state<type>;
  using iterator = details::generator_iterator<type>;

  generator(details::coroutine_handle<promise_type> handle) noexcept
      : m_coro_handle(handle) {}
  generator(generator &&rhs) noexcept
      : m_coro_handle(std::exchange(rhs.m_coro_handle, {})) {}
  ~generator() noexcept {
    if (m_coro_handle)
      m_coro_handle.destroy();
  }
  generator(const generator &rhs) = delete;
  generator &operator=(generator &&rhs) = delete;
  generator &operator=(const generator &rhs) = delete;

  explicit operator bool() const noexcept {
    return static_cast<bool>(m_coro_handle);
  }

  iterator begin() {
    m_coro_handle.resume();
    return iterator{m_coro_handle};
  }
  static details::generator_end_iterator end() noexcept { return {}; }

private:
  details::coroutine_handle<promise_type> m_coro_handle;
};

namespace details {
template <class type>
::concurrencpp::result<type>
result_coro_promise<type>::get_return_object() noexcept {
  return {};
}
template <class type>
lazy_result<type> lazy_promise<type>::get_return_object() noexcept {
  return lazy_result<type>{
      coroutine_handle<lazy_promise<type>>::from_promise(*this)};
}
template <class type>
generator<type> generator_state<type>::get_return_object() noexcept {
  return generator<type>{
      coroutine_handle<generator_state<type>>::from_promise(*this)};
}
} // namespace details

// --------------------------------------------------------------- executors
class task {
public:
  task() noexcept = default;
  template <class callable_type>
  task(callable_type &&callable) {
    (void)callable;
  }
  task(task &&) noexcept = default;
  void operator()();
  explicit operator bool() const noexcept;
};

class executor {
public:
  const std::string name;

  explicit executor(std::string_view name) : name(name) {}
  virtual ~executor() noexcept = default;

  virtual void enqueue(task task) = 0;
  virtual void enqueue(std::span<task> tasks) = 0;
  virtual int max_concurrency_level() const noexcept = 0;
  virtual bool shutdown_requested() const = 0;
  virtual void shutdown() = 0;

  // Fire-and-forget.
  template <class callable_type, class... argument_types>
  void post(callable_type &&callable, argument_types &&...arguments) {
    (void)callable;
    ((void)arguments, ...);
  }

  // Runs callable(arguments...) on this executor; returns its result.
  template <class callable_type, class... argument_types>
  auto submit(callable_type &&callable, argument_types &&...arguments)
      -> result<details::submit_result_t<callable_type, argument_types...>> {
    (void)callable;
    ((void)arguments, ...);
    return {};
  }

  template <class callable_type>
  void bulk_post(std::span<callable_type> callable_list) {
    (void)callable_list;
  }

  template <class callable_type,
            class return_type = std::invoke_result_t<callable_type>>
  std::vector<result<return_type>>
  bulk_submit(std::span<callable_type> callable_list) {
    (void)callable_list;
    return {};
  }
};

template <class concrete_executor_type>
class derived_executor : public executor {
public:
  using executor::executor;
};

class inline_executor final : public executor {
public:
  inline_executor() noexcept;
  void enqueue(task task) override;
  void enqueue(std::span<task> tasks) override;
  int max_concurrency_level() const noexcept override;
  bool shutdown_requested() const override;
  void shutdown() override;
};

class thread_pool_executor final
    : public derived_executor<thread_pool_executor> {
public:
  thread_pool_executor(std::string_view pool_name, std::size_t pool_size,
                       std::chrono::milliseconds max_idle_time);
  void enqueue(task task) override;
  void enqueue(std::span<task> tasks) override;
  int max_concurrency_level() const noexcept override;
  bool shutdown_requested() const override;
  void shutdown() override;
};

class thread_executor final : public derived_executor<thread_executor> {
public:
  thread_executor();
  void enqueue(task task) override;
  void enqueue(std::span<task> tasks) override;
  int max_concurrency_level() const noexcept override;
  bool shutdown_requested() const override;
  void shutdown() override;
};

class worker_thread_executor final
    : public derived_executor<worker_thread_executor> {
public:
  worker_thread_executor();
  void enqueue(task task) override;
  void enqueue(std::span<task> tasks) override;
  int max_concurrency_level() const noexcept override;
  bool shutdown_requested() const override;
  void shutdown() override;
};

class manual_executor final : public derived_executor<manual_executor> {
public:
  manual_executor();
  void enqueue(task task) override;
  void enqueue(std::span<task> tasks) override;
  int max_concurrency_level() const noexcept override;
  bool shutdown_requested() const override;
  void shutdown() override;

  std::size_t loop(std::size_t max_count);
  std::size_t loop_once();
  std::size_t size() const;
  bool empty() const;
};

class timer_queue;

// ----------------------------------------------------------------- runtime
struct runtime_options {
  std::size_t max_cpu_threads;
  std::chrono::milliseconds max_thread_pool_executor_waiting_time;
  std::size_t max_background_threads;
  std::chrono::milliseconds max_background_executor_waiting_time;
  runtime_options() noexcept;
};

class runtime {
public:
  runtime();
  runtime(const runtime_options &options);
  ~runtime() noexcept;

  std::shared_ptr<concurrencpp::timer_queue> timer_queue() const noexcept;
  std::shared_ptr<concurrencpp::inline_executor>
  inline_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_pool_executor>
  thread_pool_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_pool_executor>
  background_executor() const noexcept;
  std::shared_ptr<concurrencpp::thread_executor>
  thread_executor() const noexcept;

  std::shared_ptr<concurrencpp::worker_thread_executor>
  make_worker_thread_executor();
  std::shared_ptr<concurrencpp::manual_executor> make_manual_executor();

  static std::tuple<unsigned int, unsigned int, unsigned int> version() noexcept;
};

// ------------------------------------------------------------- free helpers
template <class executor_type>
auto resume_on(std::shared_ptr<executor_type> executor)
    -> details::resume_on_awaitable<executor_type> {
  return details::resume_on_awaitable<executor_type>{*executor};
}

template <class executor_type>
auto resume_on(executor_type &executor) noexcept
    -> details::resume_on_awaitable<executor_type> {
  return details::resume_on_awaitable<executor_type>{executor};
}

template <class type, class... argument_types>
result<type> make_ready_result(argument_types &&...arguments) {
  ((void)arguments, ...);
  return {};
}
result<void> make_ready_result();
template <class type>
result<type> make_exceptional_result(std::exception_ptr exception_ptr) {
  (void)exception_ptr;
  return {};
}

template <class executor_type>
lazy_result<std::tuple<>> when_all(std::shared_ptr<executor_type> resume_executor) {
  (void)resume_executor;
  return {};
}

template <class executor_type, class... result_types>
lazy_result<std::tuple<typename std::decay<result_types>::type...>>
when_all(std::shared_ptr<executor_type> resume_executor,
         result_types &&...results) {
  (void)resume_executor;
  ((void)results, ...);
  return {};
}

template <class executor_type, class iterator_type>
lazy_result<std::vector<typename std::iterator_traits<iterator_type>::value_type>>
when_all(std::shared_ptr<executor_type> resume_executor, iterator_type begin,
         iterator_type end) {
  (void)resume_executor;
  (void)begin;
  (void)end;
  return {};
}

template <class sequence_type>
struct when_any_result {
  std::size_t index;
  sequence_type results;
};

template <class executor_type, class... result_types>
lazy_result<when_any_result<std::tuple<result_types...>>>
when_any(std::shared_ptr<executor_type> resume_executor,
         result_types &&...results) {
  (void)resume_executor;
  ((void)results, ...);
  return {};
}

template <class executor_type, class iterator_type>
lazy_result<when_any_result<
    std::vector<typename std::iterator_traits<iterator_type>::value_type>>>
when_any(std::shared_ptr<executor_type> resume_executor, iterator_type begin,
         iterator_type end) {
  (void)resume_executor;
  (void)begin;
  (void)end;
  return {};
}

} // namespace concurrencpp

// Promise selection, as in concurrencpp/results/promises.h and
// concurrencpp/results/lazy_result.h.
namespace std {

template <class... arguments>
struct coroutine_traits<::concurrencpp::null_result, arguments...> {
  using promise_type =
      concurrencpp::details::initialy_resumed_null_result_promise;
};

template <class type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>, arguments...> {
  using promise_type =
      concurrencpp::details::initialy_resumed_result_promise<type>;
};

template <class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::null_result,
                        concurrencpp::executor_tag,
                        std::shared_ptr<executor_type>, arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_null_result_promise<
          executor_type>;
};

template <class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::null_result,
                        concurrencpp::executor_tag, executor_type *,
                        arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_null_result_promise<
          executor_type>;
};

template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>,
                        concurrencpp::executor_tag,
                        std::shared_ptr<executor_type>, arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_result_promise<
          type, executor_type>;
};

template <class type, class executor_type, class... arguments>
struct coroutine_traits<::concurrencpp::result<type>,
                        concurrencpp::executor_tag, executor_type *,
                        arguments...> {
  using promise_type =
      concurrencpp::details::initialy_rescheduled_result_promise<
          type, executor_type>;
};

template <class type, class... arguments>
struct coroutine_traits<::concurrencpp::lazy_result<type>, arguments...> {
  using promise_type = concurrencpp::details::lazy_promise<type>;
};

} // namespace std

#endif
