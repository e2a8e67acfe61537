// Stub of folly's API for async-tidy tests; mirrors folly/ExceptionWrapper.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_EXCEPTIONWRAPPER_H
#define ASYNC_TIDY_STUB_FOLLY_EXCEPTIONWRAPPER_H

#include <exception>
#include <string>
#include <type_traits>
#include <utility>

namespace folly {

class exception_wrapper {
public:
  exception_wrapper() noexcept = default;
  explicit exception_wrapper(std::exception_ptr ptr) noexcept
      : ptr_(std::move(ptr)) {}

  template <typename Ex, typename Ex_ = std::decay_t<Ex>,
            std::enable_if_t<std::is_base_of_v<std::exception, Ex_>, int> = 0>
  /* implicit */ exception_wrapper(Ex &&ex)
      : ptr_(std::make_exception_ptr(static_cast<Ex &&>(ex))) {}

  explicit operator bool() const noexcept { return bool(ptr_); }
  bool has_exception_ptr() const noexcept { return bool(ptr_); }

  [[noreturn]] void throw_exception() const { std::rethrow_exception(ptr_); }

  const std::exception_ptr &to_exception_ptr() const noexcept { return ptr_; }

  template <typename Ex>
  Ex *get_exception() noexcept;
  template <typename Ex>
  const Ex *get_exception() const noexcept;

  template <typename Ex>
  bool is_compatible_with() const noexcept;

  std::string what() const;

private:
  std::exception_ptr ptr_;
};

template <typename Ex, typename... As>
exception_wrapper make_exception_wrapper(As &&...as) {
  return exception_wrapper{Ex(static_cast<As &&>(as)...)};
}

} // namespace folly

#endif
