// Stub of folly's API for async-tidy tests; mirrors folly/coro/Result.h
// (facebook/folly). Only the surface the tests need is declared.
//
// `co_yield co_error(ex)` completes a Task with an error without throwing.
#ifndef ASYNC_TIDY_STUB_FOLLY_CORO_RESULT_H
#define ASYNC_TIDY_STUB_FOLLY_CORO_RESULT_H

#include <type_traits>
#include <utility>

#include <folly/ExceptionWrapper.h>
#include <folly/OperationCancelled.h>
#include <folly/Try.h>

namespace folly::coro {

class co_error final {
public:
  template <typename... A,
            std::enable_if_t<sizeof...(A) != 0 &&
                                 std::is_constructible_v<exception_wrapper,
                                                         A...>,
                             int> = 0>
  explicit co_error(A &&...a) noexcept(
      std::is_nothrow_constructible_v<exception_wrapper, A...>)
      : ex_(static_cast<A &&>(a)...) {}

  const exception_wrapper &exception() const { return ex_; }
  exception_wrapper &exception() { return ex_; }

private:
  exception_wrapper ex_;
};

template <typename T>
class co_result final {
public:
  explicit co_result(Try<T> &&result) noexcept(
      std::is_nothrow_move_constructible_v<T>)
      : result_(std::move(result)) {}

  const Try<T> &result() const { return result_; }
  Try<T> &result() { return result_; }

private:
  Try<T> result_;
};

// `co_yield co_cancelled` completes a Task with OperationCancelled.
struct co_cancelled_t {
  co_error operator()() const { return co_error(OperationCancelled{}); }
};
inline constexpr co_cancelled_t co_cancelled{};

} // namespace folly::coro

#endif
