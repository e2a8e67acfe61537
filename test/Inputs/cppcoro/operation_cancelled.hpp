// Stub of cppcoro's API for async-tidy tests; mirrors
// cppcoro/include/cppcoro/operation_cancelled.hpp (lewissbaker/cppcoro).
// Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_CPPCORO_OPERATION_CANCELLED_HPP
#define ASYNC_TIDY_STUB_CPPCORO_OPERATION_CANCELLED_HPP

#include <exception>

namespace cppcoro {

class operation_cancelled : public std::exception {
public:
  operation_cancelled() noexcept : std::exception() {}
  const char *what() const noexcept override { return "operation cancelled"; }
};

} // namespace cppcoro

#endif
