// AdditionalCancellationExceptions adds a code base's own cancellation type
// (and so the handlers for its bases), CancellationExceptions replaces the
// list, RethrowFunctions / AdditionalRethrowFunctions name helpers that
// rethrow. StrictMode is shown in async-swallowed-cancellation.cpp.
// RUN: %check_async_tidy --check-suffixes=DEFAULT,NOHELPER %s async-swallowed-cancellation %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=DEFAULT,ADD,NOHELPER %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.AdditionalCancellationExceptions: 'mylib::Cancelled'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=ADD,NOHELPER %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.CancellationExceptions: '::mylib::Cancelled'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.AdditionalRethrowFunctions: 'mylib::rethrowIfCancelled'}}" -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=DEFAULT %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.RethrowFunctions: 'mylib::rethrowIfCancelled'}}" -- -std=c++20

#include <coroutine>
#include <exception>

namespace folly {
struct OperationCancelled final : public std::exception {
  const char *what() const noexcept override {
    return "coroutine operation cancelled";
  }
};
} // namespace folly

namespace mylib {
// A code base's own cancellation, outside the std::exception hierarchy.
struct Interrupted {};
struct Cancelled : Interrupted {};
// Rethrows the current exception if it is a cancellation; returns otherwise.
void rethrowIfCancelled();

template <class T> struct Job {
  struct promise_type {
    Job get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_value(T) noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume();
};
} // namespace mylib

mylib::Job<int> step();

mylib::Job<int> retryOwnCancellation() {
  for (;;) {
    try {
      co_return co_await step();
    } catch (const mylib::Cancelled &) {
      // CHECK-MESSAGES-ADD: :[[@LINE-1]]:7: warning: handler for 'mylib::Cancelled' swallows cancellation and the loop goes round again, so 'retryOwnCancellation' never stops when cancelled
    }
  }
}

// A public base of the added type catches it too.
mylib::Job<int> retryOwnBase() {
  for (;;) {
    try {
      co_return co_await step();
    } catch (const mylib::Interrupted &) {
      // CHECK-MESSAGES-ADD: :[[@LINE-1]]:7: warning: handler for 'mylib::Interrupted' swallows cancellation ('mylib::Cancelled') and the loop goes round again
    }
  }
}

// std::exception catches folly's cancellation, unless the list is replaced
// by one that has no std::exception in it.
mylib::Job<int> retryStdException() {
  for (;;) {
    try {
      co_return co_await step();
    } catch (const std::exception &) {
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again
    }
  }
}

// A helper named in RethrowFunctions ends the path as a rethrow.
mylib::Job<int> retryWithHelper() {
  for (;;) {
    try {
      co_return co_await step();
    } catch (...) {
      // CHECK-MESSAGES-NOHELPER: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'retryWithHelper' never stops when cancelled
      mylib::rethrowIfCancelled();
    }
  }
}
