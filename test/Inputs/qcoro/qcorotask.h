// Stub of QCoro's API for async-tidy tests; mirrors qcoro/qcorotask.h
// (qcoro/qcoro, 0.11-era layout: Task and LazyTask share
// detail::TaskBase; LazyTask lives in qcoro/qcorolazytask.h).
// Only the surface the tests need is declared; bodies are placeholders.
//
// QCoro::Task<T> is EAGER: TaskPromiseBase::initial_suspend() returns
// std::suspend_never, so the body runs as soon as the function is called.
// It is awaitable through member `operator co_await() const`, and
// `.then(callback)` chains a continuation. QCoro::waitFor(awaitable)
// blocks (spinning a nested event loop) until the awaitable completes.
#ifndef ASYNC_TIDY_STUB_QCORO_QCOROTASK_H
#define ASYNC_TIDY_STUB_QCORO_QCOROTASK_H

#include <atomic>
#include <concepts>
#include <coroutine>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace QCoro {

namespace detail {
template <typename T>
concept has_await_methods = requires(T t) {
  { t.await_ready() } -> std::same_as<bool>;
  t.await_resume();
};
template <typename T>
concept has_member_operator_coawait = requires(T t) {
  t.operator co_await();
};
template <typename T>
concept has_nonmember_operator_coawait = requires(T t) {
  operator co_await(t);
};
template <typename T>
concept has_operator_coawait =
    has_member_operator_coawait<T> || has_nonmember_operator_coawait<T>;
} // namespace detail

//! A type that can be directly co_awaited.
template <typename T>
concept Awaitable =
    detail::has_operator_coawait<T> || detail::has_await_methods<T>;

template <typename T = void>
class Task;

namespace detail {

//! Specialised for Qt types that QCoro can co_await (via await_transform).
template <typename T>
struct awaiter_type;

template <typename T>
using awaiter_type_t = typename awaiter_type<T>::type;

template <typename T>
decltype(auto) get_awaiter(T &&t) {
  if constexpr (has_member_operator_coawait<T>)
    return static_cast<T &&>(t).operator co_await();
  else if constexpr (has_nonmember_operator_coawait<T>)
    return operator co_await(static_cast<T &&>(t));
  else
    return static_cast<T &&>(t);
}

template <typename T>
using awaitable_return_type_t =
    decltype(std::declval<decltype(get_awaiter(std::declval<T>())) &>()
                 .await_resume());

class TaskFinalSuspend {
public:
  explicit TaskFinalSuspend(
      const std::vector<std::coroutine_handle<>> &awaitingCoroutines)
      : mAwaitingCoroutines(awaitingCoroutines) {}
  bool await_ready() const noexcept { return false; }
  template <typename Promise>
  void await_suspend(std::coroutine_handle<Promise> finishedCoroutine) noexcept {
    (void)finishedCoroutine;
  }
  constexpr void await_resume() const noexcept {}

private:
  std::vector<std::coroutine_handle<>> mAwaitingCoroutines;
};

class TaskPromiseBase {
public:
  std::suspend_never initial_suspend() const noexcept { return {}; }
  TaskFinalSuspend final_suspend() const noexcept {
    return TaskFinalSuspend{mAwaitingCoroutines};
  }

  //! Qt types with an awaiter_type specialisation.
  template <typename T,
            typename Awaiter = QCoro::detail::awaiter_type_t<
                std::remove_cvref_t<T>>>
  auto await_transform(T &&value) {
    return Awaiter{value};
  }

  template <typename T>
  auto await_transform(QCoro::Task<T> &&task) {
    return std::forward<QCoro::Task<T>>(task);
  }

  template <typename T>
  auto &await_transform(QCoro::Task<T> &task) {
    return task;
  }

  //! Anything already awaitable is forwarded as is.
  template <Awaitable T>
  auto &&await_transform(T &&awaitable) {
    return std::forward<T>(awaitable);
  }

  template <Awaitable T>
  auto &await_transform(T &awaitable) {
    return awaitable;
  }

  void addAwaitingCoroutine(std::coroutine_handle<> awaitingCoroutine) {
    mAwaitingCoroutines.push_back(awaitingCoroutine);
  }
  bool hasAwaitingCoroutine() const { return !mAwaitingCoroutines.empty(); }

private:
  std::vector<std::coroutine_handle<>> mAwaitingCoroutines;
};

template <typename T>
class TaskPromise : public TaskPromiseBase {
public:
  explicit TaskPromise() = default;

  Task<T> get_return_object() noexcept;

  void unhandled_exception() { mValue = std::current_exception(); }

  void return_value(T &&value) noexcept { mValue.template emplace<T>(std::move(value)); }
  void return_value(const T &value) noexcept { mValue.template emplace<T>(value); }
  template <typename U>
    requires std::constructible_from<T, U>
  void return_value(U &&value) noexcept {
    mValue.template emplace<T>(std::forward<U>(value));
  }

  T &result() & {
    if (std::holds_alternative<std::exception_ptr>(mValue))
      std::rethrow_exception(std::get<std::exception_ptr>(mValue));
    return std::get<T>(mValue);
  }
  T &&result() && {
    if (std::holds_alternative<std::exception_ptr>(mValue))
      std::rethrow_exception(std::get<std::exception_ptr>(mValue));
    return std::move(std::get<T>(mValue));
  }

private:
  std::variant<std::monostate, T, std::exception_ptr> mValue;
};

template <>
class TaskPromise<void> : public TaskPromiseBase {
public:
  explicit TaskPromise() = default;

  Task<void> get_return_object() noexcept;
  void unhandled_exception() { mException = std::current_exception(); }
  void return_void() noexcept {}
  void result() {
    if (mException)
      std::rethrow_exception(mException);
  }

private:
  std::exception_ptr mException;
};

template <typename Promise>
class TaskAwaiterBase {
public:
  bool await_ready() const noexcept {
    return !mAwaitedCoroutine || mAwaitedCoroutine.done();
  }
  void await_suspend(std::coroutine_handle<> awaitingCoroutine) noexcept {
    mAwaitedCoroutine.promise().addAwaitingCoroutine(awaitingCoroutine);
  }

protected:
  explicit TaskAwaiterBase(std::coroutine_handle<Promise> awaitedCoroutine)
      : mAwaitedCoroutine(awaitedCoroutine) {}

  std::coroutine_handle<Promise> mAwaitedCoroutine = {};
};

template <typename T>
struct isTask : std::false_type {
  using return_type = T;
};

template <typename T>
struct isTask<QCoro::Task<T>> : std::true_type {
  using return_type = typename QCoro::Task<T>::value_type;
};

template <typename T>
constexpr bool isTask_v = isTask<T>::value;

template <typename T, typename Callback>
struct then_result {
  using invoke_t = std::conditional_t<
      std::is_void_v<T>, std::invoke_result<Callback>,
      std::invoke_result<Callback, std::add_lvalue_reference_t<T>>>;
  using type = typename isTask<typename invoke_t::type>::return_type;
};

//! Common base of QCoro::Task and QCoro::LazyTask.
template <typename T, template <typename> class TaskImpl, typename PromiseType>
class TaskBase {
public:
  using promise_type = PromiseType;
  using value_type = T;

  TaskBase() noexcept = default;
  explicit TaskBase(std::coroutine_handle<promise_type> coroutine)
      : mCoroutine(coroutine) {}
  TaskBase(const TaskBase &) = delete;
  TaskBase &operator=(const TaskBase &) = delete;
  TaskBase(TaskBase &&other) noexcept
      : mCoroutine(std::exchange(other.mCoroutine, {})) {}
  TaskBase &operator=(TaskBase &&other) noexcept {
    std::swap(mCoroutine, other.mCoroutine);
    return *this;
  }
  virtual ~TaskBase() = default;

  bool isReady() const { return !mCoroutine || mCoroutine.done(); }

  auto operator co_await() const noexcept {
    class TaskAwaiter : public TaskAwaiterBase<promise_type> {
    public:
      explicit TaskAwaiter(std::coroutine_handle<promise_type> awaitedCoroutine)
          : TaskAwaiterBase<promise_type>(awaitedCoroutine) {}
      auto await_resume() {
        if constexpr (!std::is_void_v<T>)
          return std::move(this->mAwaitedCoroutine.promise().result());
        else
          this->mAwaitedCoroutine.promise().result();
      }
    };
    return TaskAwaiter{mCoroutine};
  }

  //! Chains `callback` (called with the result) after this task.
  template <typename ThenCallback>
    requires(std::is_invocable_v<ThenCallback> ||
             (!std::is_void_v<T> &&
              std::is_invocable_v<ThenCallback, std::add_lvalue_reference_t<T>>))
  auto then(ThenCallback &&callback) &
      -> TaskImpl<typename then_result<T, ThenCallback>::type> {
    (void)callback;
    std::terminate(); // stub: never runs
  }

  template <typename ThenCallback>
    requires(std::is_invocable_v<ThenCallback> ||
             (!std::is_void_v<T> &&
              std::is_invocable_v<ThenCallback, std::add_lvalue_reference_t<T>>))
  auto then(ThenCallback &&callback) &&
      -> TaskImpl<typename then_result<T, ThenCallback>::type> {
    (void)callback;
    std::terminate(); // stub: never runs
  }

  //! Chains `callback`, or `errorCallback` if this task threw.
  template <typename ThenCallback, typename ErrorCallback>
  auto then(ThenCallback &&callback, ErrorCallback &&errorCallback) &&
      -> TaskImpl<typename then_result<T, ThenCallback>::type> {
    (void)callback;
    (void)errorCallback;
    std::terminate(); // stub: never runs
  }

protected:
  std::coroutine_handle<promise_type> mCoroutine = {};
};

} // namespace detail

//! An eagerly started coroutine.
template <typename T>
class Task final : public detail::TaskBase<T, Task, detail::TaskPromise<T>> {
public:
  using promise_type = detail::TaskPromise<T>;
  using value_type = T;

  using detail::TaskBase<T, Task, promise_type>::TaskBase;
  Task(Task &&) noexcept = default;
  Task &operator=(Task &&) noexcept = default;
  ~Task() override = default;
};

namespace detail {
template <typename T>
Task<T> TaskPromise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<TaskPromise>::from_promise(*this)};
}
inline Task<void> TaskPromise<void>::get_return_object() noexcept {
  return Task<void>{std::coroutine_handle<TaskPromise>::from_promise(*this)};
}
} // namespace detail

//! Blocks (running a nested Qt event loop) until the task finishes.
template <typename T>
T waitFor(QCoro::Task<T> &task) {
  (void)task;
  std::terminate(); // stub: never runs
}

template <typename T>
T waitFor(QCoro::Task<T> &&task) {
  (void)task;
  std::terminate(); // stub: never runs
}

template <Awaitable Awaitable>
auto waitFor(Awaitable &&awaitable)
    -> detail::awaitable_return_type_t<Awaitable> {
  (void)awaitable;
  std::terminate(); // stub: never runs
}

} // namespace QCoro

#endif
