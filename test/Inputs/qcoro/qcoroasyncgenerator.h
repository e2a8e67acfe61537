// Stub of QCoro's API for async-tidy tests; mirrors
// qcoro/qcoroasyncgenerator.h (qcoro/qcoro). Only the surface the tests
// need is declared; bodies are placeholders.
//
// QCoro::AsyncGenerator<T> is lazy (initial_suspend() returns
// std::suspend_always). The generator is not awaitable itself; its begin()
// and iterator::operator++() return awaitables:
//   for (auto it = co_await gen.begin(); it != gen.end(); co_await ++it)
// or QCORO_FOREACH(const T &v, gen()) { ... }
#ifndef ASYNC_TIDY_STUB_QCORO_QCOROASYNCGENERATOR_H
#define ASYNC_TIDY_STUB_QCORO_QCOROASYNCGENERATOR_H

#include <coroutine>
#include <exception>
#include <iterator>
#include <memory>
#include <type_traits>
#include <utility>

#include <qcoro/qcorotask.h>

namespace QCoro {

template <typename T>
class AsyncGenerator;

template <typename T>
class AsyncGeneratorIterator;

namespace detail {

class AsyncGeneratorYieldOperation {
public:
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    return std::noop_coroutine();
  }
  void await_resume() noexcept {}
};

class AsyncGeneratorPromiseBase {
public:
  std::suspend_always initial_suspend() const noexcept { return {}; }
  AsyncGeneratorYieldOperation final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {
    m_exception = std::current_exception();
  }
  void return_void() noexcept {}

  template <typename T,
            typename Awaiter = QCoro::detail::awaiter_type_t<
                std::remove_cvref_t<T>>>
  auto await_transform(T &&value) {
    return Awaiter{value};
  }

  template <Awaitable T>
  auto &&await_transform(T &&awaitable) {
    return std::forward<T>(awaitable);
  }

  template <Awaitable T>
  auto &await_transform(T &awaitable) {
    return awaitable;
  }

protected:
  void *m_currentValue = nullptr;
  std::exception_ptr m_exception;
};

template <typename T>
class AsyncGeneratorPromise final : public AsyncGeneratorPromiseBase {
  using value_type = std::remove_reference_t<T>;

public:
  AsyncGenerator<T> get_return_object() noexcept;

  AsyncGeneratorYieldOperation yield_value(value_type &value) noexcept {
    m_currentValue = static_cast<void *>(std::addressof(value));
    return {};
  }
  AsyncGeneratorYieldOperation yield_value(value_type &&value) noexcept {
    return yield_value(value);
  }

  T &value() const noexcept { return *static_cast<T *>(m_currentValue); }
};

template <typename T>
class AsyncGeneratorIncrementOperation {
public:
  explicit AsyncGeneratorIncrementOperation(
      AsyncGeneratorIterator<T> &iterator) noexcept
      : m_iterator(iterator) {}
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    return std::noop_coroutine();
  }
  AsyncGeneratorIterator<T> &await_resume() { return m_iterator; }

private:
  AsyncGeneratorIterator<T> &m_iterator;
};

template <typename T>
class AsyncGeneratorBeginOperation {
public:
  explicit AsyncGeneratorBeginOperation(
      std::coroutine_handle<AsyncGeneratorPromise<T>> producer) noexcept
      : m_producer(producer) {}
  bool await_ready() const noexcept { return !m_producer; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<>) noexcept {
    return m_producer;
  }
  AsyncGeneratorIterator<T> await_resume();

private:
  std::coroutine_handle<AsyncGeneratorPromise<T>> m_producer;
};

} // namespace detail

template <typename T>
class AsyncGeneratorIterator {
  using promise_type = detail::AsyncGeneratorPromise<T>;
  using handle_type = std::coroutine_handle<promise_type>;

public:
  using iterator_category = std::input_iterator_tag;
  using difference_type = std::ptrdiff_t;
  using value_type = std::remove_reference_t<T>;
  using reference = std::add_lvalue_reference_t<T>;
  using pointer = std::add_pointer_t<value_type>;

  explicit AsyncGeneratorIterator(std::nullptr_t) noexcept {}
  explicit AsyncGeneratorIterator(handle_type coroutine) noexcept
      : m_coroutine(coroutine) {}

  auto operator++() noexcept {
    return detail::AsyncGeneratorIncrementOperation<T>{*this};
  }
  reference operator*() const noexcept { return m_coroutine.promise().value(); }
  bool operator==(const AsyncGeneratorIterator &other) const noexcept {
    return m_coroutine == other.m_coroutine;
  }

private:
  handle_type m_coroutine = nullptr;
};

namespace detail {
template <typename T>
AsyncGeneratorIterator<T> AsyncGeneratorBeginOperation<T>::await_resume() {
  return AsyncGeneratorIterator<T>{m_producer};
}
} // namespace detail

template <typename T>
class [[nodiscard]] AsyncGenerator {
public:
  using promise_type = detail::AsyncGeneratorPromise<T>;
  using iterator = AsyncGeneratorIterator<T>;

  AsyncGenerator() noexcept = default;
  explicit AsyncGenerator(promise_type &promise) noexcept
      : m_coroutine(
            std::coroutine_handle<promise_type>::from_promise(promise)) {}
  AsyncGenerator(AsyncGenerator &&other) noexcept
      : m_coroutine(std::exchange(other.m_coroutine, nullptr)) {}
  AsyncGenerator(const AsyncGenerator &) = delete;
  AsyncGenerator &operator=(const AsyncGenerator &) = delete;
  AsyncGenerator &operator=(AsyncGenerator &&other) noexcept {
    std::swap(m_coroutine, other.m_coroutine);
    return *this;
  }
  ~AsyncGenerator() {
    if (m_coroutine)
      m_coroutine.destroy();
  }

  auto begin() noexcept {
    return detail::AsyncGeneratorBeginOperation<T>{m_coroutine};
  }
  auto end() noexcept { return iterator{nullptr}; }

private:
  std::coroutine_handle<promise_type> m_coroutine = nullptr;
};

namespace detail {
template <typename T>
AsyncGenerator<T> AsyncGeneratorPromise<T>::get_return_object() noexcept {
  return AsyncGenerator<T>{*this};
}
} // namespace detail

} // namespace QCoro

#define QCORO_FOREACH(var, generator)                                          \
  if (auto &&_qcoro_container = (generator); false) {                          \
  } else                                                                       \
    for (auto _qcoro_it = co_await _qcoro_container.begin(),                   \
              _qcoro_end = _qcoro_container.end();                             \
         _qcoro_it != _qcoro_end; co_await ++_qcoro_it)                        \
      if (var = *_qcoro_it; false) {                                           \
      } else

#endif
