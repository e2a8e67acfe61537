// Stub of async_simple's API for async-tidy tests; mirrors async_simple/Try.h
// (alibaba/async_simple). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_ASYNC_SIMPLE_TRY_H
#define ASYNC_TIDY_STUB_ASYNC_SIMPLE_TRY_H

#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace async_simple {

// Holds nothing, a value of type T, or an exception.
template <typename T>
class Try {
public:
  Try() = default;
  Try(const T &val) : _value(val) {}
  Try(T &&val) : _value(std::move(val)) {}
  Try(std::exception_ptr error) : _value(std::move(error)) {}

  bool available() const noexcept {
    return !std::holds_alternative<std::monostate>(_value);
  }
  bool hasError() const noexcept {
    return std::holds_alternative<std::exception_ptr>(_value);
  }

  const T &value() const & {
    checkHasTry();
    return std::get<T>(_value);
  }
  T &value() & {
    checkHasTry();
    return std::get<T>(_value);
  }
  T &&value() && {
    checkHasTry();
    return std::move(std::get<T>(_value));
  }
  const T &&value() const && {
    checkHasTry();
    return std::move(std::get<T>(_value));
  }

  T &operator*() & { return value(); }
  T &&operator*() && { return std::move(value()); }

  template <class... U>
  T &emplace(U &&...value) {
    _value = T(std::forward<U>(value)...);
    return std::get<T>(_value);
  }

  void setException(std::exception_ptr error) { _value = std::move(error); }
  std::exception_ptr getException() const {
    return hasError() ? std::get<std::exception_ptr>(_value) : nullptr;
  }

private:
  void checkHasTry() const {
    if (hasError())
      std::rethrow_exception(std::get<std::exception_ptr>(_value));
  }

  std::variant<std::monostate, T, std::exception_ptr> _value;
};

template <>
class Try<void> {
public:
  Try() = default;
  Try(std::exception_ptr error) : _error(std::move(error)) {}

  bool available() const noexcept { return true; }
  bool hasError() const noexcept { return bool(_error); }

  void value() const {
    if (_error)
      std::rethrow_exception(_error);
  }

  void setException(std::exception_ptr error) { _error = std::move(error); }
  std::exception_ptr getException() const { return _error; }

private:
  std::exception_ptr _error;
};

} // namespace async_simple

#endif
