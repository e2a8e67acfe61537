// Stub of QCoro's API for async-tidy tests; mirrors qcoro/qcorolazytask.h
// (qcoro/qcoro, 0.11+). Only the surface the tests need is declared.
//
// QCoro::LazyTask<T> is LAZY: its promise's initial_suspend() returns
// std::suspend_always; the body starts when the task is co_awaited.
#ifndef ASYNC_TIDY_STUB_QCORO_QCOROLAZYTASK_H
#define ASYNC_TIDY_STUB_QCORO_QCOROLAZYTASK_H

#include <qcoro/qcorotask.h>

namespace QCoro {

template <typename T>
class LazyTask;

namespace detail {

template <typename T>
struct isTask<QCoro::LazyTask<T>> : std::true_type {
  using return_type = typename QCoro::LazyTask<T>::value_type;
};

template <typename T>
class LazyTaskPromise : public TaskPromise<T> {
public:
  using TaskPromise<T>::TaskPromise;

  LazyTask<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }
};

} // namespace detail

template <typename T = void>
class LazyTask final
    : public detail::TaskBase<T, LazyTask, detail::LazyTaskPromise<T>> {
public:
  using promise_type = detail::LazyTaskPromise<T>;
  using value_type = T;

  using detail::TaskBase<T, LazyTask, promise_type>::TaskBase;
  LazyTask(LazyTask &&) noexcept = default;
  LazyTask &operator=(LazyTask &&) noexcept = default;
  ~LazyTask() override = default;

  // Awaiting starts the lazy coroutine.
  auto operator co_await() const noexcept {
    return detail::TaskBase<T, LazyTask, promise_type>::operator co_await();
  }
};

namespace detail {
template <typename T>
LazyTask<T> LazyTaskPromise<T>::get_return_object() noexcept {
  return LazyTask<T>{
      std::coroutine_handle<LazyTaskPromise>::from_promise(*this)};
}
} // namespace detail

} // namespace QCoro

#endif
