// Stub of libcoro's API for async-tidy tests; mirrors
// libcoro/include/coro/coro.hpp and the headers it includes (task.hpp,
// sync_wait.hpp, when_all.hpp, thread_pool.hpp, scheduler.hpp,
// task_group.hpp, mutex.hpp, semaphore.hpp, event.hpp, latch.hpp,
// generator.hpp) of jbaldwin/libcoro, following the v0.15-era API
// (coro::scheduler, spawn_detached/spawn_joinable, task_group::start,
// mutex::scoped_lock(), semaphore<max_value>).
// Only the surface the tests need is declared; bodies are placeholders.
//
// coro::task<T> is LAZY (initial_suspend() returns std::suspend_always) and
// awaitable through member `operator co_await() const &` / `const &&`.
// coro::generator<T> is synchronous and forbids co_await in its body.
#ifndef ASYNC_TIDY_STUB_LIBCORO_CORO_HPP
#define ASYNC_TIDY_STUB_LIBCORO_CORO_HPP

#include <atomic>
#include <chrono>
#include <concepts>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <ranges>
#include <string>
#include <thread>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace coro {

// ---------------------------------------------------------------- concepts
namespace concepts {

template <typename type>
concept awaiter = requires(type t, std::coroutine_handle<> c) {
  { t.await_ready() } -> std::same_as<bool>;
  t.await_suspend(c);
  t.await_resume();
};

template <typename type>
concept member_co_await_awaitable = requires(type t) {
  { t.operator co_await() } -> awaiter;
};

template <typename type>
concept awaitable = member_co_await_awaitable<type> || awaiter<type>;

template <awaitable type>
static auto get_awaiter(type &&value) {
  if constexpr (member_co_await_awaitable<type>)
    return std::forward<type>(value).operator co_await();
  else
    return std::forward<type>(value);
}

template <awaitable type>
struct awaitable_traits {
  using awaiter_type = decltype(get_awaiter(std::declval<type>()));
  using awaiter_return_type =
      decltype(std::declval<awaiter_type>().await_resume());
};

template <typename type>
concept executor = requires(type t, std::coroutine_handle<> c) {
  { t.schedule() } -> awaiter;
  { t.yield() } -> awaiter;
  { t.resume(c) } -> std::same_as<bool>;
};

template <typename T, typename V>
concept range_of =
    std::ranges::range<T> && std::is_same_v<V, std::ranges::range_value_t<T>>;

} // namespace concepts

// -------------------------------------------------------------------- task
template <typename return_type = void>
class task;

namespace detail {

struct promise_base {
  friend struct final_awaitable;
  struct final_awaitable {
    auto await_ready() const noexcept -> bool { return false; }
    template <typename promise_type>
    auto await_suspend(std::coroutine_handle<promise_type> coroutine) noexcept
        -> std::coroutine_handle<> {
      auto &promise = coroutine.promise();
      if (promise.m_continuation != nullptr)
        return promise.m_continuation;
      return std::noop_coroutine();
    }
    auto await_resume() noexcept -> void {}
  };

  promise_base() noexcept = default;
  ~promise_base() = default;

  auto initial_suspend() noexcept { return std::suspend_always{}; }
  auto final_suspend() noexcept { return final_awaitable{}; }

  auto continuation(std::coroutine_handle<> continuation) noexcept -> void {
    m_continuation = continuation;
  }

protected:
  std::coroutine_handle<> m_continuation{nullptr};
};

template <typename return_type>
struct promise final : public promise_base {
  using task_type = task<return_type>;
  using coroutine_handle = std::coroutine_handle<promise<return_type>>;

  promise() noexcept {}
  ~promise() = default;

  auto get_return_object() noexcept -> task_type;

  template <typename value_type>
    requires std::is_constructible_v<return_type, value_type &&>
  auto return_value(value_type &&value) -> void {
    m_value.emplace(std::forward<value_type>(value));
  }

  auto unhandled_exception() noexcept -> void {
    m_exception = std::current_exception();
  }

  auto result() & -> return_type & {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return *m_value;
  }
  auto result() && -> return_type && {
    if (m_exception)
      std::rethrow_exception(m_exception);
    return std::move(*m_value);
  }

private:
  std::optional<return_type> m_value;
  std::exception_ptr m_exception;
};

template <>
struct promise<void> : public promise_base {
  using task_type = task<void>;
  using coroutine_handle = std::coroutine_handle<promise<void>>;

  promise() noexcept = default;
  ~promise() = default;

  auto get_return_object() noexcept -> task_type;
  auto return_void() noexcept -> void {}
  auto unhandled_exception() noexcept -> void {
    m_exception = std::current_exception();
  }
  auto result() -> void {
    if (m_exception)
      std::rethrow_exception(m_exception);
  }

private:
  std::exception_ptr m_exception{nullptr};
};

} // namespace detail

template <typename return_type>
class [[nodiscard]] task {
public:
  using task_type = task<return_type>;
  using promise_type = detail::promise<return_type>;
  using coroutine_handle = std::coroutine_handle<promise_type>;

  struct awaitable_base {
    awaitable_base(coroutine_handle coroutine) noexcept
        : m_coroutine(coroutine) {}
    auto await_ready() const noexcept -> bool {
      return !m_coroutine || m_coroutine.done();
    }
    auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept
        -> std::coroutine_handle<> {
      m_coroutine.promise().continuation(awaiting_coroutine);
      return m_coroutine;
    }
    std::coroutine_handle<promise_type> m_coroutine{nullptr};
  };

  task() noexcept : m_coroutine(nullptr) {}
  explicit task(coroutine_handle handle) : m_coroutine(handle) {}
  task(const task &) = delete;
  task(task &&other) noexcept
      : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
  ~task() {
    if (m_coroutine != nullptr)
      m_coroutine.destroy();
  }
  auto operator=(const task &) -> task & = delete;
  auto operator=(task &&other) noexcept -> task & {
    if (std::addressof(other) != this) {
      if (m_coroutine != nullptr)
        m_coroutine.destroy();
      m_coroutine = std::exchange(other.m_coroutine, nullptr);
    }
    return *this;
  }

  auto is_ready() const noexcept -> bool {
    return m_coroutine == nullptr || m_coroutine.done();
  }
  auto resume() -> bool {
    if (!m_coroutine.done())
      m_coroutine.resume();
    return !m_coroutine.done();
  }
  auto destroy() -> bool {
    if (m_coroutine != nullptr) {
      m_coroutine.destroy();
      m_coroutine = nullptr;
      return true;
    }
    return false;
  }

  auto operator co_await() const & noexcept {
    struct awaitable : public awaitable_base {
      auto await_resume() -> decltype(auto) {
        return this->m_coroutine.promise().result();
      }
    };
    return awaitable{m_coroutine};
  }

  auto operator co_await() const && noexcept {
    struct awaitable : public awaitable_base {
      auto await_resume() -> decltype(auto) {
        return std::move(this->m_coroutine.promise()).result();
      }
    };
    return awaitable{m_coroutine};
  }

  auto promise() & -> promise_type & { return m_coroutine.promise(); }
  auto promise() const & -> const promise_type & {
    return m_coroutine.promise();
  }
  auto handle() -> coroutine_handle { return m_coroutine; }

private:
  coroutine_handle m_coroutine{nullptr};
};

namespace detail {
template <typename return_type>
inline auto promise<return_type>::get_return_object() noexcept
    -> task<return_type> {
  return task<return_type>{coroutine_handle::from_promise(*this)};
}
inline auto promise<void>::get_return_object() noexcept -> task<> {
  return task<>{coroutine_handle::from_promise(*this)};
}
} // namespace detail

// --------------------------------------------------------------- sync_wait
namespace detail {
template <typename awaitable_type>
using sync_wait_return_t = std::conditional_t<
    std::is_lvalue_reference_v<typename concepts::awaitable_traits<
        awaitable_type>::awaiter_return_type>,
    typename concepts::awaitable_traits<awaitable_type>::awaiter_return_type,
    std::remove_cvref_t<typename concepts::awaitable_traits<
        awaitable_type>::awaiter_return_type>>;
} // namespace detail

// Blocks the calling thread until the awaitable completes.
template <concepts::awaitable awaitable_type>
auto sync_wait(awaitable_type &&a)
    -> detail::sync_wait_return_t<awaitable_type &&> {
  (void)a;
  std::terminate(); // stub: never runs
}

// ---------------------------------------------------------------- when_all
namespace detail {

template <typename return_type>
class when_all_task;

template <typename return_type>
class when_all_task_promise {
public:
  auto get_return_object() noexcept -> when_all_task<return_type>;
  auto initial_suspend() noexcept -> std::suspend_always { return {}; }
  auto final_suspend() noexcept -> std::suspend_always { return {}; }
  auto unhandled_exception() noexcept -> void {}
  auto return_void() noexcept -> void {}
};

template <typename return_type>
struct when_all_result {
  using const_lvalue = const std::remove_reference_t<return_type> &;
  using rvalue =
      std::conditional_t<std::is_lvalue_reference_v<return_type>, return_type,
                         std::remove_reference_t<return_type> &&>;
};
template <>
struct when_all_result<void> {
  using const_lvalue = void;
  using rvalue = void;
};

// One element of what co_await when_all(...) yields; return_value()
// returns the result (or rethrows the task's exception).
template <typename return_type>
class when_all_task {
public:
  using promise_type = when_all_task_promise<return_type>;
  using coroutine_handle_type = std::coroutine_handle<promise_type>;

  when_all_task(coroutine_handle_type coroutine) noexcept
      : m_coroutine(coroutine) {}
  when_all_task(const when_all_task &) = delete;
  when_all_task(when_all_task &&other) noexcept
      : m_coroutine(std::exchange(other.m_coroutine, coroutine_handle_type{})) {}
  auto operator=(const when_all_task &) -> when_all_task & = delete;
  auto operator=(when_all_task &&) -> when_all_task & = delete;
  ~when_all_task() {
    if (m_coroutine != nullptr)
      m_coroutine.destroy();
  }

  auto return_value() & -> std::add_lvalue_reference_t<return_type>;
  auto return_value() const & -> typename when_all_result<return_type>::const_lvalue;
  auto return_value() && -> typename when_all_result<return_type>::rvalue;

private:
  coroutine_handle_type m_coroutine;
};

template <typename return_type>
auto when_all_task_promise<return_type>::get_return_object() noexcept
    -> when_all_task<return_type> {
  return when_all_task<return_type>{
      std::coroutine_handle<when_all_task_promise>::from_promise(*this)};
}

template <typename task_container_type>
class when_all_ready_awaitable {
public:
  explicit when_all_ready_awaitable(task_container_type &&tasks) noexcept
      : m_tasks(std::move(tasks)) {}
  when_all_ready_awaitable(const when_all_ready_awaitable &) = delete;
  when_all_ready_awaitable(when_all_ready_awaitable &&other) noexcept
      : m_tasks(std::move(other.m_tasks)) {}

  auto operator co_await() & noexcept {
    struct awaiter {
      when_all_ready_awaitable &m_awaitable;
      auto await_ready() const noexcept -> bool { return false; }
      auto await_suspend(std::coroutine_handle<>) noexcept -> bool {
        return false;
      }
      auto await_resume() noexcept -> task_container_type & {
        return m_awaitable.m_tasks;
      }
    };
    return awaiter{*this};
  }

  auto operator co_await() && noexcept {
    struct awaiter {
      when_all_ready_awaitable &m_awaitable;
      auto await_ready() const noexcept -> bool { return false; }
      auto await_suspend(std::coroutine_handle<>) noexcept -> bool {
        return false;
      }
      auto await_resume() noexcept -> task_container_type && {
        return std::move(m_awaitable.m_tasks);
      }
    };
    return awaiter{*this};
  }

private:
  task_container_type m_tasks;
};

} // namespace detail

template <concepts::awaitable... awaitables_type>
[[nodiscard]] auto when_all(awaitables_type... awaitables)
    -> detail::when_all_ready_awaitable<std::tuple<detail::when_all_task<
        typename concepts::awaitable_traits<awaitables_type>::
            awaiter_return_type>...>> {
  ((void)awaitables, ...);
  std::terminate(); // stub: never runs
}

template <std::ranges::range range_type,
          concepts::awaitable awaitable_type =
              std::ranges::range_value_t<range_type>,
          typename return_type = typename concepts::awaitable_traits<
              awaitable_type>::awaiter_return_type>
[[nodiscard]] auto when_all(range_type awaitables)
    -> detail::when_all_ready_awaitable<
        std::vector<detail::when_all_task<return_type>>> {
  (void)awaitables;
  std::terminate(); // stub: never runs
}

// ----------------------------------------------------------------- event
class event {
public:
  struct awaiter {
    awaiter(const event &e) noexcept : m_event(e) {}
    auto await_ready() const noexcept -> bool { return m_event.is_set(); }
    auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept
        -> bool {
      m_awaiting_coroutine = awaiting_coroutine;
      return false;
    }
    auto await_resume() noexcept -> void {}

    const event &m_event;
    std::coroutine_handle<> m_awaiting_coroutine;
    awaiter *m_next{nullptr};
  };

  explicit event(bool initially_set = false) noexcept
      : m_set(initially_set) {}
  ~event() = default;
  event(const event &) = delete;
  event(event &&) = delete;
  auto operator=(const event &) -> event & = delete;
  auto operator=(event &&) -> event & = delete;

  auto is_set() const noexcept -> bool { return m_set; }
  // Sets the event and resumes all waiters on the calling thread.
  auto set() noexcept -> void { m_set = true; }
  // Sets the event and resumes all waiters on the given executor.
  template <concepts::executor executor_type>
  auto set(std::unique_ptr<executor_type> &e) noexcept -> void {
    (void)e;
    m_set = true;
  }
  auto reset() noexcept -> void { m_set = false; }

  auto operator co_await() const noexcept -> awaiter { return awaiter(*this); }

private:
  bool m_set;
};

// ----------------------------------------------------------------- latch
class latch {
public:
  explicit latch(std::int64_t count) noexcept : m_count(count) {}
  latch(const latch &) = delete;
  auto operator=(const latch &) -> latch & = delete;

  auto is_ready() const noexcept -> bool { return m_count == 0; }
  auto remaining() const noexcept -> std::size_t {
    return static_cast<std::size_t>(m_count);
  }
  auto count_down(std::int64_t n = 1) noexcept -> void { m_count -= n; }
  auto operator co_await() const noexcept -> event::awaiter {
    return m_event.operator co_await();
  }

private:
  std::int64_t m_count;
  event m_event;
};

// ------------------------------------------------------------- thread_pool
class thread_pool {
  struct private_constructor {
    explicit private_constructor() = default;
  };

public:
  class schedule_operation {
    friend class thread_pool;
    explicit schedule_operation(thread_pool &tp) noexcept : m_thread_pool(tp) {}

  public:
    auto await_ready() noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<> awaiting_coroutine) noexcept
        -> void {
      m_awaiting_coroutine = awaiting_coroutine;
    }
    auto await_resume() noexcept -> void {}

    std::coroutine_handle<> m_awaiting_coroutine;

  private:
    thread_pool &m_thread_pool;
  };

  struct options {
    std::uint32_t thread_count = std::thread::hardware_concurrency();
    std::function<void(std::size_t)> on_thread_start_functor = nullptr;
    std::function<void(std::size_t)> on_thread_stop_functor = nullptr;
  };

  explicit thread_pool(options &&opts, private_constructor);

  static auto make_unique(
      options opts = options{
          .thread_count = std::thread::hardware_concurrency(),
          .on_thread_start_functor = nullptr,
          .on_thread_stop_functor = nullptr}) -> std::unique_ptr<thread_pool>;

  thread_pool(const thread_pool &) = delete;
  thread_pool(thread_pool &&) = delete;
  auto operator=(const thread_pool &) -> thread_pool & = delete;
  auto operator=(thread_pool &&) -> thread_pool & = delete;
  virtual ~thread_pool();

  auto thread_count() const noexcept -> std::size_t;

  // co_await tp->schedule() moves the coroutine onto a pool thread.
  [[nodiscard]] auto schedule() -> schedule_operation {
    return schedule_operation{*this};
  }

  // Fire-and-forget: the pool owns the task from now on.
  auto spawn_detached(coro::task<void> &&task) -> bool;

  // Starts the task now; the returned task must be awaited to join it.
  [[nodiscard]] auto spawn_joinable(coro::task<void> &&task)
      -> coro::task<void>;

  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task)
      -> coro::task<return_type> {
    co_await schedule();
    co_return co_await task;
  }

  auto resume(std::coroutine_handle<> handle) noexcept -> bool;

  [[nodiscard]] auto yield() -> schedule_operation { return schedule(); }

  // Blocks until all scheduled tasks are complete.
  auto shutdown() noexcept -> void;
  [[nodiscard]] auto is_shutdown() const -> bool;

  auto size() const noexcept -> std::size_t;
  auto empty() const noexcept -> bool { return size() == 0; }
};

// -------------------------------------------------------------------- poll
using fd_t = int;

enum class poll_op : uint64_t { read = 0x001, write = 0x004, read_write = 0x005 };

enum class poll_status { read, write, timeout, error, closed, cancelled };

namespace net {
// A descriptor owner; libcoro's sockets are non-blocking by default.
class socket {
public:
  enum class blocking_t { yes, no };
  socket() = default;
  explicit socket(fd_t fd) : m_fd(fd) {}
  auto native_handle() const -> fd_t { return m_fd; }

private:
  fd_t m_fd{-1};
};
} // namespace net

// --------------------------------------------------------------- scheduler
enum timeout_status {
  no_timeout,
  timeout,
};

class scheduler {
  struct private_constructor {
    explicit private_constructor() = default;
  };

public:
  class schedule_operation;
  friend schedule_operation;

  enum class thread_strategy_t { spawn, manual };
  enum class execution_strategy_t {
    process_tasks_on_thread_pool,
    process_tasks_inline
  };

  struct options {
    thread_strategy_t thread_strategy{thread_strategy_t::spawn};
    std::function<void()> on_io_thread_start_functor{nullptr};
    std::function<void()> on_io_thread_stop_functor{nullptr};
    thread_pool::options pool{};
    execution_strategy_t execution_strategy{
        execution_strategy_t::process_tasks_on_thread_pool};
  };

  explicit scheduler(options &&opts, private_constructor);
  static auto make_unique(
      options opts = options{
          .thread_strategy = thread_strategy_t::spawn,
          .on_io_thread_start_functor = nullptr,
          .on_io_thread_stop_functor = nullptr,
          .pool = {.thread_count = std::thread::hardware_concurrency(),
                   .on_thread_start_functor = nullptr,
                   .on_thread_stop_functor = nullptr},
          .execution_strategy =
              execution_strategy_t::process_tasks_on_thread_pool})
      -> std::unique_ptr<scheduler>;

  scheduler(const scheduler &) = delete;
  scheduler(scheduler &&) = delete;
  auto operator=(const scheduler &) -> scheduler & = delete;
  auto operator=(scheduler &&) -> scheduler & = delete;
  virtual ~scheduler();

  auto process_events(std::chrono::milliseconds timeout =
                          std::chrono::milliseconds{0}) -> std::size_t;

  class schedule_operation {
    friend class scheduler;
    explicit schedule_operation(scheduler &s) noexcept : m_scheduler(s) {}

  public:
    auto await_ready() noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> void {}
    auto await_resume() noexcept -> void {}

  private:
    scheduler &m_scheduler;
  };

  auto schedule() -> schedule_operation { return schedule_operation{*this}; }

  auto spawn_detached(coro::task<void> &&task) -> bool;
  auto spawn_joinable(coro::task<void> &&task) -> coro::task<void>;

  template <typename return_type>
  [[nodiscard]] auto schedule(coro::task<return_type> task)
      -> coro::task<return_type> {
    co_await schedule();
    co_return co_await task;
  }

  template <class rep_type, class period_type>
  [[nodiscard]] auto
  schedule_after(std::chrono::duration<rep_type, period_type> amount)
      -> coro::task<void> {
    (void)amount;
    co_await schedule();
  }

  [[nodiscard]] auto yield() -> schedule_operation {
    return schedule_operation{*this};
  }

  template <class rep_type, class period_type>
  [[nodiscard]] auto
  yield_for(std::chrono::duration<rep_type, period_type> amount)
      -> coro::task<void> {
    (void)amount;
    co_await schedule();
  }

  auto resume(std::coroutine_handle<> handle) -> bool;

  // Resumes the awaiting coroutine when the descriptor is ready for op.
  [[nodiscard]] auto
  poll(fd_t fd, coro::poll_op op,
       std::chrono::milliseconds timeout = std::chrono::milliseconds{0})
      -> coro::task<poll_status>;
  [[nodiscard]] auto
  poll(const net::socket &sock, coro::poll_op op,
       std::chrono::milliseconds timeout = std::chrono::milliseconds{0})
      -> coro::task<poll_status> {
    return poll(sock.native_handle(), op, timeout);
  }

  auto size() const noexcept -> std::size_t;
  auto empty() const noexcept -> bool { return size() == 0; }
  auto shutdown() noexcept -> void;
};

// -------------------------------------------------------------- task_group
template <concepts::executor executor_type>
class task_group {
public:
  explicit task_group(std::unique_ptr<executor_type> &executor);
  explicit task_group(std::unique_ptr<executor_type> &executor,
                      coro::task<void> &&task);
  template <concepts::range_of<coro::task<void>> range_type>
  explicit task_group(std::unique_ptr<executor_type> &executor,
                      range_type tasks) {
    (void)executor;
    (void)tasks;
  }

  task_group(const task_group &) = delete;
  task_group(task_group &&) = delete;
  auto operator=(const task_group &) -> task_group & = delete;
  auto operator=(task_group &&) -> task_group & = delete;

  // Blocks the destroying thread until all tasks are complete.
  ~task_group();

  // Starts a task into this group; false if the executor is shut down.
  [[nodiscard]] auto start(coro::task<void> &&task) -> bool;

  [[nodiscard]] auto size() const -> std::size_t;
  [[nodiscard]] auto empty() const -> bool { return size() == 0; }

  // co_await the group to wait until all of its tasks are complete.
  auto operator co_await() const noexcept -> event::awaiter;
};

// ----------------------------------------------------------------- mutex
class mutex;
class scoped_lock;
class condition_variable;

namespace detail {

struct lock_operation_base {
  explicit lock_operation_base(coro::mutex &m) : m_mutex(m) {}
  virtual ~lock_operation_base() = default;
  lock_operation_base(const lock_operation_base &) = delete;
  lock_operation_base(lock_operation_base &&) = delete;

  auto await_ready() const noexcept -> bool { return false; }
  auto await_suspend(std::coroutine_handle<>) noexcept -> bool {
    return false;
  }

protected:
  coro::mutex &m_mutex;
};

template <typename return_type>
struct lock_operation : public lock_operation_base {
  explicit lock_operation(coro::mutex &m) : lock_operation_base(m) {}
  auto await_resume() noexcept -> return_type;
};

} // namespace detail

// RAII holder returned by co_await mutex.scoped_lock().
class scoped_lock {
  friend class coro::mutex;
  friend class coro::condition_variable;

public:
  enum class lock_strategy { adopt };

  explicit scoped_lock(class coro::mutex &m,
                       lock_strategy strategy = lock_strategy::adopt)
      : m_mutex(&m) {
    (void)strategy;
  }
  ~scoped_lock();
  scoped_lock(const scoped_lock &) = delete;
  scoped_lock(scoped_lock &&other) noexcept
      : m_mutex(std::exchange(other.m_mutex, nullptr)) {}
  auto operator=(const scoped_lock &) -> scoped_lock & = delete;
  auto operator=(scoped_lock &&other) noexcept -> scoped_lock & {
    m_mutex = std::exchange(other.m_mutex, nullptr);
    return *this;
  }

  auto unlock() -> void;

private:
  class coro::mutex *m_mutex{nullptr};
};

class mutex {
public:
  explicit mutex() noexcept = default;
  ~mutex() = default;
  mutex(const mutex &) = delete;
  mutex(mutex &&) = delete;
  auto operator=(const mutex &) -> mutex & = delete;
  auto operator=(mutex &&) -> mutex & = delete;

  // co_await m.scoped_lock() -> coro::scoped_lock
  [[nodiscard]] auto scoped_lock() -> detail::lock_operation<coro::scoped_lock> {
    return detail::lock_operation<coro::scoped_lock>{*this};
  }
  // co_await m.lock(); ... m.unlock();
  [[nodiscard]] auto lock() -> detail::lock_operation<void> {
    return detail::lock_operation<void>{*this};
  }
  [[nodiscard]] auto try_lock() -> bool;
  auto unlock() -> void;
};

namespace detail {
template <typename return_type>
auto lock_operation<return_type>::await_resume() noexcept -> return_type {
  if constexpr (std::is_same_v<coro::scoped_lock, return_type>)
    return coro::scoped_lock{this->m_mutex};
}
} // namespace detail

inline scoped_lock::~scoped_lock() { unlock(); }
inline auto scoped_lock::unlock() -> void {
  if (m_mutex != nullptr)
    std::exchange(m_mutex, nullptr)->unlock();
}

// --------------------------------------------------------------- semaphore
enum class semaphore_acquire_result { acquired, shutdown };

auto to_string(semaphore_acquire_result result) -> const std::string &;

template <std::ptrdiff_t max_value>
class semaphore {
public:
  class acquire_operation {
  public:
    explicit acquire_operation(semaphore &s) : m_semaphore(s) {}
    auto await_ready() const noexcept -> bool { return false; }
    auto await_suspend(std::coroutine_handle<>) noexcept -> bool {
      return false;
    }
    auto await_resume() const -> semaphore_acquire_result {
      return semaphore_acquire_result::acquired;
    }

  private:
    semaphore &m_semaphore;
  };

  explicit semaphore(std::ptrdiff_t starting_value) : m_counter(starting_value) {}
  ~semaphore() = default;
  semaphore(const semaphore &) = delete;
  semaphore(semaphore &&) = delete;

  // co_await s.acquire() -> semaphore_acquire_result
  [[nodiscard]] auto acquire() -> acquire_operation {
    return acquire_operation{*this};
  }
  // co_await s.release()
  [[nodiscard]] auto release() -> coro::task<void>;
  auto try_acquire() -> bool;

  static constexpr auto max() noexcept -> std::ptrdiff_t { return max_value; }
  auto value() const noexcept -> std::ptrdiff_t { return m_counter; }

private:
  std::ptrdiff_t m_counter;
};

// --------------------------------------------------------------- generator
template <typename T>
class generator;

namespace detail {

template <typename T>
class generator_promise {
public:
  using value_type = std::remove_reference_t<T>;
  using reference_type = std::conditional_t<std::is_reference_v<T>, T, T &>;
  using pointer_type = value_type *;

  generator_promise() = default;

  auto get_return_object() noexcept -> generator<T>;
  auto initial_suspend() const { return std::suspend_always{}; }
  auto final_suspend() const noexcept(true) { return std::suspend_always{}; }

  template <typename U = T>
    requires(!std::is_rvalue_reference_v<U>)
  auto yield_value(std::remove_reference_t<T> &value) noexcept {
    m_value = std::addressof(value);
    return std::suspend_always{};
  }
  auto yield_value(std::remove_reference_t<T> &&value) noexcept {
    m_value = std::addressof(value);
    return std::suspend_always{};
  }

  auto unhandled_exception() -> void { m_exception = std::current_exception(); }
  auto return_void() noexcept -> void {}
  auto value() const noexcept -> reference_type {
    return static_cast<reference_type>(*m_value);
  }

  // co_await is not allowed inside a generator.
  template <typename U>
  auto await_transform(U &&value) -> std::suspend_never = delete;

  auto rethrow_if_exception() -> void {
    if (m_exception)
      std::rethrow_exception(m_exception);
  }

private:
  pointer_type m_value{nullptr};
  std::exception_ptr m_exception;
};

struct generator_sentinel {};

template <typename T>
class generator_iterator {
  using coroutine_handle = std::coroutine_handle<generator_promise<T>>;

public:
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;
  using value_type = typename generator_promise<T>::value_type;
  using reference = typename generator_promise<T>::reference_type;
  using pointer = typename generator_promise<T>::pointer_type;

  generator_iterator() noexcept {}
  explicit generator_iterator(coroutine_handle coroutine) noexcept
      : m_coroutine(coroutine) {}

  friend auto operator==(const generator_iterator &it,
                         generator_sentinel) noexcept -> bool {
    return it.m_coroutine == nullptr || it.m_coroutine.done();
  }

  auto operator++() -> generator_iterator & {
    m_coroutine.resume();
    if (m_coroutine.done())
      m_coroutine.promise().rethrow_if_exception();
    return *this;
  }
  auto operator++(int) -> void { (void)operator++(); }

  auto operator*() const noexcept -> reference {
    return m_coroutine.promise().value();
  }
  auto operator->() const noexcept -> pointer {
    return std::addressof(operator*());
  }

private:
  coroutine_handle m_coroutine{nullptr};
};

} // namespace detail

template <typename T>
class generator {
public:
  using promise_type = detail::generator_promise<T>;
  using iterator = detail::generator_iterator<T>;
  using sentinel = detail::generator_sentinel;

  generator() noexcept : m_coroutine(nullptr) {}
  generator(const generator &) = delete;
  generator(generator &&other) noexcept
      : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
  auto operator=(const generator &) = delete;
  auto operator=(generator &&other) noexcept -> generator & {
    std::swap(m_coroutine, other.m_coroutine);
    return *this;
  }
  ~generator() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  auto begin() -> iterator {
    if (m_coroutine != nullptr) {
      m_coroutine.resume();
      if (m_coroutine.done())
        m_coroutine.promise().rethrow_if_exception();
    }
    return iterator{m_coroutine};
  }
  auto end() noexcept -> sentinel { return sentinel{}; }

private:
  friend class detail::generator_promise<T>;
  explicit generator(std::coroutine_handle<promise_type> coroutine) noexcept
      : m_coroutine(coroutine) {}

  std::coroutine_handle<promise_type> m_coroutine;
};

namespace detail {
template <typename T>
auto generator_promise<T>::get_return_object() noexcept -> generator<T> {
  return generator<T>{
      std::coroutine_handle<generator_promise<T>>::from_promise(*this)};
}
} // namespace detail

} // namespace coro

#endif
