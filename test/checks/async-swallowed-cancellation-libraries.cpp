// The exception form on the library stubs of test/Inputs (folly::coro,
// cppcoro): the wrong/right pairs of the documentation, and folly's idioms.
// RUN: %check_async_tidy %s async-swallowed-cancellation %t -- -- %coro_flags

#include <chrono>
#include <cppcoro/cancellation_token.hpp>
#include <cppcoro/operation_cancelled.hpp>
#include <coro/coro.hpp>
#include <cppcoro/task.hpp>
#include <folly/CancellationToken.h>
#include <folly/ExceptionWrapper.h>
#include <folly/OperationCancelled.h>
#include <folly/coro/CurrentExecutor.h>
#include <folly/coro/Result.h>
#include <folly/coro/Sleep.h>
#include <folly/coro/Task.h>
#include <stdexcept>
#include <unifex/task.hpp>

void logError(const char *);

namespace folly_example {
struct Client {
  folly::coro::Task<int> fetch();
};

folly::coro::Task<void> poll(Client &C) {
  while (true) {
    try {
      co_await C.fetch();
    } catch (const std::exception &E) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('folly::OperationCancelled') and the loop goes round again, so 'poll' never stops when cancelled; rethrow it or test for cancellation [async-swallowed-cancellation]
      logError(E.what());
    }
    co_await folly::coro::sleep(std::chrono::seconds(1));
  }
}

// Silent: the cancellation goes through first.
folly::coro::Task<void> pollRight(Client &C) {
  while (true) {
    try {
      co_await C.fetch();
    } catch (const folly::OperationCancelled &) {
      throw;
    } catch (const std::exception &E) {
      logError(E.what());
    }
    co_await folly::coro::sleep(std::chrono::seconds(1));
  }
}

// Silent: the token read from the coroutine's context is asked.
folly::coro::Task<void> pollWithToken(Client &C) {
  const folly::CancellationToken &Token =
      co_await folly::coro::co_current_cancellation_token;
  while (true) {
    try {
      co_await C.fetch();
    } catch (const std::exception &E) {
      if (Token.isCancellationRequested())
        throw;
      logError(E.what());
    }
  }
}

// Silent: the error is kept and handed to co_error after the handler.
folly::coro::Task<int> fetchOrError(Client &C) {
  folly::exception_wrapper Error;
  int Value = 0;
  try {
    Value = co_await C.fetch();
  } catch (...) {
    Error = folly::exception_wrapper(std::current_exception());
  }
  if (Error)
    co_yield folly::coro::co_error(std::move(Error));
  co_return Value;
}

// Silent: reading the token from the coroutine's context cannot be
// cancelled.
folly::coro::Task<void> readsTheToken(const folly::CancellationToken *&Out) {
  for (int Attempt = 0; Attempt < 3; ++Attempt) {
    try {
      Out = &co_await folly::coro::co_current_cancellation_token;
    } catch (...) {
    }
  }
}

folly::coro::Task<int> fetchOrZero(Client &C) {
  try {
    co_return co_await C.fetch();
  } catch (const std::runtime_error &) {
    // Silent: std::runtime_error is no base of folly::OperationCancelled.
    // (std::system_error derives from it, but is a cancellation only where
    // standalone asio makes it asio::system_error.)
    co_return -1;
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catch-all handler swallows cancellation and 'fetchOrZero' returns a made-up value to its awaiter
    co_return 0;
  }
}
} // namespace folly_example

namespace cppcoro_example {
cppcoro::task<int> quote(cppcoro::cancellation_token T);

cppcoro::task<int> price(cppcoro::cancellation_token T) {
  try {
    co_return co_await quote(T);
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catch-all handler swallows cancellation and 'price' returns a made-up value to its awaiter
    co_return 0;
  }
}

// Silent: the cancellation is rethrown before the fallback.
cppcoro::task<int> priceRight(cppcoro::cancellation_token T) {
  try {
    co_return co_await quote(T);
  } catch (const cppcoro::operation_cancelled &) {
    throw;
  } catch (...) {
    co_return 0;
  }
}

// The token is asked inside the try block: the handler still swallows what
// throw_if_cancellation_requested throws.
cppcoro::task<void> pollQuotes(cppcoro::cancellation_token T) {
  for (;;) {
    try {
      T.throw_if_cancellation_requested();
      co_await quote(T);
    } catch (const std::exception &) {
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: handler for 'std::exception' swallows cancellation ('cppcoro::operation_cancelled') and the loop goes round again, so 'pollQuotes' never stops when cancelled
    }
  }
}
} // namespace cppcoro_example

// libcoro has no cancellation exception: a shut-down pool's schedule() throws
// std::runtime_error, and its awaiters resume without throwing.
namespace libcoro_example {
coro::task<int> quote();

// Silent: the pool's schedule operation resumes noexcept; what the handler
// catches is the shutdown error of schedule() itself.
coro::task<bool> scheduleFails(coro::thread_pool &Pool) {
  try {
    co_await Pool.schedule();
  } catch (...) {
    co_return true;
  }
  co_return false;
}

// Silent: a libcoro task rethrows only what the awaited coroutine threw,
// never a cancellation.
coro::task<int> quoteOrZero() {
  try {
    co_return co_await quote();
  } catch (...) {
    co_return 0;
  }
}
} // namespace libcoro_example

// In libunifex (and stdexec) a cancelled sender completes with the stopped
// ("done") signal: the awaiting coroutine unwinds without entering a handler.
namespace unifex_example {
unifex::task<int> quote();

// Silent: no handler can see the cancellation.
unifex::task<int> quoteOrZero() {
  try {
    co_return co_await quote();
  } catch (...) {
    co_return 0;
  }
}

// The same handler in a cppcoro coroutine, where cancellation is an
// exception, is reported.
cppcoro::task<int> quote(int Id);
cppcoro::task<int> quoteOrZero(int Id) {
  try {
    co_return co_await quote(Id);
  } catch (...) {
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: catch-all handler swallows cancellation and 'quoteOrZero' returns a made-up value to its awaiter
    co_return 0;
  }
}
} // namespace unifex_example
