// Stub of folly's API for async-tidy tests; mirrors folly/Try.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_TRY_H
#define ASYNC_TIDY_STUB_FOLLY_TRY_H

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <folly/ExceptionWrapper.h>
#include <folly/Unit.h>

namespace folly {

// Holds either a value of type T, an exception, or nothing.
template <typename T>
class Try {
public:
  using element_type = T;

  Try() noexcept = default;
  explicit Try(const T &v) : value_(v) {}
  explicit Try(T &&v) : value_(std::move(v)) {}
  explicit Try(exception_wrapper e) noexcept : e_(std::move(e)) {}

  bool hasValue() const noexcept { return value_.has_value(); }
  bool hasException() const noexcept { return bool(e_); }

  T &value() & {
    throwUnlessValue();
    return *value_;
  }
  T &&value() && {
    throwUnlessValue();
    return std::move(*value_);
  }
  const T &value() const & {
    throwUnlessValue();
    return *value_;
  }

  T &operator*() & { return value(); }
  T &&operator*() && { return std::move(value()); }
  const T &operator*() const & { return value(); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }

  exception_wrapper &exception() & { return e_; }
  exception_wrapper &&exception() && { return std::move(e_); }
  const exception_wrapper &exception() const & { return e_; }

  template <typename Ex>
  Ex *tryGetExceptionObject() noexcept {
    return e_.template get_exception<Ex>();
  }

  template <typename... Args>
  T &emplace(Args &&...args) {
    return value_.emplace(static_cast<Args &&>(args)...);
  }

  void throwUnlessValue() const {
    if (e_)
      e_.throw_exception();
  }

private:
  std::optional<T> value_;
  exception_wrapper e_;
};

template <>
class Try<void> {
public:
  using element_type = void;

  Try() noexcept : hasValue_(true) {}
  explicit Try(exception_wrapper e) noexcept
      : hasValue_(false), e_(std::move(e)) {}

  bool hasValue() const noexcept { return hasValue_; }
  bool hasException() const noexcept { return bool(e_); }

  void value() const { throwIfFailed(); }
  void operator*() const { value(); }

  exception_wrapper &exception() & { return e_; }
  const exception_wrapper &exception() const & { return e_; }

  void throwIfFailed() const {
    if (e_)
      e_.throw_exception();
  }

private:
  bool hasValue_;
  exception_wrapper e_;
};

} // namespace folly

#endif
