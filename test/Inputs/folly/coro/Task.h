// Stub of folly's API for async-tidy tests; mirrors folly/coro/Task.h
// (facebook/folly; also reachable as folly/experimental/coro/Task.h).
// Only the surface the tests need is declared; bodies are placeholders.
//
// folly::coro::Task<T>:
//  * is LAZY: TaskPromise::initial_suspend() returns std::suspend_always;
//  * has NO operator co_await. It can only be awaited from a coroutine whose
//    promise's await_transform applies co_viaIfAsync (Task, AsyncGenerator),
//    which finds Task's hidden friend co_viaIfAsync by ADL. Elsewhere it must
//    first be bound to an executor: co_withExecutor(ex, task()) (hidden
//    friend, found by ADL) or the legacy task().scheduleOn(ex) — both give a
//    TaskWithExecutor<T>, which has `operator co_await() &&` and start().
//  * Real folly (2025) marks scheduleOn() [[deprecated]]; this stub does not,
//    so that tests using it compile without deprecation warnings.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_TASK_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_TASK_H

#include <coroutine>
#include <exception>
#include <functional>
#include <type_traits>
#include <utility>

#include <folly/CancellationToken.h>
#include <folly/Executor.h>
#include <folly/Try.h>
#include <folly/Unit.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Result.h>
#include <folly/coro/Traits.h>
#include <folly/coro/ViaIfAsync.h>
#include <folly/futures/Future.h>

namespace folly::coro {

template <typename T = void>
class Task;

template <typename T = void>
class TaskWithExecutor;

namespace detail {

template <typename T>
using task_storage_t =
    std::conditional_t<std::is_lvalue_reference_v<T>,
                       std::reference_wrapper<std::remove_reference_t<T>>, T>;

template <typename T>
struct ReadyValueAwaiter {
  T value_;
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  T await_resume() noexcept { return value_; }
};

class TaskPromiseBase {
  class FinalAwaiter {
  public:
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> coro) noexcept {
      auto continuation = coro.promise().continuation_;
      return continuation ? continuation : std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };

  friend class FinalAwaiter;

protected:
  TaskPromiseBase() noexcept = default;

public:
  std::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }

  // Every co_await operand goes through co_viaIfAsync, so the coroutine
  // resumes on its executor. Types with no co_viaIfAsync overload (e.g. an
  // lvalue Task) cannot be awaited.
  template <typename Awaitable>
  auto await_transform(Awaitable &&awaitable)
      -> decltype(folly::coro::co_viaIfAsync(
          std::declval<Executor::KeepAlive<>>(),
          static_cast<Awaitable &&>(awaitable))) {
    return folly::coro::co_viaIfAsync(executor_.get_alias(),
                                      static_cast<Awaitable &&>(awaitable));
  }

  ReadyValueAwaiter<Executor *>
  await_transform(co_current_executor_t) noexcept {
    return {executor_.get()};
  }

  ReadyValueAwaiter<const CancellationToken &>
  await_transform(co_current_cancellation_token_t) noexcept {
    return {cancelToken_};
  }

  std::suspend_always
  await_transform(co_reschedule_on_current_executor_t) noexcept {
    return {};
  }

  const CancellationToken &getCancellationToken() const noexcept {
    return cancelToken_;
  }
  void setCancelToken(CancellationToken cancelToken) noexcept {
    cancelToken_ = std::move(cancelToken);
  }
  Executor *getExecutor() const noexcept { return executor_.get(); }
  void setExecutor(Executor::KeepAlive<> executor) noexcept {
    executor_ = std::move(executor);
  }
  void setContinuation(std::coroutine_handle<> continuation) noexcept {
    continuation_ = continuation;
  }

protected:
  Executor::KeepAlive<> executor_;
  std::coroutine_handle<> continuation_;
  CancellationToken cancelToken_;
};

template <typename T>
class TaskPromise final : public TaskPromiseBase {
public:
  using StorageType = task_storage_t<T>;

  Task<T> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    result_ = Try<StorageType>(exception_wrapper(std::current_exception()));
  }

  template <typename U = T>
    requires std::is_convertible_v<U &&, T>
  void return_value(U &&value) {
    result_.emplace(static_cast<U &&>(value));
  }

  auto yield_value(co_error &&error) {
    result_ = Try<StorageType>(std::move(error.exception()));
    return final_suspend();
  }
  auto yield_value(co_result<StorageType> &&result) {
    result_ = std::move(result.result());
    return final_suspend();
  }
  auto yield_value(co_cancelled_t) { return yield_value(co_cancelled()); }

  Try<StorageType> &result() { return result_; }

private:
  Try<StorageType> result_;
};

template <>
class TaskPromise<void> final : public TaskPromiseBase {
public:
  using StorageType = void;

  Task<void> get_return_object() noexcept;

  void unhandled_exception() noexcept {
    result_ = Try<void>(exception_wrapper(std::current_exception()));
  }

  void return_void() noexcept {}

  auto yield_value(co_error &&error) {
    result_ = Try<void>(std::move(error.exception()));
    return final_suspend();
  }
  auto yield_value(co_result<void> &&result) {
    result_ = std::move(result.result());
    return final_suspend();
  }
  auto yield_value(co_cancelled_t) { return yield_value(co_cancelled()); }

  Try<void> &result() { return result_; }

private:
  Try<void> result_;
};

} // namespace detail

/// A Task that has been bound to an executor. Awaitable anywhere through
/// `operator co_await() &&`, or started eagerly with start().
template <typename T>
class [[nodiscard]] TaskWithExecutor {
  using handle_t = std::coroutine_handle<detail::TaskPromise<T>>;
  using StorageType = typename detail::TaskPromise<T>::StorageType;

public:
  ~TaskWithExecutor() {
    if (coro_)
      coro_.destroy();
  }
  TaskWithExecutor(TaskWithExecutor &&t) noexcept
      : coro_(std::exchange(t.coro_, {})) {}
  TaskWithExecutor &operator=(TaskWithExecutor t) noexcept {
    std::swap(coro_, t.coro_);
    return *this;
  }

  Executor *executor() const noexcept {
    return coro_.promise().getExecutor();
  }

  // Start eagerly on the bound executor; the SemiFuture completes with the
  // task's result.
  SemiFuture<lift_unit_t<StorageType>> start() &&;

  // Start eagerly; `tryCallback` receives a folly::Try<StorageType>.
  template <typename F>
  void start(F &&tryCallback, CancellationToken cancelToken = {}) && {
    (void)tryCallback;
    (void)cancelToken;
  }

  SemiFuture<lift_unit_t<StorageType>> startInlineUnsafe() &&;

  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    ~Awaiter() {
      if (coro_)
        coro_.destroy();
    }
    bool await_ready() const noexcept { return false; }
    template <typename Promise>
    void await_suspend(std::coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().setContinuation(continuation);
    }
    T await_resume() { return std::move(coro_.promise().result()).value(); }
    Try<StorageType> await_resume_try() {
      return std::move(coro_.promise().result());
    }

  private:
    handle_t coro_;
  };

  Awaiter operator co_await() && noexcept {
    return Awaiter{std::exchange(coro_, {})};
  }

  std::pair<Task<T>, Executor::KeepAlive<>> unwrap() &&;

  friend ViaIfAsyncAwaitable<TaskWithExecutor>
  co_viaIfAsync(Executor::KeepAlive<> executor,
                TaskWithExecutor &&taskWithExecutor) noexcept {
    return ViaIfAsyncAwaitable<TaskWithExecutor>(std::move(executor),
                                                 std::move(taskWithExecutor));
  }

  friend TaskWithExecutor co_withCancellation(CancellationToken cancelToken,
                                              TaskWithExecutor &&task) noexcept {
    task.coro_.promise().setCancelToken(std::move(cancelToken));
    return std::move(task);
  }

private:
  friend class Task<T>;
  explicit TaskWithExecutor(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

/// A lazily-started coroutine that is not yet bound to an executor.
template <typename T>
class [[nodiscard]] Task {
public:
  using promise_type = detail::TaskPromise<T>;
  using StorageType = typename promise_type::StorageType;

private:
  using handle_t = std::coroutine_handle<promise_type>;

  class Awaiter {
  public:
    explicit Awaiter(handle_t coro) noexcept : coro_(coro) {}
    Awaiter(Awaiter &&other) noexcept : coro_(std::exchange(other.coro_, {})) {}
    Awaiter(const Awaiter &) = delete;
    ~Awaiter() {
      if (coro_)
        coro_.destroy();
    }
    bool await_ready() noexcept { return false; }
    template <typename Promise>
    std::coroutine_handle<>
    await_suspend(std::coroutine_handle<Promise> continuation) noexcept {
      coro_.promise().setContinuation(continuation);
      return coro_;
    }
    T await_resume() { return std::move(coro_.promise().result()).value(); }
    Try<StorageType> await_resume_try() {
      return std::move(coro_.promise().result());
    }

  private:
    handle_t coro_;
  };

  TaskWithExecutor<T> asTaskWithExecutor() && {
    return TaskWithExecutor<T>{std::exchange(coro_, {})};
  }

public:
  Task(const Task &t) = delete;
  Task(Task &&t) noexcept : coro_(std::exchange(t.coro_, {})) {}
  ~Task() {
    if (coro_)
      coro_.destroy();
  }
  Task &operator=(Task t) noexcept {
    swap(t);
    return *this;
  }
  void swap(Task &t) noexcept { std::swap(coro_, t.coro_); }

  /// Bind the task to an executor: co_withExecutor(executor, std::move(t)).
  friend TaskWithExecutor<T> co_withExecutor(Executor::KeepAlive<> executor,
                                             Task task) noexcept {
    task.coro_.promise().setExecutor(std::move(executor));
    return std::move(task).asTaskWithExecutor();
  }

  /// Legacy form of co_withExecutor.
  TaskWithExecutor<T> scheduleOn(Executor::KeepAlive<> executor) && noexcept {
    return co_withExecutor(std::move(executor), std::move(*this));
  }

  /// Converts the Task into a SemiFuture (void becomes folly::Unit).
  SemiFuture<lift_unit_t<StorageType>> semi() &&;

  friend Awaiter co_viaIfAsync(Executor::KeepAlive<> executor,
                               Task<T> &&t) noexcept {
    t.coro_.promise().setExecutor(std::move(executor));
    return Awaiter{std::exchange(t.coro_, {})};
  }

  friend Task co_withCancellation(CancellationToken cancelToken,
                                  Task &&task) noexcept {
    task.coro_.promise().setCancelToken(std::move(cancelToken));
    return std::move(task);
  }

private:
  friend class detail::TaskPromiseBase;
  friend class detail::TaskPromise<T>;
  friend class TaskWithExecutor<T>;

  explicit Task(handle_t coro) noexcept : coro_(coro) {}

  handle_t coro_;
};

template <typename T>
std::pair<Task<T>, Executor::KeepAlive<>> TaskWithExecutor<T>::unwrap() && {
  auto executor = Executor::KeepAlive<>(coro_.promise().getExecutor());
  return {Task<T>{std::exchange(coro_, {})}, std::move(executor)};
}

namespace detail {

template <typename T>
Task<T> TaskPromise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<TaskPromise<T>>::from_promise(*this)};
}

inline Task<void> TaskPromise<void>::get_return_object() noexcept {
  return Task<void>{
      std::coroutine_handle<TaskPromise<void>>::from_promise(*this)};
}

} // namespace detail

/// Invokes `f(a...)` keeping the callable alive in the coroutine frame (use
/// for coroutine lambdas with captures).
template <typename F, typename... A>
auto co_invoke(F &&f, A &&...a) -> std::invoke_result_t<F, A...> {
  return std::invoke(static_cast<F &&>(f), static_cast<A &&>(a)...);
}

template <typename T>
Task<T> makeTask(T t);
Task<void> makeTask();
template <typename T>
Task<T> makeErrorTask(exception_wrapper ew);

} // namespace folly::coro

#endif
