// The exception form on folly::coro and cppcoro code: handlers that swallow
// a cancellation where it does harm (a retry loop, a made-up value), and the
// near misses that must stay silent.
// RUN: %check_async_tidy %s async-swallowed-cancellation %t -- -- -std=c++20
// RUN: %check_async_tidy --check-suffixes=,STRICT %s async-swallowed-cancellation %t -- \
// RUN:   -config="{CheckOptions: {async-swallowed-cancellation.StrictMode: true}}" -- -std=c++20

#include <coroutine>
#include <exception>
#include <stdexcept>
#include <utility>

// Declarations as folly and cppcoro spell them (folly/OperationCancelled.h,
// folly/ExceptionWrapper.h, folly/experimental/coro/Error.h,
// cppcoro/operation_cancelled.hpp, cppcoro/cancellation_token.hpp).
namespace folly {
struct OperationCancelled final : public std::exception {
  const char *what() const noexcept override {
    return "coroutine operation cancelled";
  }
};
class exception_wrapper {
public:
  exception_wrapper() noexcept = default;
  explicit exception_wrapper(const std::exception_ptr &Ptr) noexcept;
  template <class Ex>
  exception_wrapper(const std::exception_ptr &Ptr, Ex &E) noexcept;
  explicit operator bool() const noexcept;
  [[noreturn]] void throw_exception() const;
};
class CancellationToken {
public:
  bool isCancellationRequested() const noexcept;
};
namespace coro {
class co_error final {
public:
  template <class... A> explicit co_error(A &&...a) noexcept;
};
template <class T = void> class Task;
template <class T> struct TaskPromise {
  Task<T> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept;
  std::suspend_always final_suspend() noexcept;
  void unhandled_exception() noexcept;
  std::suspend_always yield_value(co_error &&) noexcept;
  void return_value(T) noexcept;
};
template <> struct TaskPromise<void> {
  Task<void> get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept;
  std::suspend_always final_suspend() noexcept;
  void unhandled_exception() noexcept;
  std::suspend_always yield_value(co_error &&) noexcept;
  void return_void() noexcept;
};
template <class T> class Task {
public:
  using promise_type = TaskPromise<T>;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume();
};
} // namespace coro
} // namespace folly

namespace cppcoro {
class operation_cancelled : public std::exception {
public:
  operation_cancelled() noexcept : std::exception() {}
  const char *what() const noexcept override { return "operation cancelled"; }
};
class cancellation_token {
public:
  bool is_cancellation_requested() const noexcept;
  void throw_if_cancellation_requested() const;
};
template <class T = void> class task {
public:
  struct promise_type {
    task get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_value(T) noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume();
};
template <> class task<void> {
public:
  struct promise_type {
    task get_return_object() noexcept;
    std::suspend_always initial_suspend() noexcept;
    std::suspend_always final_suspend() noexcept;
    void unhandled_exception() noexcept;
    void return_void() noexcept;
  };
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume();
};
} // namespace cppcoro

using folly::coro::Task;
Task<int> fetch();
Task<void> sleepABit();
void log(const char *);
int parse(const char *);

// --- retry loops -----------------------------------------------------------

Task<void> poll() {
  while (true) {
    try {
      co_await fetch();
    } catch (const std::exception &E) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again, so 'poll' never stops when cancelled; rethrow it or test for cancellation [async-swallowed-cancellation]
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the awaited operation can be cancelled here
      log(E.what());
    }
    co_await sleepABit();
  }
}

Task<int> retryThreeTimes() {
  for (int Attempt = 0; Attempt < 3; ++Attempt) {
    try {
      co_return co_await fetch();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'retryThreeTimes' never stops when cancelled; rethrow it or test for cancellation
      continue;
    }
  }
  co_return 0;
}

// Rethrows on only one branch: the other goes round again.
Task<void> rethrowsSometimes(int Limit) {
  int Failures = 0;
  for (;;) {
    try {
      co_await fetch();
    } catch (...) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and the loop goes round again, so 'rethrowsSometimes' never stops when cancelled
      if (++Failures > Limit)
        throw;
    }
  }
}

// A `break` in a switch stays in the loop.
Task<void> breakLeavesOnlyTheSwitch(int Mode) {
  for (;;) {
    try {
      co_await fetch();
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again
      switch (Mode) {
      case 0:
        break;
      default:
        throw;
      }
    }
  }
}

// Silent: every path rethrows, or leaves with another exception.
Task<void> rethrowsOnEveryPath(int Limit) {
  for (int Failures = 0;; ++Failures) {
    try {
      co_await fetch();
    } catch (const std::exception &E) {
      log(E.what());
      if (Failures > Limit)
        throw std::runtime_error("giving up");
      throw;
    }
  }
}

Task<void> rethrowsThroughRethrowException() {
  for (;;) {
    try {
      co_await fetch();
    } catch (...) {
      // Silent: std::rethrow_exception is a rethrow.
      std::rethrow_exception(std::current_exception());
    }
  }
}

// Silent: a handler for the cancellation goes first and rethrows, so the
// handler after it never sees one.
Task<void> cancellationHandledFirst() {
  for (;;) {
    try {
      co_await fetch();
    } catch (const folly::OperationCancelled &) {
      throw;
    } catch (const std::exception &E) {
      log(E.what());
    }
  }
}

// Silent: the handler asks whether it was cancelled.
Task<void> testsTheToken(const folly::CancellationToken &Token) {
  for (;;) {
    try {
      co_await fetch();
    } catch (const std::exception &E) {
      if (Token.isCancellationRequested())
        throw;
      log(E.what());
    }
  }
}

// Silent: the loop asks, so it stops after the cancellation.
cppcoro::task<> loopTestsTheToken(cppcoro::cancellation_token Token,
                                  cppcoro::task<> (*Step)()) {
  while (!Token.is_cancellation_requested()) {
    try {
      co_await Step();
    } catch (const std::exception &) {
    }
  }
}

// Silent: the handler rethrows the cancellation through a nested dispatch.
Task<void> dispatchesInTheHandler() {
  for (;;) {
    try {
      co_await fetch();
    } catch (...) {
      try {
        throw;
      } catch (const folly::OperationCancelled &) {
        throw;
      } catch (...) {
        log("failed; retrying");
      }
    }
  }
}

// Not a retry loop: the handler sets a flag on which the loop then stops.
// (The coroutine still carries on after it: strict mode says so.)
Task<void> stopsOnTheFlag() {
  for (;;) {
    bool Failed = false;
    try {
      co_await fetch();
    } catch (const std::exception &) {
      // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and 'stopsOnTheFlag' carries on as if it had not been cancelled
      Failed = true;
    }
    if (Failed)
      break;
    co_await sleepABit();
  }
}

// The flag only delays the retry.
Task<void> flagDoesNotStop() {
  for (;;) {
    bool Failed = false;
    try {
      co_await fetch();
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again, so 'flagDoesNotStop' never stops when cancelled
      Failed = true;
    }
    if (Failed)
      co_await sleepABit();
  }
}

// Silent: nothing awaited in the try block, so nothing there is cancelled.
Task<void> noSuspensionInTry(const char *Text) {
  for (;;) {
    int Value = 0;
    try {
      Value = parse(Text);
    } catch (const std::exception &) {
      Value = -1;
    }
    co_await sleepABit();
  }
}

// Silent: an unrelated exception type cannot be a cancellation.
Task<void> unrelatedType() {
  for (;;) {
    try {
      co_await fetch();
    } catch (const std::invalid_argument &E) {
      log(E.what());
    }
  }
}

// --- values made up for the awaiter --------------------------------------

Task<int> fallbackValue() {
  try {
    co_return co_await fetch();
  } catch (const std::exception &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and 'fallbackValue' returns a made-up value to its awaiter; rethrow it or test for cancellation
    co_return -1;
  }
}

cppcoro::task<int> cppcoroFallback() {
  int Result = 0;
  try {
    Result = co_await cppcoro::task<int>();
  } catch (const cppcoro::operation_cancelled &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: handler for 'cppcoro::operation_cancelled' swallows cancellation and 'cppcoroFallback' returns a made-up value to its awaiter
  }
  co_return Result;
}

// folly's idiom: `co_yield` is ill-formed in a handler, so the exception is
// kept and handed to co_error after it. Silent.
Task<int> keepsTheErrorForCoError() {
  folly::exception_wrapper Error;
  int Value = 0;
  try {
    Value = co_await fetch();
  } catch (const std::exception &E) {
    Error = folly::exception_wrapper{std::current_exception(), E};
  }
  if (Error) {
    co_await sleepABit();
    co_yield folly::coro::co_error(std::move(Error));
  }
  co_return Value;
}

// Silent: kept and rethrown after an asynchronous clean-up.
Task<int> keepsTheErrorForRethrow() {
  std::exception_ptr Failure;
  try {
    co_return co_await fetch();
  } catch (...) {
    Failure = std::current_exception();
  }
  co_await sleepABit();
  std::rethrow_exception(Failure);
}

// Silent: the handler completes into a throw.
Task<int> throwsAfterTheHandler() {
  try {
    co_return co_await fetch();
  } catch (const std::exception &E) {
    log(E.what());
  }
  throw std::runtime_error("fetch failed");
}

// Silent: a flag set in the handler makes the code after it throw.
Task<int> throwsOnTheFlag() {
  int Value = 0;
  bool Failed = false;
  try {
    Value = co_await fetch();
  } catch (...) {
    Failed = true;
  }
  if (Failed)
    throw std::runtime_error("fetch failed");
  co_return Value;
}

// Kept, but never rethrown: the awaiter gets the made-up value.
Task<int> keepsTheErrorAndDropsIt() {
  std::exception_ptr Failure;
  int Value = 0;
  try {
    Value = co_await fetch();
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catch-all handler swallows cancellation and 'keepsTheErrorAndDropsIt' returns a made-up value to its awaiter
    Failure = std::current_exception();
  }
  co_return Value;
}

// --- void coroutines: the coroutine stops; reported only in strict mode ---

Task<void> session() {
  try {
    for (;;)
      co_await fetch();
  } catch (const std::exception &E) {
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:5: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and 'session' carries on as if it had not been cancelled; rethrow it or test for cancellation
    log(E.what());
  }
}

Task<void> leavesTheLoop() {
  for (;;) {
    try {
      co_await fetch();
    } catch (...) {
      // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:7: warning: catch-all handler swallows cancellation and 'leavesTheLoop' carries on as if it had not been cancelled
      break;
    }
  }
  log("done");
}

// --- nesting, lambdas, templates --------------------------------------------

Task<void> nestedTries() {
  for (;;) {
    try {
      try {
        co_await fetch();
      } catch (const std::exception &E) {
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again, so 'nestedTries' never stops
        log(E.what());
      }
      co_await sleepABit();
    } catch (...) {
      // Silent: rethrows.
      throw;
    }
  }
}

void notACoroutine() {
  for (;;) {
    try {
      parse("1");
    } catch (...) {
      // Silent: not in a coroutine.
    }
  }
}

Task<void> lambdas() {
  // A lambda body is its own function: the coroutine lambda is reported for
  // itself, once.
  auto Retry = []() -> Task<void> {
    for (;;) {
      try {
        co_await fetch();
      } catch (...) {
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: catch-all handler swallows cancellation and the loop goes round again, so the lambda never stops when cancelled
      }
    }
  };
  co_await Retry();
  // Silent: a plain lambda in a coroutine suspends nothing.
  auto Parse = [] {
    for (;;) {
      try {
        return parse("2");
      } catch (...) {
      }
    }
  };
  Parse();
}

template <class T> Task<T> retryAny(Task<T> (*Make)()) {
  for (;;) {
    try {
      co_return co_await Make();
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again, so 'retryAny' never stops when cancelled
    }
  }
}
template Task<int> retryAny(Task<int> (*)());
template Task<long> retryAny(Task<long> (*)());

// The caught type depends on the template argument: decided per
// instantiation, reported once.
template <class E> Task<int> catchesDependent() {
  try {
    co_return co_await fetch();
  } catch (const E &) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: handler for 'folly::OperationCancelled' swallows cancellation and 'catchesDependent' returns a made-up value to its awaiter
    co_return 0;
  }
}
template Task<int> catchesDependent<std::invalid_argument>();
template Task<int> catchesDependent<folly::OperationCancelled>();
