// Stub of folly's API for async-tidy tests; mirrors folly/OperationCancelled.h
// (facebook/folly). Only the surface the tests need is declared.
#ifndef ASYNC_TIDY_STUB_FOLLY_OPERATIONCANCELLED_H
#define ASYNC_TIDY_STUB_FOLLY_OPERATIONCANCELLED_H

#include <exception>

namespace folly {

struct OperationCancelled : public std::exception {
  const char *what() const noexcept override {
    return "coroutine operation cancelled";
  }
};

} // namespace folly

#endif
