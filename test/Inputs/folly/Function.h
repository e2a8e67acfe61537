// Stub of folly's API for async-tidy tests; mirrors folly/Function.h
// (facebook/folly). Only the surface the tests need is declared.
// (The real folly::Function is move-only; this stub wraps std::function.)
#ifndef ASYNC_TIDY_STUB_FOLLY_FUNCTION_H
#define ASYNC_TIDY_STUB_FOLLY_FUNCTION_H

#include <functional>

namespace folly {

template <typename FunctionType>
class Function;

template <typename R, typename... Args>
class Function<R(Args...)> : public std::function<R(Args...)> {
public:
  using std::function<R(Args...)>::function;
  Function() noexcept = default;
};

} // namespace folly

#endif
